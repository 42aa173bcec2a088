import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password";
import { newPasswordSchema } from "./auth";
import { clientEmailSchema } from "./clients";

export const inviteSchema = z.strictObject({ clientId: z.uuid(), email: clientEmailSchema });
export type InviteInput = z.infer<typeof inviteSchema>;

/** A token is 32 random bytes in base64url: 43 characters. Anything else is not worth a lookup. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const acceptInvitationSchema = z
  .strictObject({
    token: invitationTokenSchema,
    password: newPasswordSchema,
    confirm: z.string().max(MAX_PASSWORD_LENGTH),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "password.mismatch" });

/** Sending a new sign-in link or revoking portal access: the client is all the form names. */
export const portalAccessSchema = z.strictObject({ clientId: z.uuid() });
export type PortalAccessInput = z.infer<typeof portalAccessSchema>;
