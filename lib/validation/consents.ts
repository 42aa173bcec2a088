import { z } from "zod";
import { consentScopes, staffConsentMethods, type ConsentMethod } from "@/db/schema/consents";

/** Staff recording a consent the client gave them (the portal records its own checkbox). */
export const recordConsentSchema = z.strictObject({
  clientId: z.uuid(),
  scope: z.enum(consentScopes),
  method: z.enum(staffConsentMethods),
  // The wording the client saw; the form sends the current version, older ones stay valid for records.
  wordingVersion: z.string().trim().min(1).max(40),
  confirmed: z.literal("on", "consent.errors.confirm"),
});
export type RecordConsentInput = Omit<z.infer<typeof recordConsentSchema>, "method"> & { method: ConsentMethod };

export const withdrawConsentSchema = z.strictObject({
  clientId: z.uuid(),
  consentId: z.uuid(),
  note: z
    .string()
    .trim()
    .max(1000)
    .optional()
    .transform((v) => (v ? v : null)),
});
export type WithdrawConsentInput = z.infer<typeof withdrawConsentSchema>;
