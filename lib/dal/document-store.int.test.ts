import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, documents } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { uploadAs } from "@/lib/documents/testing/fixtures";
import { LocalStorage, setStorageForTests, storage, type ObjectStorage } from "@/lib/storage";
import { startS3Server } from "@/lib/storage/testing/s3-server";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { purgeExpiredDocuments } from "./document-purge";
import { newStorageKey, sweepOrphans } from "./document-store";
import { withdrawDocument } from "./documents";
import { NotFoundError } from "./errors";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "counsellor", "client"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
});
afterAll(() => database.drop());

const backends: { name: string; start: () => Promise<{ storage: ObjectStorage; stop: () => Promise<void> }> }[] = [
  {
    name: "local folder",
    start: async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "accord-sweep-"));
      return { storage: new LocalStorage(dir), stop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  },
  { name: "S3-compatible (s3rver)", start: startS3Server },
];

describe.each(backends)("orphan sweep and purge on $name", ({ start }) => {
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const started = await start();
    setStorageForTests(started.storage);
    stop = started.stop;
  });
  afterAll(async () => {
    setStorageForTests(undefined);
    await stop();
  });

  it("removes an object no row points at and keeps the ones documents use", async () => {
    const kept = await uploadAs(as.client!, {});
    const orphan = await newStorageKey();
    await storage().put(orphan, Buffer.from("left over"), { size: 9, contentType: "image/png" });
    // Within the grace period an object may still be committing its row: it stays.
    expect(await sweepOrphans()).toBe(0);
    const later = new Date(Date.now() + 60 * 60_000);
    expect(await sweepOrphans({ now: later })).toBe(1);
    expect(await storage().stat(orphan)).toBeNull();
    expect(await storage().stat(kept.storageKey)).not.toBeNull();
  });

  it("purges withdrawn documents past retention (admin only): the row and then the file", async () => {
    const { id, storageKey } = await uploadAs(as.client!, {});
    const clientId = (await database.db.select({ c: documents.clientId }).from(documents).where(eq(documents.id, id)))[0]!.c;
    await withdrawDocument(as.counsellor!, { clientId, documentId: id, reason: "duplicate" });
    await expect(purgeExpiredDocuments(as.counsellor!)).rejects.toBeInstanceOf(NotFoundError);
    expect(await purgeExpiredDocuments(as.admin!)).toEqual({ purged: 0, kept: 0 });
    const afterRetention = new Date(Date.now() + 91 * 86_400_000);
    expect(await purgeExpiredDocuments(as.admin!, afterRetention)).toEqual({ purged: 1, kept: 0 });
    expect(await database.db.select().from(documents).where(eq(documents.id, id))).toEqual([]);
    expect(await storage().stat(storageKey)).toBeNull();
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toContain("document.purged");
  });
});
