import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import { LOCALE_COOKIE, isLocale, type Locale } from "@/lib/i18n/config";

function cookieLocale(request: Request): Locale | null {
  const cookie = request.headers.get("cookie") ?? "";
  for (const part of cookie.split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === LOCALE_COOKIE && isLocale(value)) return value;
  }
  return null;
}

/** Messages for a route handler's answers, in the language the user is reading the app in. */
export function documentMessages(request: Request, fallback: Locale = "en") {
  const locale = cookieLocale(request) ?? fallback;
  return createTranslator({ locale, messages: locale === "zh-CN" ? zh : en, namespace: "documents.upload" });
}

export function jsonError(status: number, message: string, code: string): Response {
  return Response.json({ error: code, message }, { status, headers: { "Cache-Control": "no-store" } });
}
