import { randomInt } from "node:crypto";

// No look-alike characters, so a password read out over the phone survives.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Four groups of four: 20 characters, about 79 bits, easy to type. */
export function temporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
  );
  return groups.join("-");
}
