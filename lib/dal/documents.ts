import "server-only";
import { and, count, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type Transaction } from "@/db/client";
import { clients, documentRequests, documents, users, type DocumentRequestStatus } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import type { ReviewInput, WithdrawInput } from "@/lib/validation/documents";
import { assertClientVisible, isUuid, visibleClients } from "./access";
import { writeAudit } from "./audit";
import { assertStaff } from "./client-access";
import { ConflictError, NotFoundError } from "./errors";
import { missingOrChanged } from "./state-changed";

const uploader = alias(users, "uploader");
const reviewer = alias(users, "reviewer");

const listColumns = {
  id: documents.id,
  kind: documents.kind,
  originalName: documents.originalName,
  mimeType: documents.mimeType,
  sizeBytes: documents.sizeBytes,
  uploadedAt: documents.uploadedAt,
  uploadedByName: uploader.name,
  uploadedByClient: sql<boolean>`${uploader.role} = 'client'`,
  reviewStatus: documents.reviewStatus,
  reviewedByName: reviewer.name,
  reviewedAt: documents.reviewedAt,
  rejectionReason: documents.rejectionReason,
  deletedAt: documents.deletedAt,
  deletionReason: documents.deletionReason,
  requestId: documents.requestId,
  requestTitle: documentRequests.title,
};

export type DocumentRow = Awaited<ReturnType<typeof listDocuments>>[number];

/** A client's documents, newest first, withdrawn ones included (they show as withdrawn). */
export async function listDocuments(user: SessionUser, clientId: string) {
  assertStaff(user); // staff fields (deletion reason, reviewer); a client reads listMyDocuments
  await assertClientVisible(user, clientId);
  return db()
    .select(listColumns)
    .from(documents)
    .innerJoin(uploader, eq(uploader.id, documents.uploadedById))
    .leftJoin(reviewer, eq(reviewer.id, documents.reviewedById))
    .leftJoin(documentRequests, eq(documentRequests.id, documents.requestId))
    .where(eq(documents.clientId, clientId))
    .orderBy(desc(documents.uploadedAt))
    .limit(500);
}

/** The signed-in client's own documents (the staff-only deletion reason is left out). */
export async function listMyDocuments(user: SessionUser) {
  if (user.role !== "client") return [];
  const rows = await db()
    .select(listColumns)
    .from(documents)
    .innerJoin(clients, eq(clients.id, documents.clientId))
    .innerJoin(uploader, eq(uploader.id, documents.uploadedById))
    .leftJoin(reviewer, eq(reviewer.id, documents.reviewedById))
    .leftJoin(documentRequests, eq(documentRequests.id, documents.requestId))
    .where(visibleClients(user))
    .orderBy(desc(documents.uploadedAt))
    .limit(500);
  return rows.map((row) => ({ ...row, deletionReason: null, reviewedByName: null }));
}

/** The stored object behind a document, for someone who may see it. Withdrawn documents are not served. */
export async function findDocumentForDownload(user: SessionUser, documentId: string) {
  if (!isUuid(documentId)) throw new NotFoundError("document");
  const [row] = await db()
    .select({
      id: documents.id,
      clientId: documents.clientId,
      storageKey: documents.storageKey,
      originalName: documents.originalName,
      mimeType: documents.mimeType,
      sizeBytes: documents.sizeBytes,
    })
    .from(documents)
    .innerJoin(clients, eq(clients.id, documents.clientId))
    .where(and(eq(documents.id, documentId), isNull(documents.deletedAt), visibleClients(user)))
    .limit(1);
  if (!row) throw new NotFoundError("document");
  return row;
}

/** Every download and preview is on the client's record: who, when, which file. */
export async function recordDocumentDownload(user: SessionUser, doc: { id: string; clientId: string }, inline: boolean): Promise<void> {
  await writeAudit({
    actorId: user.id,
    action: inline ? "document.previewed" : "document.downloaded",
    entityType: "document",
    entityId: doc.id,
    clientId: doc.clientId,
  });
}

/**
 * Accept, or reject with a reason the client will read. Staff only; ConflictError("documentWithdrawn")
 * if withdrawn meanwhile. Accepting with `requestId` files a document sent without naming a request
 * as the answer to that request of the same client: NotFoundError("request") for anyone else's,
 * ConflictError("requestClosed") if it was withdrawn, ConflictError("documentLinked") if the
 * document already answers another request.
 */
export async function reviewDocument(user: SessionUser, input: ReviewInput): Promise<void> {
  assertStaff(user);
  await db().transaction(async (tx) => {
    await assertClientVisible(user, input.clientId, tx);
    const rejected = input.decision === "rejected";
    const linkTo = rejected ? undefined : input.requestId;
    if (linkTo) {
      const status = await lockRequest(tx, linkTo, input.clientId);
      if (status === null) throw new NotFoundError("request");
      if (status === "cancelled") throw new ConflictError("requestClosed");
    }
    const [row] = await tx
      .update(documents)
      .set({
        reviewStatus: input.decision,
        reviewedById: user.id,
        reviewedAt: new Date(),
        rejectionReason: rejected ? (input.reason ?? null) : null,
        ...(linkTo ? { requestId: sql`coalesce(${documents.requestId}, ${linkTo}::uuid)` } : {}),
      })
      .where(and(eq(documents.id, input.documentId), eq(documents.clientId, input.clientId), isNull(documents.deletedAt)))
      .returning({ id: documents.id, requestId: documents.requestId, kind: documents.kind });
    if (!row) throw await missingOrChanged(tx, documents, input.documentId, input.clientId, "documentWithdrawn", "document");
    if (linkTo && row.requestId !== linkTo) throw new ConflictError("documentLinked");
    if (row.requestId) await (rejected ? reopenIfUnanswered(tx, row.requestId) : answerRequest(tx, row.requestId));
    await writeAudit(
      {
        actorId: user.id,
        action: rejected ? "document.rejected" : "document.accepted",
        entityType: "document",
        entityId: row.id,
        clientId: input.clientId,
        details: { kind: row.kind, ...(rejected ? { reason: input.reason } : {}), ...(linkTo ? { answersRequest: linkTo } : {}) },
      },
      tx,
    );
  });
}

/**
 * Holds a document request's row until the transaction ends, so that its status and the answers
 * counted for it are decided by one writer at a time (an upload, a review, a withdrawal, a
 * cancellation); returns its status, or null when there is no such request (of that client, if given).
 */
export async function lockRequest(tx: Transaction, requestId: string, clientId?: string): Promise<DocumentRequestStatus | null> {
  const [row] = await tx
    .select({ status: documentRequests.status })
    .from(documentRequests)
    .where(and(eq(documentRequests.id, requestId), clientId ? eq(documentRequests.clientId, clientId) : undefined))
    .for("update");
  return row?.status ?? null;
}

// An answer accepted (a first one, or one rejected before and accepted on a second look): a request
// still open is answered. A withdrawn request stays withdrawn.
async function answerRequest(tx: Transaction, requestId: string): Promise<void> {
  if ((await lockRequest(tx, requestId)) !== "open") return;
  await tx.update(documentRequests).set({ status: "fulfilled", fulfilledAt: new Date() }).where(eq(documentRequests.id, requestId));
}

// A request whose only answers were rejected or withdrawn is open again: the client still owes it.
// The request is held first, so an answer committed meanwhile is counted (READ COMMITTED reads it
// once the lock is granted).
async function reopenIfUnanswered(tx: Transaction, requestId: string): Promise<void> {
  if ((await lockRequest(tx, requestId)) !== "fulfilled") return;
  const [live] = await tx
    .select({ n: count() })
    .from(documents)
    .where(and(eq(documents.requestId, requestId), isNull(documents.deletedAt), ne(documents.reviewStatus, "rejected")));
  if ((live?.n ?? 0) > 0) return;
  await tx
    .update(documentRequests)
    .set({ status: "open", fulfilledAt: null })
    .where(and(eq(documentRequests.id, requestId), eq(documentRequests.status, "fulfilled")));
}

/** Soft delete by staff with a reason; the client sees the document as withdrawn. ConflictError("documentWithdrawn") if it already is. */
export async function withdrawDocument(user: SessionUser, input: WithdrawInput): Promise<void> {
  assertStaff(user);
  await db().transaction(async (tx) => {
    await assertClientVisible(user, input.clientId, tx);
    const [row] = await tx
      .update(documents)
      .set({ deletedAt: new Date(), deletedById: user.id, deletionReason: input.reason })
      .where(and(eq(documents.id, input.documentId), eq(documents.clientId, input.clientId), isNull(documents.deletedAt)))
      .returning({ id: documents.id, requestId: documents.requestId, kind: documents.kind });
    if (!row) throw await missingOrChanged(tx, documents, input.documentId, input.clientId, "documentWithdrawn", "document");
    if (row.requestId) await reopenIfUnanswered(tx, row.requestId);
    await writeAudit(
      { actorId: user.id, action: "document.withdrawn", entityType: "document", entityId: row.id, clientId: input.clientId, details: { kind: row.kind, reason: input.reason } },
      tx,
    );
  });
}

/** Documents waiting for a counsellor's decision across the user's visible clients (dashboard). */
export async function countDocumentsAwaitingReview(user: SessionUser): Promise<number> {
  if (user.role === "client") return 0;
  const [row] = await db()
    .select({ n: count() })
    .from(documents)
    .innerJoin(clients, eq(clients.id, documents.clientId))
    .where(and(eq(documents.reviewStatus, "pending"), isNull(documents.deletedAt), visibleClients(user)));
  return row?.n ?? 0;
}
