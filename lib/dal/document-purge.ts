import "server-only";
import { and, count, eq, exists, isNotNull, lt, not, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { agreementConfirmations, documents } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { retentionDays } from "@/lib/documents/limits";
import { storage } from "@/lib/storage";
import { writeAudit } from "./audit";
import { NotFoundError } from "./errors";

/** What a purge removes (`purgeable`/`purged`) and what it keeps past retention as evidence (`kept`). */
export type PurgeCounts = { purgeable: number; kept: number };
export type PurgeResult = { purged: number; kept: number };

function cutoff(now: Date): Date {
  return new Date(now.getTime() - retentionDays() * 86_400_000);
}

function assertAdmin(user: SessionUser): void {
  if (user.role !== "admin") throw new NotFoundError("page");
}

const expired = (now: Date) => and(isNotNull(documents.deletedAt), lt(documents.deletedAt, cutoff(now)));

/**
 * A withdrawn document that confirms an agreement (agreement_confirmations, ON DELETE RESTRICT) is
 * the written evidence of what a creditor agreed: it is kept, file and row, however old.
 */
const confirmsAgreement = () =>
  exists(db().select({ one: sql`1` }).from(agreementConfirmations).where(eq(agreementConfirmations.documentId, documents.id)));

/** Withdrawn documents past the retention period: how many a purge would remove and how many it keeps. */
export async function countPurgeableDocuments(user: SessionUser, now = new Date()): Promise<PurgeCounts> {
  assertAdmin(user);
  const inUse = confirmsAgreement();
  const [row] = await db()
    .select({
      purgeable: sql<number>`count(*) filter (where not ${inUse})`.mapWith(Number),
      kept: sql<number>`count(*) filter (where ${inUse})`.mapWith(Number),
    })
    .from(documents)
    .where(expired(now));
  return { purgeable: row?.purgeable ?? 0, kept: row?.kept ?? 0 };
}

/**
 * Removes withdrawn documents past the retention period, except those confirming an agreement: the
 * rows first (with their audit entries, in one transaction, so no row is left pointing at a missing
 * file), then the objects of the rows removed. An object whose delete fails is an orphan the sweep
 * removes later.
 */
export async function purgeExpiredDocuments(user: SessionUser, now = new Date()): Promise<PurgeResult> {
  assertAdmin(user);
  const { purged, kept } = await db().transaction(async (tx) => {
    const rows = await tx
      .delete(documents)
      .where(and(expired(now), not(confirmsAgreement())))
      .returning({ id: documents.id, clientId: documents.clientId, storageKey: documents.storageKey, kind: documents.kind, sha256: documents.sha256 });
    const [left] = await tx.select({ n: count() }).from(documents).where(and(expired(now), confirmsAgreement()));
    const keptCount = left?.n ?? 0;
    for (const row of rows) {
      await writeAudit(
        { actorId: user.id, action: "document.purged", entityType: "document", entityId: row.id, clientId: row.clientId, details: { kind: row.kind, sha256: row.sha256 } },
        tx,
      );
    }
    await writeAudit(
      { actorId: user.id, action: "documents.purge_run", entityType: "document", details: { count: rows.length, kept: keptCount, retentionDays: retentionDays() } },
      tx,
    );
    return { purged: rows, kept: keptCount };
  });
  for (const row of purged) {
    await storage()
      .delete(row.storageKey)
      .catch((error: unknown) => console.error("purge: object delete failed; the sweep will retry", error));
  }
  return { purged: purged.length, kept };
}
