"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { acknowledgeChange } from "@/lib/dal/change-reports";
import { agencyToday } from "@/lib/dal/debts";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { ReviewChangedError, completeReview } from "@/lib/dal/review-completion";
import { ReviewAlreadyScheduledError, cancelReview, rescheduleReview, scheduleReview } from "@/lib/dal/review-schedule";
import { formatDay } from "@/lib/i18n/dates";
import { statementSchema } from "@/lib/validation/budgets";
import { fieldErrors, formToObject, invalid, typedValues, type FormState } from "@/lib/validation/form";
import { cancelReviewSchema, completionSchema, rescheduleSchema, scheduleSchema, splitCompletionForm } from "@/lib/validation/reviews";

type T = Awaited<ReturnType<typeof getTranslations>>;

/** Nothing was saved: the message says why, and what was typed stays in the form. */
async function onError(error: unknown, t: T, input: Record<string, string | string[]>): Promise<FormState> {
  if (error instanceof NotFoundError) notFound();
  const values = typedValues(input);
  if (error instanceof ReviewAlreadyScheduledError) {
    return { ok: false, fieldErrors: {}, message: t("reviews.errors.alreadyScheduled", { date: formatDay(error.dueOn, await getLocale()) }), values };
  }
  if (error instanceof ConflictError) return { ok: false, fieldErrors: {}, message: t(error.field === "closed" ? "reviews.errors.caseClosed" : "reviews.errors.stale"), values };
  throw error;
}

/** A refused form's message: the hidden `expected` field has nowhere to show its own. */
function refused(state: FormState): FormState {
  return state && !state.ok && state.fieldErrors.expected ? { ...state, message: state.fieldErrors.expected } : state;
}

export async function scheduleReviewAction(clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const [t, today] = await Promise.all([getTranslations(), agencyToday()]);
  const input = formToObject(formData);
  const parsed = scheduleSchema(today).safeParse(input);
  if (!parsed.success) return refused(invalid(parsed.error, t, input));
  try {
    await scheduleReview(user, clientId, { dueOn: parsed.data.dueOn, reason: parsed.data.reason });
  } catch (error) {
    return onError(error, t, input);
  }
  revalidatePath(`/clients/${clientId}/reviews`);
  return { ok: true, message: t("reviews.scheduled") };
}

export async function rescheduleReviewAction(clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const [t, today] = await Promise.all([getTranslations(), agencyToday()]);
  const input = formToObject(formData);
  const parsed = rescheduleSchema(today).safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  try {
    await rescheduleReview(user, clientId, parsed.data);
  } catch (error) {
    return onError(error, t, input);
  }
  revalidatePath(`/clients/${clientId}/reviews`);
  return { ok: true, message: t("reviews.rescheduled") };
}

/** Cancels the scheduled review; the reason is required (asked for in a confirmation dialog). */
export async function cancelReviewAction(clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = cancelReviewSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  try {
    await cancelReview(user, clientId, parsed.data);
  } catch (error) {
    return onError(error, t, input);
  }
  revalidatePath(`/clients/${clientId}/reviews`);
  revalidatePath(`/clients/${clientId}/reviews/${parsed.data.reviewId}`);
  return { ok: true, message: t("reviews.cancelDone") };
}

export async function acknowledgeChangeAction(clientId: string, reportId: string): Promise<void> {
  const user = await requireArea("staff");
  try {
    await acknowledgeChange(user, clientId, reportId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  revalidatePath(`/clients/${clientId}/reviews`);
}

/**
 * The fresh statement and the review's own fields are checked together, so every error shows at once.
 * A review moved meanwhile answers with its new date and version (`values.version`): the form takes it
 * and keeps everything typed, so submitting again after reading the message completes the review.
 */
export async function completeReviewAction(clientId: string, reviewId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const [t, today] = await Promise.all([getTranslations(), agencyToday()]);
  const input = formToObject(formData);
  const parts = splitCompletionForm(input);
  const review = completionSchema(today).safeParse(parts.review);
  const statement = statementSchema.safeParse(parts.statement);
  if (!review.success || !statement.success) {
    const errors = { ...(statement.success ? {} : fieldErrors(statement.error, t)), ...(review.success ? {} : fieldErrors(review.error, t)) };
    return { ok: false, fieldErrors: errors, message: t("validation.fixErrors") };
  }
  try {
    await completeReview(user, clientId, reviewId, review.data, statement.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ReviewChangedError) {
      const now = error.current;
      if (now.status !== "scheduled") return { ok: false, fieldErrors: {}, message: t(now.status === "completed" ? "reviews.errors.alreadyCompleted" : "reviews.errors.alreadyCancelled") };
      const why = [t(`reviews.sources.${now.source}`), now.reason].filter(Boolean).join(" — ");
      return { ok: false, fieldErrors: {}, message: t("reviews.errors.movedMeanwhile", { date: formatDay(now.dueOn, await getLocale()), why }), values: { version: String(now.version) } };
    }
    if (error instanceof ConflictError) return { ok: false, fieldErrors: {}, message: t(error.field === "closed" ? "reviews.errors.completeClosed" : "reviews.errors.stale") };
    throw error;
  }
  revalidatePath(`/clients/${clientId}/reviews`);
  revalidatePath(`/clients/${clientId}/budget`);
  redirect(`/clients/${clientId}/reviews/${reviewId}?completed=1`);
}
