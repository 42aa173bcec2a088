"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/lib/auth";
import { homeFor, requiresSecondFactor } from "@/lib/auth/permissions";
import { findActiveUserByEmail } from "@/lib/dal/users";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { signInSchema, safeNextPath } from "@/lib/validation/auth";
import { formToObject, invalid, type FormState } from "@/lib/validation/form";

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  const { email, password, next } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const throttled = error instanceof CredentialsSignin && error.code === "throttled";
      return { ok: false, fieldErrors: {}, message: t(throttled ? "auth.throttled" : "auth.invalid"), values: { email } };
    }
    throw error;
  }
  const user = await findActiveUserByEmail(email);
  if (!user) return { ok: false, fieldErrors: {}, message: t("auth.invalid") };
  (await cookies()).set(LOCALE_COOKIE, user.locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 31_536_000 });
  // Admins, supervisors and anyone enrolled hold a half-signed-in session until a code is given.
  if (user.twoFactor || requiresSecondFactor(user.role)) {
    const target = safeNextPath(next, user.role);
    redirect(target ? `/two-factor?next=${encodeURIComponent(target)}` : "/two-factor");
  }
  redirect(safeNextPath(next, user.role) ?? homeFor(user.role));
}
