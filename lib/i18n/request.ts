import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getAgencySettings } from "@/lib/dal/settings";
import { LOCALE_COOKIE, isLocale, localeFromAcceptLanguage } from "./config";

export default getRequestConfig(async () => {
  // Reading cookies first keeps every page dynamic, so nothing here runs during `next build`.
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookieLocale) ? cookieLocale : localeFromAcceptLanguage((await headers()).get("accept-language"));
  const settings = await getAgencySettings();
  const messages = (await import(`./messages/${locale}.json`)) as { default: Record<string, unknown> };
  return { locale, messages: messages.default, timeZone: settings.timeZone };
});
