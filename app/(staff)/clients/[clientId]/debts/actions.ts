"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { agencyToday, createDebt, updateDebt } from "@/lib/dal/debts";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { editDebtSchema, newDebtSchema, overdueSinceFrom, type DebtInput } from "@/lib/validation/debts";
import { formToObject, invalid, typedValues, type FormState, type Translate } from "@/lib/validation/form";

/** Resolves "days past due" to a date as of the agency's today; a future date is a field error. */
async function toWrite(data: DebtInput, t: Translate, input: Record<string, unknown>) {
  const overdue = overdueSinceFrom(data, await agencyToday());
  if (overdue.error !== undefined) {
    return { error: { ok: false, fieldErrors: { overdueSince: t(overdue.error) }, message: t("validation.fixErrors"), values: typedValues(input) } as const };
  }
  const { daysPastDue: _days, overdueSince: _since, ...rest } = data;
  return { write: { ...rest, overdueSince: overdue.date ?? null } };
}

async function guard(input: Record<string, unknown>, work: () => Promise<void>): Promise<FormState | undefined> {
  try {
    await work();
    return undefined;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ConflictError) {
      const t = await getTranslations();
      return { ok: false, fieldErrors: {}, message: t("errors.conflict"), values: typedValues(input) };
    }
    throw error;
  }
}

export async function createDebtAction(clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = newDebtSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  const resolved = await toWrite(parsed.data, t, input);
  if (resolved.error) return resolved.error;
  let id = "";
  const failed = await guard(input, async () => {
    id = (await createDebt(user, clientId, resolved.write)).id;
  });
  if (failed) return failed;
  revalidatePath(`/clients/${clientId}/debts`);
  redirect(`/clients/${clientId}/debts/${id}?saved=created`);
}

export async function updateDebtAction(clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = editDebtSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  const { debtId, version, ...data } = parsed.data;
  const resolved = await toWrite(data, t, input);
  if (resolved.error) return resolved.error;
  const failed = await guard(input, () => updateDebt(user, clientId, debtId, version, resolved.write));
  if (failed) return failed;
  revalidatePath(`/clients/${clientId}/debts`);
  redirect(`/clients/${clientId}/debts/${debtId}?saved=updated`);
}
