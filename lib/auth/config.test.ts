import type { JWT } from "@auth/core/jwt";
import type { Session, User } from "next-auth";
import { describe, expect, it } from "vitest";
import { ABSOLUTE_TIMEOUT_SECONDS, authConfig } from "./config";

// The callbacks take Auth.js's full parameter objects; these tests pass only the fields they read.
const jwt = authConfig.callbacks.jwt as unknown as (p: { token: JWT; user?: User; trigger?: string; session?: unknown }) => JWT | null;
const session = authConfig.callbacks.session as unknown as (p: { session: Session; token: JWT }) => Session;
const emptySession = () => ({ user: {}, expires: "" }) as unknown as Session;

describe("the second-factor state in the session token", () => {
  it("is copied from the signed-in user and read back on every request", () => {
    const user = { id: "u1", role: "supervisor", sessionVersion: 4, secondFactor: "pending" } as User;
    const token = jwt({ token: {}, user })!;
    expect(token).toMatchObject({ uid: "u1", sv: 4, f2: "pending" });
    expect(session({ session: emptySession(), token }).user.secondFactor).toBe("pending");
    expect(session({ session: emptySession(), token: { ...token, f2: "ok" } }).user.secondFactor).toBe("ok");
  });

  it("treats a token without the state (issued before two-factor existed) as half signed in", () => {
    expect(session({ session: emptySession(), token: { uid: "u1", sv: 1 } }).user.secondFactor).toBe("pending");
  });

  it("ignores what a browser posts with a session update: it cannot mark its own second factor done", () => {
    const token = jwt({ token: { uid: "u1", sv: 1, f2: "pending", authTime: Math.floor(Date.now() / 1000) }, trigger: "update", session: { f2: "ok", user: { secondFactor: "ok" } } });
    expect(token?.f2).toBe("pending");
  });

  it("ends the session after the absolute timeout however active it is", () => {
    const old = Math.floor(Date.now() / 1000) - ABSOLUTE_TIMEOUT_SECONDS - 1;
    expect(jwt({ token: { uid: "u1", sv: 1, f2: "ok", authTime: old } })).toBeNull();
  });
});
