import { Secret, TOTP } from "otpauth";

// RFC 6238 defaults every authenticator app understands: SHA-1, 6 digits, 30-second steps.
const PERIOD = 30;
const ISSUER = "Accord";

function totp(secret: string, label = "Accord"): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

/** A new random 160-bit secret as base32 (what the user types when they cannot scan). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUri(secret: string, accountName: string): string {
  return totp(secret, accountName).toString();
}

export function currentStep(now = Date.now()): number {
  return Math.floor(now / 1000 / PERIOD);
}

export function codeForStep(secret: string, step: number): string {
  return totp(secret).generate({ timestamp: step * PERIOD * 1000 });
}

/**
 * The time step a code belongs to, accepting one step either side for clock drift, or null.
 * Callers refuse a step at or before the last one used, so each code works once.
 */
export function matchStep(secret: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: now, window: 1 });
  return delta === null ? null : currentStep(now) + delta;
}
