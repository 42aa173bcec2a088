import "server-only";
import { and, count, isNotNull, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { documents } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { retentionDays } from "@/lib/documents/limits";
import { storage } from "@/lib/storage";
import { writeAudit } from "./audit";
import { NotFoundError } from "./errors";

function cutoff(now: Date): Date {
  return new Date(now.getTime() - retentionDays() * 86_400_000);
}

function assertAdmin(user: SessionUser): void {
  if (user.role !== "admin") throw new NotFoundError("page");
}

/** How many withdrawn documents are past the retention period (shown before an admin purges). */
export async function countPurgeableDocuments(user: SessionUser, now = new Date()): Promise<number> {
  assertAdmin(user);
  const [row] = await db()
    .select({ n: count() })
    .from(documents)
    .where(and(isNotNull(documents.deletedAt), lt(documents.deletedAt, cutoff(now))));
  return row?.n ?? 0;
}

/**
 * Removes withdrawn documents past the retention period: the row first (with its audit entry, in
 * one transaction, so no row is left pointing at a missing file), then the object. An object whose
 * delete fails is an orphan the sweep removes later.
 */
export async function purgeExpiredDocuments(user: SessionUser, now = new Date()): Promise<number> {
  assertAdmin(user);
  const purged = await db().transaction(async (tx) => {
    const rows = await tx
      .delete(documents)
      .where(and(isNotNull(documents.deletedAt), lt(documents.deletedAt, cutoff(now))))
      .returning({ id: documents.id, clientId: documents.clientId, storageKey: documents.storageKey, kind: documents.kind, sha256: documents.sha256 });
    for (const row of rows) {
      await writeAudit(
        { actorId: user.id, action: "document.purged", entityType: "document", entityId: row.id, clientId: row.clientId, details: { kind: row.kind, sha256: row.sha256 } },
        tx,
      );
    }
    await writeAudit(
      { actorId: user.id, action: "documents.purge_run", entityType: "document", details: { count: rows.length, retentionDays: retentionDays() } },
      tx,
    );
    return rows;
  });
  for (const row of purged) {
    await storage()
      .delete(row.storageKey)
      .catch((error: unknown) => console.error("purge: object delete failed; the sweep will retry", error));
  }
  return purged.length;
}

