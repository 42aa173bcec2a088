import { describe, expect, it } from "vitest";
import { joinedCookie, sessionCookieName } from "./session-token";

describe("the session cookie a server component reads", () => {
  it("is named as Auth.js names it: __Secure- over HTTPS, decided by AUTH_URL before the forwarded protocol", () => {
    expect(sessionCookieName("http", "")).toBe("authjs.session-token");
    expect(sessionCookieName("https", "")).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName(null, "")).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName("http", "https://accord.example.org")).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName("https", "http://localhost:3000")).toBe("authjs.session-token");
  });

  it("is joined from Auth.js's numbered chunks in order, and never from a lookalike", () => {
    const name = "authjs.session-token";
    expect(joinedCookie([{ name, value: "whole" }], name)).toBe("whole");
    const chunks = [
      { name: `${name}.1`, value: "B" },
      { name: `${name}.10`, value: "K" },
      { name: `${name}.0`, value: "A" },
      { name: `${name}.2`, value: "C" },
    ];
    expect(joinedCookie(chunks, name)).toBe("ABCK");
    expect(joinedCookie([{ name: `${name}.evil`, value: "x" }, { name: `x${name}`, value: "y" }], name)).toBeNull();
    expect(joinedCookie([], name)).toBeNull();
  });
});
