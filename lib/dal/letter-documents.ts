import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/db/client";
import { documents } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import type { LetterLanguage, LetterRequest } from "@/lib/letters/types";
import { storage } from "@/lib/storage";
import { assertClientVisible } from "./access";
import { writeAudit } from "./audit";
import { assertStaff } from "./client-access";
import { newStorageKey } from "./document-store";
import { NotFoundError } from "./errors";
import { DOCX_MIME, getLetterDocx } from "./letters";

/**
 * Files the letter's DOCX among the client's documents (kind "other": a letter we sent, not one
 * received). The agency wrote it, so there is nothing to review: it is stored accepted, reviewed by
 * whoever saved it, and never waits in the review lists, the digest or the portal as "pending".
 * Refused like getLetterData (no consent, figures that do not add up) before anything is written.
 */
export async function saveLetterToDocuments(user: SessionUser, clientId: string, debtId: string, language: LetterLanguage, request: LetterRequest): Promise<{ id: string }> {
  assertStaff(user);
  const { fileName, bytes } = await getLetterDocx(user, clientId, debtId, language, request);
  const storageKey = await newStorageKey();
  await storage().put(storageKey, bytes, { size: bytes.length, contentType: DOCX_MIME });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  try {
    return await db().transaction(async (tx) => {
      await assertClientVisible(user, clientId, tx);
      const now = new Date();
      const [row] = await tx
        .insert(documents)
        .values({
          clientId,
          kind: "other",
          storageKey,
          originalName: fileName,
          mimeType: DOCX_MIME,
          sizeBytes: bytes.length,
          sha256,
          idempotencyKey: randomUUID(),
          uploadedById: user.id,
          uploadedAt: now,
          reviewStatus: "accepted",
          reviewedById: user.id,
          reviewedAt: now,
        })
        .returning({ id: documents.id });
      if (!row) throw new Error("insert returned no row");
      await writeAudit(
        {
          actorId: user.id,
          action: "document.uploaded",
          entityType: "document",
          entityId: row.id,
          clientId,
          details: { kind: "other", name: fileName, size: bytes.length, sha256, requestId: null, letter: { debtId, language, requestType: request.type }, reviewStatus: "accepted" },
        },
        tx,
      );
      return { id: row.id };
    });
  } catch (error) {
    // Refused inside the transaction: no row points at the object, so it goes. After any other error
    // (a lost COMMIT) the row may exist; the orphan sweep removes the object later if it does not.
    if (error instanceof NotFoundError) await storage().delete(storageKey).catch(() => {});
    throw error;
  }
}
