import { z } from "zod";

/** A six-digit code from the authenticator app, or a recovery code such as "k7m2p-9xq4r". */
const code = z.string().trim().min(1, "twoFactor.codeRequired").max(64, "twoFactor.wrongCode");

export const secondFactorSchema = z.strictObject({ code, next: z.string().max(2000).optional() });

export const enrolSchema = z.strictObject({
  code: code.regex(/^\d{3}\s?\d{3}$/, "twoFactor.sixDigits"),
  offer: z.string().min(1).max(1000),
});

export const completeSchema = z.strictObject({ proof: z.string().min(1).max(500) });

export const disableSchema = z.strictObject({ code });
