const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for state-changing requests: the browser's Origin must name this
 * host. A missing or `null` Origin (sandboxed frames, some redirects) is refused too — every form
 * and fetch of this app sends one.
 */
export function isSameOriginWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = process.env.TRUST_PROXY === "1" ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  const host = forwarded || headers.get("host");
  const allowed = new Set([host, process.env.AUTH_URL ? new URL(process.env.AUTH_URL).host : undefined]);
  return allowed.has(originHost);
}
