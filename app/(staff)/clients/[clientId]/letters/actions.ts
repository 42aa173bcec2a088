"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { getDebt } from "@/lib/dal/debts";
import { NotFoundError } from "@/lib/dal/errors";
import { saveLetterToDocuments } from "@/lib/dal/letter-documents";
import { CreditorConsentError, LetterRequestError } from "@/lib/dal/letters";
import type { CurrencyCode } from "@/lib/finance";
import { problemsText } from "@/lib/letters/messages";
import { letterRequest, letterSaveSchema, readSearch } from "@/lib/letters/query";
import type { LetterProblems } from "@/lib/letters/types";
import { formToObject, type FormState } from "@/lib/validation/form";

/** Builds the letter again on the server from the options (never from posted text) and files it under the client's documents. */
export async function saveLetterAction(clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const parsed = letterSaveSchema.safeParse(formToObject(formData));
  if (!parsed.success) notFound();
  const query = readSearch(parsed.data);
  // Nothing is saved while a figure is wrong or the client's consent is missing: the message says why.
  const refused = (message: string): FormState => ({ ok: false, fieldErrors: {}, message });
  const invalid = (problems: LetterProblems, currency: CurrencyCode) => refused(problemsText(t, problems, currency, locale === "zh-CN" ? "zh-CN" : "en"));
  let currency: CurrencyCode | null = null;
  try {
    const debt = await getDebt(user, clientId, parsed.data.debt);
    currency = debt.currency;
    const request = letterRequest(query, debt.currency);
    if (!request.ok) return invalid(request.problems, debt.currency);
    await saveLetterToDocuments(user, clientId, debt.id, query.lang, request.request);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof CreditorConsentError) return refused(t("letters.consentRefused"));
    if (error instanceof LetterRequestError && currency) return invalid(error.problems, currency);
    throw error;
  }
  revalidatePath(`/clients/${clientId}/documents`);
  return { ok: true, message: t("letters.saved") };
}
