import "server-only";
import { and, eq, isNull, ne } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { clients, consents, documentRequests, documents, sensitiveDocumentKinds, type DocumentKind } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { assertClientVisible, isUuid, visibleClients } from "./access";
import { writeAudit } from "./audit";
import { CURRENT_CONSENT_WORDING } from "@/lib/clients/consent-wording";
import { hasActiveSensitiveConsent, recordConsent } from "./consents";
import { lockRequest } from "./documents";
import { ConflictError, NotFoundError, isUniqueViolation } from "./errors";
import { storage } from "@/lib/storage";
import { notifyClientUpload } from "./notify-events";

/** Hardship or medical evidence for a client with no standing sensitive-data consent. */
export class ConsentRequiredError extends Error {
  constructor() {
    super("sensitive-data consent required");
    this.name = "ConsentRequiredError";
  }
}

export function isSensitiveKind(kind: DocumentKind): boolean {
  return (sensitiveDocumentKinds as readonly string[]).includes(kind);
}

/** `consent`: the wording version a portal client ticked beside the upload (their consent, given now). */
type Target = { clientId?: string | null; kind: DocumentKind; requestId?: string | null; consent?: string | null };

/** The client a portal user uploads for: their own case, whatever the browser said. */
async function resolveClient(user: SessionUser, clientId: string | null | undefined): Promise<string> {
  if (user.role !== "client") {
    if (!clientId) throw new NotFoundError("client");
    await assertClientVisible(user, clientId);
    return clientId;
  }
  const [own] = await db().select({ id: clients.id }).from(clients).where(visibleClients(user)).limit(1);
  if (!own || (clientId && clientId !== own.id)) throw new NotFoundError("client");
  return own.id;
}

/**
 * Everything that can be decided before a byte is read: may this user upload this kind for this
 * client (and against this request)? Returns the client id. Checked again when the row commits.
 */
export async function prepareUpload(user: SessionUser, target: Target): Promise<{ clientId: string }> {
  const clientId = await resolveClient(user, target.clientId);
  if (target.requestId) {
    if (!isUuid(target.requestId)) throw new NotFoundError("request");
    const [request] = await db()
      .select({ id: documentRequests.id })
      .from(documentRequests)
      .where(and(eq(documentRequests.id, target.requestId), eq(documentRequests.clientId, clientId), ne(documentRequests.status, "cancelled")))
      .limit(1);
    if (!request) throw new NotFoundError("request");
  }
  if (isSensitiveKind(target.kind) && !(await hasActiveSensitiveConsent(user, clientId))) await consentWithUpload(user, clientId, target.consent);
  return { clientId };
}

/**
 * The client ticked the sensitive-data wording shown beside the upload: that is their consent,
 * recorded before the file is read (method portal_checkbox, audited). Only a client, for their own
 * case (resolveClient), and only to the wording shown today; anything else is no consent. Staff
 * record a consent on the client page, saying how it was given.
 */
async function consentWithUpload(user: SessionUser, clientId: string, wordingVersion: string | null | undefined): Promise<void> {
  if (user.role !== "client" || wordingVersion !== CURRENT_CONSENT_WORDING.sensitive_data) throw new ConsentRequiredError();
  try {
    await recordConsent(user, { clientId, scope: "sensitive_data", method: "portal_checkbox", wordingVersion, confirmed: "on" });
  } catch (error) {
    // Another file of the same batch (or the counsellor) recorded it first: it is in force.
    if (!(error instanceof ConflictError)) throw error;
  }
}

/** Whether a sensitive-data consent stands for the client, held (FOR SHARE) so none is withdrawn before the transaction ends. */
async function holdSensitiveConsent(tx: Transaction, clientId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: consents.id })
    .from(consents)
    .where(and(eq(consents.clientId, clientId), eq(consents.scope, "sensitive_data"), isNull(consents.withdrawnAt)))
    .limit(1)
    .for("share");
  return Boolean(row);
}

/** The document an earlier attempt of this upload already made, if any (a retry answers with it). */
export async function findUploadByKey(user: SessionUser, clientId: string, idempotencyKey: string) {
  await assertClientVisible(user, clientId);
  const [row] = await db()
    .select({ id: documents.id, originalName: documents.originalName, kind: documents.kind })
    .from(documents)
    .where(and(eq(documents.clientId, clientId), eq(documents.idempotencyKey, idempotencyKey)))
    .limit(1);
  return row ?? null;
}

export type StoredUpload = {
  clientId: string;
  kind: DocumentKind;
  requestId?: string | null;
  idempotencyKey: string;
  originalName: string;
  storageKey: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
};

/**
 * Records an upload whose object is already written and verified. One transaction: the row, the
 * request it fulfils, the audit entry. `created: false` when a retry raced an earlier attempt.
 * Owns the object from here on: it removes it when it is not needed (a duplicate) or when the
 * error proves nothing was written (refused, no consent, a duplicate key). After any other error —
 * a connection lost during COMMIT, say — the row may exist, so the object stays and the orphan sweep
 * removes it later if no row points at it: never a row pointing at nothing.
 */
export async function commitUpload(user: SessionUser, upload: StoredUpload): Promise<{ id: string; created: boolean }> {
  try {
    const result = await recordUpload(user, upload);
    if (!result.created) await discardObject(upload.storageKey);
    return result;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ConsentRequiredError || isUniqueViolation(error)) await discardObject(upload.storageKey);
    throw error;
  }
}

const discardObject = (key: string) => storage().delete(key).catch(() => {});

async function recordUpload(user: SessionUser, upload: StoredUpload): Promise<{ id: string; created: boolean }> {
  await prepareUpload(user, upload);
  try {
    return await db().transaction(async (tx) => {
      await assertClientVisible(user, upload.clientId, tx);
      // Checked again, holding what they rest on until the row commits: a request withdrawn, or a
      // sensitive-data consent withdrawn, while the file was being received refuses the upload.
      if (upload.requestId && (await lockRequest(tx, upload.requestId)) === "cancelled") throw new NotFoundError("request");
      if (isSensitiveKind(upload.kind) && !(await holdSensitiveConsent(tx, upload.clientId))) throw new ConsentRequiredError();
      const [row] = await tx
        .insert(documents)
        .values({
          clientId: upload.clientId,
          requestId: upload.requestId ?? null,
          kind: upload.kind,
          storageKey: upload.storageKey,
          originalName: upload.originalName,
          mimeType: upload.mimeType,
          sizeBytes: upload.sizeBytes,
          sha256: upload.sha256,
          idempotencyKey: upload.idempotencyKey,
          uploadedById: user.id,
        })
        .returning({ id: documents.id });
      if (!row) throw new Error("insert returned no row");
      if (upload.requestId) {
        await tx
          .update(documentRequests)
          .set({ status: "fulfilled", fulfilledAt: new Date() })
          .where(and(eq(documentRequests.id, upload.requestId), eq(documentRequests.status, "open")));
      }
      await writeAudit(
        {
          actorId: user.id,
          action: "document.uploaded",
          entityType: "document",
          entityId: row.id,
          clientId: upload.clientId,
          details: { kind: upload.kind, name: upload.originalName, size: upload.sizeBytes, sha256: upload.sha256, requestId: upload.requestId ?? null },
        },
        tx,
      );
      if (user.role === "client") await notifyClientUpload(tx, upload.clientId, row.id, upload.originalName);
      return { id: row.id, created: true };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await findUploadByKey(user, upload.clientId, upload.idempotencyKey);
    if (!existing) throw error;
    return { id: existing.id, created: false };
  }
}
