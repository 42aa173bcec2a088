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
      const authTime = typeof token.authTime === "number" ? token.authTime : 0;
      if (Date.now() / 1000 - authTime > ABSOLUTE_TIMEOUT_SECONDS) return null;
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid ?? "");
      session.user.role = token.role as Role;
      session.user.sessionVersion = Number(token.sv ?? 0);
      // Only an explicit "ok" counts: a token from before two-factor sign-in existed is half signed in.
      session.user.secondFactor = token.f2 === "ok" ? "ok" : "pending";
      return session;
    },
  },
} satisfies NextAuthConfig;
