import { z } from "zod";
import type { Role } from "@/db/schema/users";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

export const signInSchema = z.strictObject({
  email: z.string().trim().min(1, "auth.emailRequired").max(320),
  password: z.string().min(1, "auth.passwordRequired").max(MAX_PASSWORD_LENGTH),
  next: z.string().max(2000).optional(),
});

/** A new password: length is the only rule (no composition rules, no truncation). */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, "password.tooShort")
  .max(MAX_PASSWORD_LENGTH, "password.tooLong")
  .refine((value) => !isCommonPassword(value), "password.common");

export const changePasswordSchema = z
  .strictObject({
    current: z.string().min(1, "validation.required").max(MAX_PASSWORD_LENGTH),
    next: newPasswordSchema,
    confirm: z.string().max(MAX_PASSWORD_LENGTH),
  })
  .refine((v) => v.next === v.confirm, { path: ["confirm"], message: "password.mismatch" });

/**
 * Only same-site paths are followed after sign-in (no open redirect), and only into the area the
 * role may use: a client is never sent to a staff page.
 */
export function safeNextPath(next: string | undefined, role: Role): string | null {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return null;
  const staffPath = !next.startsWith("/portal");
  return (role === "client") === !staffPath ? next : null;
}
