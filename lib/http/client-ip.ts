/**
 * The caller's address. Forwarded headers are only believed behind a proxy we were told about
 * (TRUST_PROXY=1), or any caller could pick a fresh address per request and dodge throttling.
 */
export function clientIp(headers: Headers): string {
  if (process.env.TRUST_PROXY === "1") {
    const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
    const real = headers.get("x-real-ip")?.trim();
    if (real) return real;
  }
  return "direct";
}
