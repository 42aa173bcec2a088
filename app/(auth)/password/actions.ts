"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/lib/auth";
import { requireUser } from "@/lib/auth/session";
import { keepSecondFactorProof } from "@/lib/dal/two-factor";
import { changeMyPassword } from "@/lib/dal/users";
import { changePasswordSchema } from "@/lib/validation/auth";
import { formToObject, invalid, type FormState } from "@/lib/validation/form";

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const t = await getTranslations();
  const parsed = changePasswordSchema.safeParse(formToObject(formData));
  if (!parsed.success) return invalid(parsed.error, t);
  const result = await changeMyPassword(user, parsed.data.current, parsed.data.next);
  if (!result.ok) {
    const field = result.reason === "wrong_current" ? "current" : "next";
    const key = result.reason === "wrong_current" ? "password.wrongCurrent" : "password.sameAsOld";
    return { ok: false, fieldErrors: { [field]: t(key) }, message: t("validation.fixErrors") };
  }
  // The version bump ended every session, this one included: issue a fresh token for this browser,
  // then navigate so the next render reads the new cookie (this request still carries the old one).
  await signIn("credentials", { email: user.email, password: parsed.data.next, redirect: false });
  // This browser passed the second factor already; the re-issued session keeps that.
  const proof = await keepSecondFactorProof(user);
  if (proof) await signIn("second-factor", { proof, redirect: false });
  redirect("/password?changed=1");
}
