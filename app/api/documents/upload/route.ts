import { getCurrentUser } from "@/lib/auth/session";
import { decodeFileName } from "@/lib/documents/file-name";
import { documentMessages, jsonError } from "@/lib/documents/http";
import { isSameOriginWrite } from "@/lib/http/same-origin";
import { maxUploadBytes } from "@/lib/documents/limits";
import { ConsentRequiredError, commitUpload, findUploadByKey, prepareUpload } from "@/lib/dal/document-uploads";
import { newStorageKey, sweepOrphansInBackground } from "@/lib/dal/document-store";
import { recordDeniedAccess } from "@/lib/dal/access-denied";
import { NotFoundError } from "@/lib/dal/errors";
import { storage } from "@/lib/storage";
import { TooLargeError, receiveUpload } from "@/lib/storage/receive";
import { uploadQuerySchema } from "@/lib/validation/documents";

export const dynamic = "force-dynamic";

/**
 * One file per request, as the raw body (server actions cap bodies at 1 MB and buffer them).
 * Metadata travels in the query: clientId (staff), kind, requestId, key (idempotency), name, and
 * consent (the wording version a portal client ticked for sensitive evidence).
 */
export async function POST(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  const t = documentMessages(request, user?.locale);
  // A client is told what they can do about it: tick the consent beside the upload.
  const consentMessage = () => t(user?.role === "client" ? "consentNotGiven" : "consentRequired");
  const max = maxUploadBytes();
  const maxMb = Math.round((max / (1024 * 1024)) * 10) / 10;
  if (!isSameOriginWrite(request.method, request.headers, request.url)) return jsonError(403, t("forbidden"), "forbidden_origin");
  if (!user) return jsonError(401, t("signedOut"), "signed_out");

  const query = uploadQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return jsonError(400, t("invalid"), "invalid");
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > max) return jsonError(413, t("tooLarge", { max: maxMb }), "too_large");

  sweepOrphansInBackground();
  let clientId: string;
  try {
    ({ clientId } = await prepareUpload(user, query.data));
    const earlier = await findUploadByKey(user, clientId, query.data.key);
    if (earlier) return Response.json({ id: earlier.id, name: earlier.originalName, duplicate: true }, { status: 200 });
  } catch (error) {
    if (error instanceof NotFoundError) {
      await recordDeniedAccess(user, { type: "client", id: query.data.clientId ?? "own-case" }, new URL(request.url).pathname);
      return jsonError(404, t("notFound"), "not_found");
    }
    if (error instanceof ConsentRequiredError) return jsonError(403, consentMessage(), "consent_required");
    throw error;
  }

  let received;
  try {
    received = await receiveUpload(request.body, max);
  } catch (error) {
    if (error instanceof TooLargeError) return jsonError(413, t("tooLarge", { max: maxMb }), "too_large");
    return jsonError(400, t("incomplete"), "incomplete");
  }
  try {
    if (declared !== null && Number(declared) !== received.size) return jsonError(400, t("incomplete"), "incomplete");
    if (!received.verdict.ok) return jsonError(415, t(received.verdict.reason), received.verdict.reason);
    const { mime } = received.verdict;
    const storageKey = await newStorageKey();
    // The object first, verified; the row only after it (a failure in between leaves an orphan the
    // sweep removes, never a row pointing at nothing).
    await storage().putFile(storageKey, received.tempPath, { size: received.size, contentType: mime });
    const originalName = decodeFileName(query.data.name);
    let result;
    try {
      result = await commitUpload(user, {
        clientId,
        kind: query.data.kind,
        requestId: query.data.requestId,
        idempotencyKey: query.data.key,
        originalName,
        storageKey,
        mimeType: mime,
        sizeBytes: received.size,
        sha256: received.sha256,
      });
    } catch (error) {
      if (error instanceof NotFoundError) return jsonError(404, t("notFound"), "not_found");
      if (error instanceof ConsentRequiredError) return jsonError(403, consentMessage(), "consent_required");
      throw error;
    }
    return Response.json({ id: result.id, name: originalName, duplicate: !result.created }, { status: result.created ? 201 : 200 });
  } finally {
    await received.discard();
  }
}
