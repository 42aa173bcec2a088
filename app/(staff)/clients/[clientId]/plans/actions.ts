"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { money } from "@/components/debts/format";
import { scheduleProblemText } from "@/components/plans/schedule-problem";
import { requireArea } from "@/lib/auth/session";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { reversePayment } from "@/lib/dal/payment-reversals";
import { endPlan } from "@/lib/dal/plan-endings";
import { PaymentTooLargeError, PlanAmountError, PlanTermError, createPlan, recordPayment } from "@/lib/dal/plans";
import { formToObject, invalid, typedValues, type FormState } from "@/lib/validation/form";
import { paymentReversalSchema, paymentSchema, planEndSchema, planSchema } from "@/lib/validation/plans";

const CONFLICTS: Record<string, [field: string, key: string]> = {
  debtId: ["debtId", "plans.errors.activePlan"],
  currency: ["debtId", "negotiations.errors.currency"],
  alreadyPaid: ["outcome", "plans.errors.alreadyPaid"],
  planClosed: ["outcome", "plans.errors.planClosed"],
  paidOnFuture: ["paidOn", "plans.errors.paidOnFuture"],
  notYetDue: ["outcome", "plans.errors.notYetDue"],
  entryCorrected: ["debtId", "plans.errors.entryCorrected"],
};

export async function createPlanAction(clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = planSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  const fail = (field: string, message: string) => ({ ok: false as const, fieldErrors: { [field]: message }, message: t("validation.fixErrors"), values: typedValues(input) });
  try {
    await createPlan(user, clientId, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof PlanTermError) {
      const problems = error.problems.map((p) => t(`plans.termProblems.${p.code}`, { months: p.months, max: p.max }));
      return fail("months", [...problems, t("plans.errors.termNeedsOverride")].join(" "));
    }
    if (error instanceof PlanAmountError) {
      const locale = await getLocale();
      const { field, key, values } = scheduleProblemText(error.problem, (v) => money(v, error.currency, locale));
      return fail(field, t(`plans.${key}`, values));
    }
    if (error instanceof ConflictError && CONFLICTS[error.field]) {
      const [field, key] = CONFLICTS[error.field]!;
      return fail(field, t(key));
    }
    throw error;
  }
  revalidatePath(`/clients/${clientId}/plans`);
  redirect(`/clients/${clientId}/plans?saved=1`);
}

export async function recordPaymentAction(clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const input = formToObject(formData);
  const parsed = paymentSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  try {
    await recordPayment(user, clientId, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof PaymentTooLargeError) {
      const message = t("plans.errors.overpaid", { due: money(error.due, error.currency, locale) });
      return { ok: false, fieldErrors: { amount: message }, message, values: typedValues(input) };
    }
    if (error instanceof ConflictError && CONFLICTS[error.field]) {
      const [field, key] = CONFLICTS[error.field]!;
      return { ok: false, fieldErrors: { [field]: t(key) }, message: t(key), values: typedValues(input) };
    }
    throw error;
  }
  revalidatePath(`/clients/${clientId}/plans`);
  return { ok: true, message: t("plans.recorded") };
}

// Nothing was reversed; the refreshed page shows the payment and its plan as they now are.
const REVERSAL_REFUSED: Record<string, string> = {
  alreadyReversed: "plans.errors.alreadyReversed",
  newerPlan: "plans.errors.newerPlan",
};

export async function reversePaymentAction(clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = paymentReversalSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  try {
    await reversePayment(user, clientId, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ConflictError && REVERSAL_REFUSED[error.field]) {
      revalidatePath(`/clients/${clientId}/plans`);
      return { ok: false, fieldErrors: {}, message: t(REVERSAL_REFUSED[error.field]!), values: typedValues(input) };
    }
    throw error;
  }
  revalidatePath(`/clients/${clientId}/plans`);
  return { ok: true, message: t("plans.reversed") };
}

/** Ends an active plan before its term, with a reason (asked for in a dialog); the refreshed page shows it ended. */
export async function endPlanAction(clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = planEndSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  try {
    await endPlan(user, clientId, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ConflictError && error.field === "planClosed") {
      revalidatePath(`/clients/${clientId}/plans`);
      return { ok: false, fieldErrors: {}, message: t("plans.errors.planClosed"), values: typedValues(input) };
    }
    throw error;
  }
  revalidatePath(`/clients/${clientId}/plans`);
  return { ok: true, message: t("plans.endedSaved") };
}
