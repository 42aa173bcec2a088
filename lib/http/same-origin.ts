const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The Host the browser addressed; X-Forwarded-Host only from our own proxy (TRUST_PROXY=1). A route
 * handler may pass its request URL for when no Host header came along.
 */
function addressedHost(headers: Headers, requestUrl?: string): string | null {
  const forwarded = process.env.TRUST_PROXY === "1" ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || headers.get("host") || (requestUrl ? new URL(requestUrl).host : null);
}

/**
 * Cross-site request forgery guard for state-changing requests (the proxy, and route handlers the
 * proxy does not see): the browser's Origin must name this host or the configured public URL. A
 * missing or `null` Origin (sandboxed frames, some redirects) is refused too — every form and fetch
 * of this app sends one.
 */
export function isSameOriginWrite(method: string, headers: Headers, requestUrl?: string): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const allowed = new Set([addressedHost(headers, requestUrl), process.env.AUTH_URL ? new URL(process.env.AUTH_URL).host : undefined]);
  return allowed.has(originHost);
}

/**
 * The public address for links we send out (invitation e-mails): APP_URL, else AUTH_URL, else the
 * address the user is on. Forwarded headers count only behind our own proxy, or a caller could point
 * links elsewhere.
 */
export function publicOrigin(headers: Headers): string {
  const configured = process.env.APP_URL || process.env.AUTH_URL;
  if (configured) return new URL(configured).origin;
  const host = addressedHost(headers) ?? "localhost:3000";
  const forwardedProto = process.env.TRUST_PROXY === "1" ? headers.get("x-forwarded-proto")?.split(",")[0]?.trim() : undefined;
  const local = /^(localhost|127\.|\[::1\])/.test(host);
  return `${forwardedProto || (local ? "http" : "https")}://${host}`;
}
