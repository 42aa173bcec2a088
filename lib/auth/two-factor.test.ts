import { describe, expect, it } from "vitest";
import { DEMO_TOTP_SECRET } from "@/db/demo-two-factor";
import { codeForStep, currentStep, matchStep, newTotpSecret, otpauthUri } from "./totp";
import {
  hashRecoveryCode,
  makeSecondFactorProof,
  newRecoveryCodes,
  openSecret,
  readSecondFactorProof,
  sealSecret,
} from "./two-factor-crypto";

describe("TOTP codes", () => {
  // RFC 6238 appendix B, SHA-1, secret "12345678901234567890" (base32 below), T = 59 s → 94287082 (8 digits).
  it("matches the RFC 6238 test vector (last six digits)", () => {
    expect(codeForStep("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 1)).toBe("287082");
  });

  it("accepts the current step and one either side, and nothing further", () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 10);
    const step = currentStep(now);
    expect(matchStep(DEMO_TOTP_SECRET, codeForStep(DEMO_TOTP_SECRET, step), now)).toBe(step);
    expect(matchStep(DEMO_TOTP_SECRET, codeForStep(DEMO_TOTP_SECRET, step - 1), now)).toBe(step - 1);
    expect(matchStep(DEMO_TOTP_SECRET, codeForStep(DEMO_TOTP_SECRET, step + 1), now)).toBe(step + 1);
    expect(matchStep(DEMO_TOTP_SECRET, codeForStep(DEMO_TOTP_SECRET, step + 2), now)).toBeNull();
    expect(matchStep(DEMO_TOTP_SECRET, codeForStep(DEMO_TOTP_SECRET, step - 2), now)).toBeNull();
  });

  it("refuses non-codes without throwing", () => {
    for (const bad of ["", "12345", "1234567", "abcdef", "１２３４５６", "12 34 56 78"]) expect(matchStep(DEMO_TOTP_SECRET, bad)).toBeNull();
  });

  it("makes fresh 160-bit secrets and an otpauth URI apps can scan", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = otpauthUri(secret, "li.na@example.com");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Accord:li\.na%40example\.com\?/);
    expect(uri).toContain(`secret=${secret}`);
  });
});

describe("secrets at rest", () => {
  it("seals with AES-GCM, bound to the user: other users, edits and plain text do not open", () => {
    const sealed = sealSecret(DEMO_TOTP_SECRET, "user-a");
    expect(sealed).not.toContain(DEMO_TOTP_SECRET);
    expect(sealSecret(DEMO_TOTP_SECRET, "user-a")).not.toBe(sealed); // a fresh IV every time
    expect(openSecret(sealed, "user-a")).toBe(DEMO_TOTP_SECRET);
    expect(openSecret(sealed, "user-b")).toBeNull();
    const parts = sealed.split(".");
    parts[3] = `${parts[3]!.slice(0, -2)}AA`;
    expect(openSecret(parts.join("."), "user-a")).toBeNull();
    expect(openSecret(DEMO_TOTP_SECRET, "user-a")).toBeNull();
  });
});

describe("recovery codes", () => {
  it("makes ten distinct readable codes and hashes them regardless of case and dashes", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const code = codes[0]!;
    expect(hashRecoveryCode(code.toUpperCase().replace("-", " "))).toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode(code)).not.toContain(code.replace("-", ""));
    expect(hashRecoveryCode(codes[1]!)).not.toBe(hashRecoveryCode(code));
  });
});

describe("second-factor proofs", () => {
  it("are accepted for the user and session version they name, until they expire", () => {
    const now = Date.now();
    const proof = makeSecondFactorProof("user-a", 3, now);
    expect(readSecondFactorProof(proof, now)).toEqual({ userId: "user-a", sessionVersion: 3 });
    expect(readSecondFactorProof(proof, now + 11 * 60_000)).toBeNull();
  });

  it("cannot be forged or altered", () => {
    const proof = makeSecondFactorProof("user-a", 3);
    expect(readSecondFactorProof(proof.replace("user-a", "user-b"))).toBeNull();
    expect(readSecondFactorProof(proof.replace(".3.", ".4."))).toBeNull();
    expect(readSecondFactorProof("user-a.3.9999999999.AAAA")).toBeNull();
    expect(readSecondFactorProof("")).toBeNull();
  });
});
