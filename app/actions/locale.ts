"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/config";
import { getCurrentUser } from "@/lib/auth/session";
import { setMyLocale } from "@/lib/dal/users";

/** Anyone may choose a display language; signed-in users also keep it on their account. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  const user = await getCurrentUser();
  if (user) await setMyLocale(user, locale);
}
