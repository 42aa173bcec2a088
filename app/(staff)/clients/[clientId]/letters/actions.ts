"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { getDebt } from "@/lib/dal/debts";
import { NotFoundError } from "@/lib/dal/errors";
import { saveLetterToDocuments } from "@/lib/dal/letters";
import { letterRequest, letterSaveSchema, readSearch } from "@/lib/letters/query";
import { formToObject, type FormState } from "@/lib/validation/form";

/** Builds the letter again on the server from the options (never from posted text) and files it under the client's documents. */
export async function saveLetterAction(clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations("letters");
  const parsed = letterSaveSchema.safeParse(formToObject(formData));
  if (!parsed.success) notFound();
  const query = readSearch(parsed.data);
  try {
    const debt = await getDebt(user, clientId, parsed.data.debt);
    await saveLetterToDocuments(user, clientId, debt.id, query.lang, letterRequest(query, debt.currency));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  revalidatePath(`/clients/${clientId}/documents`);
  return { ok: true, message: t("saved") };
}
