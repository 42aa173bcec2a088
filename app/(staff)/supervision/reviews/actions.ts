"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { resolveCorrection, signOff } from "@/lib/dal/outcome-reviews";
import { formToObject, invalid, type FormState } from "@/lib/validation/form";
import { resolveSchema, signOffSchema } from "@/lib/validation/outcome-reviews";

/** A supervisor signs off a plan or a closure (approve, or send back with a comment). */
export async function signOffAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("supervision");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = signOffSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  try {
    await signOff(user, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ConflictError) return { ok: false, fieldErrors: {}, message: t("supervision.reviews.errors.conflict") };
    throw error;
  }
  revalidatePath("/supervision/reviews");
  // The item leaves the queue (and its form with it): the page says what happened.
  redirect(`/supervision/reviews?done=${parsed.data.decision}`);
}

/** The counsellor marks a correction done, saying what changed. */
export async function resolveCorrectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = resolveSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  try {
    await resolveCorrection(user, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ConflictError) return { ok: false, fieldErrors: {}, message: t("supervision.reviews.errors.alreadyResolved") };
    throw error;
  }
  revalidatePath("/dashboard");
  revalidatePath("/supervision/reviews");
  return { ok: true, message: t("supervision.reviews.resolvedDone") };
}
