import { describe, expect, it } from "vitest";
import { changePasswordSchema, safeNextPath, signInSchema } from "./auth";

describe("sign-in input", () => {
  it("refuses extra fields such as a role", () => {
    expect(signInSchema.safeParse({ email: "a@b.cn", password: "x", role: "admin" }).success).toBe(false);
  });
});

describe("new passwords", () => {
  const base = { current: "old password here" };
  it("needs 12 characters but no composition rules", () => {
    expect(changePasswordSchema.safeParse({ ...base, next: "short", confirm: "short" }).success).toBe(false);
    expect(changePasswordSchema.safeParse({ ...base, next: "all lowercase words", confirm: "all lowercase words" }).success).toBe(true);
  });

  it("accepts emoji and Chinese passphrases and reports a mismatch on the confirmation", () => {
    expect(changePasswordSchema.safeParse({ ...base, next: "我爱还清债务🎉🎉🎉🎉🎉🎉", confirm: "我爱还清债务🎉🎉🎉🎉🎉🎉" }).success).toBe(true);
    const result = changePasswordSchema.safeParse({ ...base, next: "a long enough one", confirm: "another long one" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["confirm"]);
  });
});

describe("after sign-in", () => {
  it("follows only local paths within the role's area", () => {
    expect(safeNextPath("/clients?page=2", "counsellor")).toBe("/clients?page=2");
    expect(safeNextPath("//evil.example", "counsellor")).toBeNull();
    expect(safeNextPath("https://evil.example", "counsellor")).toBeNull();
    expect(safeNextPath("/\\evil.example", "counsellor")).toBeNull();
    expect(safeNextPath("/dashboard", "client")).toBeNull();
    expect(safeNextPath("/portal", "client")).toBe("/portal");
    expect(safeNextPath("/portal", "admin")).toBeNull();
  });
});

describe("common passwords", () => {
  const attempt = (next: string) => changePasswordSchema.safeParse({ current: "old password here", next, confirm: next });
  it("refuses passwords from the bundled list in any case, and trivial repeats", () => {
    for (const bad of ["qwerty123456", "1qaz2wsx3edc", "QWERTY123456", "aaaaaaaaaaaaaa", "123456789012"]) {
      const result = attempt(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("password.common");
    }
  });
  it("accepts an ordinary passphrase", () => {
    expect(attempt("tea kettle on a rainy monday").success).toBe(true);
  });
});
