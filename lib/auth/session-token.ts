import "server-only";
import { cookies, headers } from "next/headers";
import { sessionClaims, withinAbsoluteLimit } from "./config";
import { decodeRemembered } from "./token-cache";

/**
 * Auth.js's session cookie name for this request: the `__Secure-` one over HTTPS, decided as
 * Auth.js decides it (AUTH_URL's protocol, else the forwarded protocol, else HTTPS).
 */
export function sessionCookieName(forwardedProto: string | null, authUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL): string {
  const protocol = authUrl ? new URL(authUrl).protocol : `${(forwardedProto ?? "https").replace(/:$/, "")}:`;
  return protocol === "https:" ? "__Secure-authjs.session-token" : "authjs.session-token";
}

/** The cookie's value, joined from Auth.js's chunks (`name.0`, `name.1` …) when it was split. */
export function joinedCookie(all: { name: string; value: string }[], name: string): string | null {
  const whole = all.find((c) => c.name === name);
  if (whole) return whole.value;
  const chunks = all
    .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join("") : null;
}

/**
 * The request's session as Auth.js's `auth()` gives it — same cookie, same decode, same absolute
 * limit as the `jwt` callback — without re-issuing the token: a server component cannot set the new
 * cookie (the proxy re-issues it on every request), and the re-issue cost two more encryptions per
 * page. Null for no session, a bad or expired token, or one past the absolute limit.
 */
export async function readSessionToken(): Promise<ReturnType<typeof sessionClaims> | null> {
  const [jar, requestHeaders] = await Promise.all([cookies(), headers()]);
  const name = sessionCookieName(requestHeaders.get("x-forwarded-proto"));
  const token = joinedCookie(jar.getAll(), name);
  if (!token || !process.env.AUTH_SECRET) return null;
  const payload = await decodeRemembered({ token, secret: process.env.AUTH_SECRET, salt: name }).catch(() => null);
  if (!payload || !withinAbsoluteLimit(payload)) return null;
  const claims = sessionClaims(payload);
  return claims.id ? claims : null;
}
