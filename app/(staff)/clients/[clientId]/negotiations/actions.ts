"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { confirmAgreement, logNegotiationEntry } from "@/lib/dal/negotiations";
import { getAgencySettings } from "@/lib/dal/settings";
import { formToObject, invalid, typedValues, type FormState } from "@/lib/validation/form";
import { confirmationSchema, negotiationEntrySchema } from "@/lib/validation/negotiations";

export async function logEntryAction(clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  const { timeZone } = await getAgencySettings();
  const parsed = negotiationEntrySchema({ timeZone, now: new Date() }).safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  let plansEnded = 0;
  try {
    plansEnded = (await logNegotiationEntry(user, clientId, parsed.data)).endedPlanIds.length;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ConflictError) {
      const key = error.field === "correctsEntryId" ? "negotiations.errors.alreadyCorrected" : "negotiations.errors.currency";
      return { ok: false, fieldErrors: {}, message: t(key), values: typedValues(input) };
    }
    throw error;
  }
  revalidatePath(`/clients/${clientId}/negotiations`);
  if (plansEnded) revalidatePath(`/clients/${clientId}/plans`);
  redirect(`/clients/${clientId}/negotiations?saved=1${plansEnded ? "&plansEnded=1" : ""}`);
}

// What confirmAgreement refuses with a ConflictError, each told by a message of its own name.
const CONFIRMATION_CONFLICTS = ["documentWithdrawn", "documentRejected", "documentKind", "entryCorrected"] as const;
const isConfirmationConflict = (field: string): field is (typeof CONFIRMATION_CONFLICTS)[number] => (CONFIRMATION_CONFLICTS as readonly string[]).includes(field);

export async function confirmAgreementAction(clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = confirmationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  try {
    await confirmAgreement(user, clientId, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ConflictError && isConfirmationConflict(error.field)) {
      // The page refreshes (the document or the entry's form drops out of it); the reference typed so far is kept.
      revalidatePath(`/clients/${clientId}/negotiations`);
      const message = t(`negotiations.errors.${error.field}`);
      return { ok: false, fieldErrors: error.field === "entryCorrected" ? {} : { documentId: message }, message, values: typedValues(input) };
    }
    throw error;
  }
  revalidatePath(`/clients/${clientId}/negotiations`);
  return { ok: true, message: t("negotiations.confirmSaved") };
}
