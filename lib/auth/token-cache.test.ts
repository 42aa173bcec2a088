import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { decodeRemembered } from "./token-cache";

const secret = "a test secret that is long enough for the key derivation";
const salt = "authjs.session-token";

async function token(payload: Record<string, unknown>, maxAge = 60) {
  return encode({ token: payload, secret, salt, maxAge });
}

describe("decodeRemembered", () => {
  it("decodes a token, and decodes it again to the same payload", async () => {
    const t = await token({ uid: "u1", role: "counsellor" });
    const first = await decodeRemembered({ token: t, secret, salt });
    const second = await decodeRemembered({ token: t, secret, salt });
    expect(first?.uid).toBe("u1");
    expect(second).toEqual(first);
  });

  it("hands out copies: changing one does not change what the next caller gets", async () => {
    const t = await token({ uid: "u2", role: "client" });
    const first = await decodeRemembered({ token: t, secret, salt });
    first!.role = "admin";
    const second = await decodeRemembered({ token: t, secret, salt });
    expect(second?.role).toBe("client");
  });

  it("refuses a tampered token and one sealed with another secret, even after the real one was seen", async () => {
    const t = await token({ uid: "u3", role: "counsellor" });
    await decodeRemembered({ token: t, secret, salt });
    const tampered = `${t.slice(0, -4)}${t.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    await expect(decodeRemembered({ token: tampered, secret, salt })).rejects.toThrow();
    const foreign = await encode({ token: { uid: "u3", role: "admin" }, secret: "another secret of a decent length entirely", salt, maxAge: 60 });
    await expect(decodeRemembered({ token: foreign, secret, salt })).rejects.toThrow();
  });

  it("does not serve a token past its expiry (and Auth.js's 15 s of clock skew) from memory", async () => {
    const t = await token({ uid: "u4", role: "counsellor" }, 60);
    expect((await decodeRemembered({ token: t, secret, salt }))?.uid).toBe("u4");
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 80_000);
      await expect(decodeRemembered({ token: t, secret, salt })).rejects.toThrow(/exp/);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps tokens apart by cookie name", async () => {
    const t = await token({ uid: "u5" });
    await decodeRemembered({ token: t, secret, salt });
    await expect(decodeRemembered({ token: t, secret, salt: "__Secure-authjs.session-token" })).rejects.toThrow();
  });
});
