"use server";

import { getTranslations } from "next-intl/server";
import { ConflictError } from "@/lib/dal/errors";
import { acceptInvitation, InvitationInvalidError } from "@/lib/dal/invitations";
import { formToObject, invalid, type FormState } from "@/lib/validation/form";
import { acceptInvitationSchema } from "@/lib/validation/invitations";

/** Public by design: the token is the credential, checked (hash, unused, unexpired) in the DAL. */
export async function acceptInvitationAction(_prev: FormState<{ email: string }>, formData: FormData): Promise<FormState<{ email: string }>> {
  const t = await getTranslations();
  const parsed = acceptInvitationSchema.safeParse(formToObject(formData));
  if (!parsed.success) {
    if (parsed.error.issues.some((i) => i.path[0] === "token")) return { ok: false, fieldErrors: {}, message: t("invite.invalid") };
    return invalid(parsed.error, t);
  }
  try {
    const { email } = await acceptInvitation(parsed.data.token, parsed.data.password);
    return { ok: true, message: t("invite.accepted", { email }), data: { email } };
  } catch (error) {
    if (error instanceof InvitationInvalidError) return { ok: false, fieldErrors: {}, message: t("invite.invalid") };
    if (error instanceof ConflictError) return { ok: false, fieldErrors: {}, message: t("invite.emailTaken") };
    throw error;
  }
}
