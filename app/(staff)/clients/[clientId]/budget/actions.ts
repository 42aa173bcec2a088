"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { createStatement } from "@/lib/dal/budgets";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { statementSchema } from "@/lib/validation/budgets";
import { formToObject, invalid, type FormState } from "@/lib/validation/form";

export async function createStatementAction(clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = statementSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  let saved: { id: string; version: number };
  try {
    saved = await createStatement(user, clientId, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ConflictError) return { ok: false, fieldErrors: {}, message: t("budget.conflict") };
    throw error;
  }
  revalidatePath(`/clients/${clientId}/budget`);
  revalidatePath(`/clients/${clientId}/debts`);
  redirect(`/clients/${clientId}/budget/${saved.id}?saved=1`);
}
