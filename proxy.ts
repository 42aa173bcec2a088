import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { isSameOriginWrite } from "@/lib/http/same-origin";

const { auth } = NextAuth(authConfig);

const PUBLIC_PREFIXES = ["/login", "/invite", "/api/health"];
const dev = process.env.NODE_ENV !== "production";

function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes come from headless UI positioning and toasts; scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

// Redirects the anonymous, refuses cross-origin writes and sets headers; authorisation happens in
// lib/dal on every request.
export default auth((request) => {
  if (!isSameOriginWrite(request.method, request.headers)) {
    return new NextResponse("Forbidden: cross-origin request", { status: 403 });
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));

  if (!request.auth && !isPublic && request.method === "GET" && !pathname.startsWith("/api/")) {
    const login = new URL("/login", request.nextUrl);
    if (pathname !== "/") login.searchParams.set("next", pathname + search);
    return NextResponse.redirect(login);
  }
  // Convenience only: pages and actions refuse a half-signed-in session themselves (lib/auth/session.ts).
  const owesSecondFactor = request.auth?.user?.secondFactor === "pending";
  const twoFactorPage = pathname === "/two-factor" || pathname.startsWith("/two-factor/");
  if (owesSecondFactor && !twoFactorPage && !isPublic && request.method === "GET" && !pathname.startsWith("/api/")) {
    return NextResponse.redirect(new URL("/two-factor", request.nextUrl));
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-accord-path", pathname); // for audit rows of refused requests

  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Cache-Control", "private, no-store, max-age=0");
  return response;
});

export const config = {
  // Document routes stay out: the proxy would buffer upload bodies (10 MB cap) and they check their
  // own session and Origin.
  matcher: ["/((?!api/auth|api/documents|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
