import "server-only";
import { randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import { db, type Db } from "@/db/client";
import { documents, documentStore } from "@/db/schema";
import { ORPHAN_GRACE_MINUTES } from "@/lib/documents/limits";
import { LocalStorage, storage } from "@/lib/storage";
import { sweepSpool } from "@/lib/storage/receive";

const namespaces = new WeakMap<Db, string>();

/** This database's key prefix (see documentStore); created on first use. */
export async function storageNamespace(): Promise<string> {
  const handle = db();
  const known = namespaces.get(handle);
  if (known) return known;
  await handle.insert(documentStore).values({ id: 1 }).onConflictDoNothing();
  const [row] = await handle.select({ namespace: documentStore.namespace }).from(documentStore).limit(1);
  if (!row) throw new Error("document store namespace missing");
  namespaces.set(handle, row.namespace);
  return row.namespace;
}

/** A fresh key for one upload: generated, never derived from anything the user sent. */
export async function newStorageKey(): Promise<string> {
  return `${await storageNamespace()}/${randomUUID()}`;
}

/**
 * Removes objects of this database's namespace that no row points at and that are older than the
 * grace period (an upload whose row never committed), half-written local files, and request bodies
 * spooled by a process that died mid-upload. Returns how many were removed. Runs after start-up and
 * daily (instrumentation.ts), on a process's first upload, and from tests.
 */
export async function sweepOrphans(options: { olderThanMinutes?: number; now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - (options.olderThanMinutes ?? ORPHAN_GRACE_MINUTES) * 60_000);
  const store = storage();
  const candidates: string[] = [];
  for await (const object of store.list(await storageNamespace())) {
    if (object.modified < cutoff) candidates.push(object.key);
  }
  let removed = 0;
  for (let i = 0; i < candidates.length; i += 500) {
    const batch = candidates.slice(i, i + 500);
    const referenced = await db().select({ key: documents.storageKey }).from(documents).where(inArray(documents.storageKey, batch));
    const keep = new Set(referenced.map((r) => r.key));
    for (const key of batch) {
      if (keep.has(key)) continue;
      await store.delete(key);
      removed++;
    }
  }
  if (store instanceof LocalStorage) removed += await store.sweepPartials(cutoff);
  removed += await sweepSpool(cutoff);
  return removed;
}

const holder = globalThis as typeof globalThis & { __accordSweptAt?: number };

/** Sweeps once when a process starts handling uploads, then at most hourly; never blocks a request. */
export function sweepOrphansInBackground(): void {
  const last = holder.__accordSweptAt ?? 0;
  if (Date.now() - last < 60 * 60_000) return;
  holder.__accordSweptAt = Date.now();
  sweepOrphans().catch((error: unknown) => console.error("orphan sweep failed", error));
}

/** After start-up (once the server is serving) and then daily: a quiet server is swept too. */
export function scheduleOrphanSweeps(delayMs = Number(process.env.ORPHAN_SWEEP_DELAY_MS ?? 60_000)): void {
  const run = () => {
    holder.__accordSweptAt = Date.now();
    sweepOrphans().catch((error: unknown) => console.error("orphan sweep failed", error instanceof Error ? error.message : error));
  };
  setTimeout(run, delayMs).unref();
  setInterval(run, 24 * 60 * 60_000).unref();
}
