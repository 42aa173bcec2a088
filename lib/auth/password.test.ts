import { describe, expect, it } from "vitest";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("stores argon2id with the agreed cost and verifies the right password only", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(stored, "correct horse battery staplE")).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same passphrase here")).not.toBe(await hashPassword("same passphrase here"));
  });

  it("does not truncate long passphrases and accepts emoji and Chinese", async () => {
    const long = "我的密码很长 🔐 ".repeat(40);
    const stored = await hashPassword(long);
    expect(await verifyPassword(stored, long)).toBe(true);
    expect(await verifyPassword(stored, long.slice(0, -1))).toBe(false);
  });

  it("treats a damaged hash as a failed check, not a crash", async () => {
    expect(await verifyPassword("not-a-hash", "whatever it is")).toBe(false);
    expect(await burnPasswordCheck("anything at all")).toBe(false);
  });
});
