import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import { LOCALE_COOKIE, isLocale, type Locale } from "@/lib/i18n/config";

/**
 * The app's own origin: AUTH_URL when set; else the Host the browser addressed (forwarded host and
 * protocol are believed only behind our own proxy, TRUST_PROXY=1, like the client address).
 */
export function appOrigin(request: Request): string {
  const configured = process.env.AUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // fall through to the request's own origin
    }
  }
  const url = new URL(request.url);
  const trusted = process.env.TRUST_PROXY === "1";
  const forwardedHost = trusted ? request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  const forwardedProto = trusted ? request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() : undefined;
  const host = forwardedHost || request.headers.get("host") || url.host;
  const protocol = forwardedProto ? `${forwardedProto}:` : url.protocol;
  return `${protocol}//${host}`;
}

/**
 * Cookies ride along on cross-site requests, so a state-changing request must name our origin.
 * A missing Origin is refused too: browsers always send it on a POST.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  return origin !== null && origin === appOrigin(request);
}

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
