import { dictionary } from "@zxcvbn-ts/language-common";
import { MIN_PASSWORD_LENGTH } from "./password";

// Only entries long enough to pass the length rule matter; keep just those in memory.
const common = new Set(
  (dictionary["passwords-common"] as string[]).filter((p) => p.length >= MIN_PASSWORD_LENGTH).map((p) => p.toLowerCase()),
);

/** True for passwords on the bundled list of commonly used (and so commonly guessed) passwords. */
export function isCommonPassword(password: string): boolean {
  const normalised = password.normalize("NFC").trim().toLowerCase();
  return common.has(normalised) || /^(.)\1+$/.test(normalised) || /^(0123456789|1234567890|9876543210)+\d*$/.test(normalised);
}
