import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { contentDisposition } from "@/lib/documents/file-name";
import { getDebt } from "@/lib/dal/debts";
import { recordDeniedAccess } from "@/lib/dal/access-denied";
import { NotFoundError } from "@/lib/dal/errors";
import { signInRedirect } from "@/lib/http/route-answers";
import { CreditorConsentError, DOCX_MIME, LetterRequestError, downloadLetterDocx } from "@/lib/dal/letters";
import { problemsText } from "@/lib/letters/messages";
import { letterRequest, readSearch } from "@/lib/letters/query";
import type { LetterProblems } from "@/lib/letters/types";
import type { CurrencyCode } from "@/lib/finance";

export const dynamic = "force-dynamic";

function answer(status: number, text: string): Response {
  return new Response(text, { status, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
}

const notFound = () => answer(404, "Not found");

/**
 * The hardship letter of one debt as a DOCX attachment; anyone who may not see the client gets a 404,
 * the signed-out the sign-in page (as the other downloads).
 * A letter that may not be written says why, in the reader's language: 403 without the client's
 * consent to contacting creditors, 400 when a typed figure does not parse or does not add up.
 */
export async function GET(request: Request, { params }: { params: Promise<{ clientId: string; debtId: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  // Signed out (a session that ended while the page was open): sign in, then back to the page.
  if (!user) return signInRedirect(request);
  if (!isStaff(user.role)) return notFound();
  const { clientId, debtId } = await params;
  const query = readSearch(Object.fromEntries(new URL(request.url).searchParams));
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const refuse = (problems: LetterProblems, currency: CurrencyCode) => answer(400, problemsText(t, problems, currency, locale === "zh-CN" ? "zh-CN" : "en"));
  let currency: CurrencyCode | null = null;
  try {
    const debt = await getDebt(user, clientId, debtId);
    currency = debt.currency;
    const parsed = letterRequest(query, debt.currency);
    if (!parsed.ok) return refuse(parsed.problems, debt.currency);
    const { fileName, bytes } = await downloadLetterDocx(user, clientId, debtId, query.lang, parsed.request);
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
    if (error instanceof CreditorConsentError) return answer(403, t("letters.consentRefused"));
    if (error instanceof LetterRequestError && currency) return refuse(error.problems, currency);
    throw error;
  }
}
