import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/**
 * Keys for the second factor, each derived from AUTH_SECRET with its own label, so a key leaks
 * nothing about the others and rotating AUTH_SECRET rotates them all (enrolments must then be reset).
 */
function key(label: string): Buffer {
  let secret = process.env.AUTH_SECRET;
  if (!secret && process.env.NODE_ENV === "test") secret = "accord-unit-test-secret-not-for-use";
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return Buffer.from(hkdfSync("sha256", secret, "accord", `accord two-factor ${label} v1`, 32));
}

/** AES-256-GCM: "v1.<iv>.<tag>.<ciphertext>" in base64url; the user id is bound in as associated data. */
export function sealSecret(plain: string, userId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key("secret"), iv);
  cipher.setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** The plain secret, or null when the text was altered, sealed for another user or under another key. */
export function openSecret(sealed: string, userId: string): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key("secret"), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

// No look-alike characters; two groups of five, about 50 bits each.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function normaliseRecoveryCode(code: string): string {
  return code.trim().toLowerCase().replace(/[\s-]+/g, "");
}

/** Recovery codes are random, not chosen by people, so a keyed hash is enough (no slow hash needed). */
export function hashRecoveryCode(code: string): string {
  return createHmac("sha256", key("recovery")).update(normaliseRecoveryCode(code)).digest("base64url");
}

const PROOF_SECONDS = 10 * 60;

/**
 * A short-lived statement "this user passed the second factor", made by the server after checking a
 * code and accepted by the second-factor sign-in provider. Bound to the session version, so signing
 * out or a reset voids it.
 */
export function makeSecondFactorProof(userId: string, sessionVersion: number, now = Date.now()): string {
  const payload = `${userId}.${sessionVersion}.${Math.floor(now / 1000) + PROOF_SECONDS}`;
  return `${payload}.${createHmac("sha256", key("proof")).update(payload).digest("base64url")}`;
}

export function readSecondFactorProof(proof: string, now = Date.now()): { userId: string; sessionVersion: number } | null {
  const parts = proof.split(".");
  if (parts.length !== 4) return null;
  const [userId, version, expires, mac] = parts as [string, string, string, string];
  const expected = createHmac("sha256", key("proof")).update(`${userId}.${version}.${expires}`).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (Number(expires) < Math.floor(now / 1000)) return null;
  return { userId, sessionVersion: Number(version) };
}
