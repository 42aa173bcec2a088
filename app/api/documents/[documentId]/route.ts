import { Readable } from "node:stream";
import { getCurrentUser } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/documents/file-name";
import { PREVIEWABLE_TYPES } from "@/lib/documents/limits";
import { findDocumentForDownload, recordDocumentDownload } from "@/lib/dal/documents";
import { recordDeniedAccess } from "@/lib/dal/access-denied";
import { NotFoundError } from "@/lib/dal/errors";
import { storage } from "@/lib/storage";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
}

/** Streams a document to someone who may see it; anyone else gets the same 404 as a missing one. */
export async function GET(request: Request, { params }: { params: Promise<{ documentId: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const { documentId } = await params;
  const wantsInline = new URL(request.url).searchParams.get("inline") === "1";
  let doc;
  try {
    doc = await findDocumentForDownload(user, documentId);
  } catch (error) {
    if (error instanceof NotFoundError) {
      await recordDeniedAccess(user, { type: "document", id: documentId }, new URL(request.url).pathname);
      return notFound();
    }
    throw error;
  }
  const body = await storage().get(doc.storageKey);
  if (!body) return notFound();
  const inline = wantsInline && PREVIEWABLE_TYPES.includes(doc.mimeType);
  await recordDocumentDownload(user, doc, inline);
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      "Content-Type": doc.mimeType,
      "Content-Length": String(doc.sizeBytes),
      "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", doc.originalName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
      // A hostile PDF or image opened directly runs nothing and reaches nothing of the app; the
      // preview may only be framed by our own pages.
      "Content-Security-Policy": inline ? "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'" : "sandbox; default-src 'none'",
      ...(inline ? { "X-Frame-Options": "SAMEORIGIN" } : {}),
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}
