"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/lib/auth";
import { homeFor } from "@/lib/auth/permissions";
import { getCurrentUser, getPendingUser, requireUser } from "@/lib/auth/session";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { confirmEnrolment, disableMyTwoFactor, verifySecondFactor } from "@/lib/dal/two-factor";
import { safeNextPath } from "@/lib/validation/auth";
import { formToObject, invalid, type FormState } from "@/lib/validation/form";
import { completeSchema, disableSchema, enrolSchema, secondFactorSchema } from "@/lib/validation/two-factor";

const reasonKey = { wrong_code: "twoFactor.wrongCode", throttled: "twoFactor.throttled", not_enrolled: "twoFactor.notEnrolled", expired: "twoFactor.expired" } as const;

async function refusal(reason: keyof typeof reasonKey): Promise<FormState<never>> {
  const t = await getTranslations();
  return { ok: false, fieldErrors: { code: t(reasonKey[reason]) }, message: t("validation.fixErrors") };
}

/** Step two of signing in: the code turns a half-signed-in session into a full one. */
export async function verifySecondFactorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await getPendingUser();
  if (!user) redirect("/login");
  const parsed = secondFactorSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalid(parsed.error, await getTranslations());
  const check = await verifySecondFactor(user, parsed.data.code);
  if (!check.ok) return refusal(check.reason);
  await signIn("second-factor", { proof: check.proof, redirect: false });
  redirect(safeNextPath(parsed.data.next, user.role) ?? homeFor(user.role));
}

type Enrolled = FormState<{ recoveryCodes: string[]; proof?: string }>;

/** Confirms a new authenticator; the recovery codes are shown once, from this answer only. */
export async function confirmEnrolmentAction(_prev: Enrolled, formData: FormData): Promise<Enrolled> {
  const pending = await getPendingUser();
  const user = pending ?? (await getCurrentUser());
  if (!user) redirect("/login");
  const t = await getTranslations();
  const parsed = enrolSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalid(parsed.error, t);
  try {
    const result = await confirmEnrolment(user, parsed.data.offer, parsed.data.code);
    if (!result.ok) return refusal(result.reason);
    // A half-signed-in user carries the proof to the "continue" step; a signed-in one needs nothing more.
    return { ok: true, message: t("twoFactor.enrolled"), data: { recoveryCodes: result.recoveryCodes, proof: pending ? result.proof : undefined } };
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, fieldErrors: {}, message: t("twoFactor.alreadyEnrolled") };
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** After the recovery codes were shown: finish the sign-in that enrolment interrupted. */
export async function completeEnrolmentAction(formData: FormData): Promise<void> {
  const user = await getPendingUser();
  if (!user) redirect("/login");
  const parsed = completeSchema.safeParse(formToObject(formData));
  if (!parsed.success) redirect("/two-factor");
  try {
    await signIn("second-factor", { proof: parsed.data.proof, redirect: false });
  } catch {
    redirect("/two-factor");
  }
  redirect(homeFor(user.role));
}

/** Counsellors may turn the second factor off again, with a current code. */
export async function disableTwoFactorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = disableSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalid(parsed.error, await getTranslations());
  try {
    const result = await disableMyTwoFactor(user, parsed.data.code);
    if (!result.ok) return refusal(result.reason);
  } catch (error) {
    if (error instanceof NotFoundError) return { ok: false, fieldErrors: {}, message: (await getTranslations())("twoFactor.requiredForRole") };
    throw error;
  }
  revalidatePath("/password");
  return { ok: true, message: (await getTranslations())("twoFactor.disabled") };
}
