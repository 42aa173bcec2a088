import { getCurrentUser } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { contentDisposition } from "@/lib/documents/file-name";
import { getDebt } from "@/lib/dal/debts";
import { recordDeniedAccess } from "@/lib/dal/access-denied";
import { NotFoundError } from "@/lib/dal/errors";
import { DOCX_MIME, downloadLetterDocx } from "@/lib/dal/letters";
import { letterRequest, readSearch } from "@/lib/letters/query";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
}

/** The hardship letter of one debt as a DOCX attachment; anyone who may not see the client gets a 404. */
export async function GET(request: Request, { params }: { params: Promise<{ clientId: string; debtId: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || !isStaff(user.role)) return notFound();
  const { clientId, debtId } = await params;
  const query = readSearch(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const debt = await getDebt(user, clientId, debtId);
    const { fileName, bytes } = await downloadLetterDocx(user, clientId, debtId, query.lang, letterRequest(query, debt.currency));
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        "Content-Type": DOCX_MIME,
        "Content-Length": String(bytes.length),
        "Content-Disposition": contentDisposition("attachment", fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) {
      await recordDeniedAccess(user, { type: "client", id: clientId }, new URL(request.url).pathname);
      return notFound();
    }
    throw error;
  }
}
