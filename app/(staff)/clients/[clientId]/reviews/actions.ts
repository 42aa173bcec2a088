"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { acknowledgeChange } from "@/lib/dal/change-reports";
import { agencyToday } from "@/lib/dal/debts";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { completeReview } from "@/lib/dal/review-completion";
import { rescheduleReview, scheduleReview } from "@/lib/dal/review-schedule";
import { statementSchema } from "@/lib/validation/budgets";
import { fieldErrors, formToObject, invalid, type FormState } from "@/lib/validation/form";
import { completionSchema, rescheduleSchema, scheduleSchema, splitCompletionForm } from "@/lib/validation/reviews";

type T = Awaited<ReturnType<typeof getTranslations>>;

function onError(error: unknown, t: T): FormState {
  if (error instanceof NotFoundError) notFound();
  if (error instanceof ConflictError) return { ok: false, fieldErrors: {}, message: t("reviews.errors.stale") };
  throw error;
}

export async function scheduleReviewAction(clientId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const [t, today] = await Promise.all([getTranslations(), agencyToday()]);
  const input = formToObject(formData);
  const parsed = scheduleSchema(today).safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  try {
    await scheduleReview(user, clientId, parsed.data);
  } catch (error) {
    return onError(error, t);
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
    return onError(error, t);
  }
  revalidatePath(`/clients/${clientId}/reviews`);
  return { ok: true, message: t("reviews.rescheduled") };
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

/** The fresh statement and the review's own fields are checked together, so every error shows at once. */
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
    return onError(error, t);
  }
  revalidatePath(`/clients/${clientId}/reviews`);
  revalidatePath(`/clients/${clientId}/budget`);
  redirect(`/clients/${clientId}/reviews/${reviewId}?completed=1`);
}
