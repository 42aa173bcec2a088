import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/db/schema/users";
import { decodeRemembered } from "./token-cache";

export const IDLE_TIMEOUT_SECONDS = 30 * 60;
export const ABSOLUTE_TIMEOUT_SECONDS = 12 * 60 * 60;

/**
 * The part of the Auth.js config that needs no database, shared by the proxy and the route handler.
 * The JWT is re-issued on every request through the proxy, so `maxAge` acts as the idle timeout;
 * `authTime` caps the whole session however active it is.
 */
type Claims = { uid?: unknown; role?: unknown; sv?: unknown; f2?: unknown; authTime?: unknown };

/** False once a session is older than the absolute limit, however active it has been. */
export function withinAbsoluteLimit(token: Claims): boolean {
  const authTime = typeof token.authTime === "number" ? token.authTime : 0;
  return Date.now() / 1000 - authTime <= ABSOLUTE_TIMEOUT_SECONDS;
}

/** The session's user as the app reads it from the token's claims. */
export function sessionClaims(token: Claims): { id: string; role: Role; sessionVersion: number; secondFactor: "ok" | "pending" } {
  return {
    id: String(token.uid ?? ""),
    role: token.role as Role,
    sessionVersion: Number(token.sv ?? 0),
    // Only an explicit "ok" counts: a token from before two-factor sign-in existed is half signed in.
    secondFactor: token.f2 === "ok" ? "ok" : "pending",
  };
}

export const authConfig = {
  trustHost: true,
  secret: process.env.AUTH_SECRET,
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_SECONDS },
  jwt: { decode: decodeRemembered },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.f2 = user.secondFactor;
        token.authTime = Math.floor(Date.now() / 1000);
        return token;
      }
      // The session payload a browser may POST with an "update" is ignored on purpose: nothing in the
      // token is ever taken from the client.
      return withinAbsoluteLimit(token) ? token : null;
    },
    session({ session, token }) {
      Object.assign(session.user, sessionClaims(token));
      return session;
    },
  },
} satisfies NextAuthConfig;
