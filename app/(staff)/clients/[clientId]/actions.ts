"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { describeConflict } from "@/lib/clients/conflict";
import { keepListValues } from "@/lib/clients/form-values";
import { publicOrigin } from "@/lib/http/same-origin";
import { mailConfigured } from "@/lib/mail";
import { sendInvitationMail } from "@/lib/mail/invitation";
import { changeClientStatus, TransitionError, updateClient, VersionConflictError } from "@/lib/dal/clients";
import { recordConsent, withdrawConsent } from "@/lib/dal/consents";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { createInvitation } from "@/lib/dal/invitations";
import { revokePortalAccess, sendPortalLink } from "@/lib/dal/portal-access";
import { clientUpdateSchema, statusChangeSchema } from "@/lib/validation/clients";
import { recordConsentSchema, withdrawConsentSchema } from "@/lib/validation/consents";
import { formToObject, invalid, typedValues, type FormState } from "@/lib/validation/form";
import { inviteSchema, portalAccessSchema } from "@/lib/validation/invitations";

function done(clientId: string): void {
  revalidatePath(`/clients/${clientId}`, "layout");
  revalidatePath("/clients");
}

function rethrow(error: unknown): never {
  if (error instanceof NotFoundError) notFound();
  throw error;
}

export async function updateClientAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = clientUpdateSchema.safeParse(input);
  if (!parsed.success) return keepListValues(invalid(parsed.error, t, input), input, ["hardshipReasons", "vulnerabilities"]);
  try {
    await updateClient(user, parsed.data);
  } catch (error) {
    // Nothing was saved: show what the other person stored beside each field, and take their version
    // so a deliberate second save is possible once the user has seen it.
    if (error instanceof VersionConflictError) return describeConflict(error.current, error.changed, parsed.data, input, t);
    return rethrow(error);
  }
  done(parsed.data.clientId);
  redirect(`/clients/${parsed.data.clientId}`);
}

export async function changeStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = statusChangeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  try {
    await changeClientStatus(user, parsed.data);
    done(parsed.data.clientId);
    return { ok: true, message: t("clients.status.moved", { status: t(`clientStatus.${parsed.data.to}`) }) };
  } catch (error) {
    // Nothing moved: keep the reason and note as typed, so the user need not write them again.
    const values = typedValues(input);
    if (error instanceof VersionConflictError) {
      // Say where the case is now and take its version: a second, deliberate confirmation goes ahead
      // (the workflow still refuses a move that no longer applies) without reloading away the note.
      const { status, version } = error.current;
      return { ok: false, fieldErrors: {}, message: t("clients.status.conflict", { status: t(`clientStatus.${status}`) }), values: { ...values, version: String(version) } };
    }
    if (error instanceof TransitionError) return { ok: false, fieldErrors: { to: t("clients.status.notAllowed") }, message: t("clients.status.notAllowed"), values };
    return rethrow(error);
  }
}

export async function recordConsentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = recordConsentSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  try {
    await recordConsent(user, parsed.data);
    done(parsed.data.clientId);
    return { ok: true, message: t("consent.recorded") };
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, fieldErrors: { scope: t("consent.alreadyActive") }, message: t("consent.alreadyActive") };
    return rethrow(error);
  }
}

export async function withdrawConsentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const parsed = withdrawConsentSchema.safeParse(formToObject(formData));
  if (!parsed.success) notFound();
  try {
    await withdrawConsent(user, parsed.data);
    done(parsed.data.clientId);
    return { ok: true, message: t("consent.withdrawnDone") };
  } catch (error) {
    if (error instanceof ConflictError && error.field === "consentWithdrawn") {
      // Withdrawn meanwhile by someone else: the refreshed panel shows by whom.
      done(parsed.data.clientId);
      return { ok: false, fieldErrors: {}, message: t("consent.alreadyWithdrawn") };
    }
    return rethrow(error);
  }
}

export async function inviteClientAction(_prev: FormState<{ link: string }>, formData: FormData): Promise<FormState<{ link: string }>> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const input = formToObject(formData);
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t, input);
  try {
    const { token, returning } = await createInvitation(user, parsed.data);
    const link = `${publicOrigin(await headers())}/invite/${token}`;
    done(parsed.data.clientId);
    // A returning client's address: accepting moves their earlier (closed) case's account here.
    const note = returning ? ` ${t("invite.returningNote")}` : "";
    if (mailConfigured()) {
      try {
        await sendInvitationMail(parsed.data.email, link);
        return { ok: true, message: t("invite.mailed", { email: parsed.data.email }) + note };
      } catch (error) {
        console.error(`[invitation] e-mail to <${parsed.data.email}> failed: ${error instanceof Error ? error.message : String(error)}`);
        return { ok: true, message: t("invite.mailFailed") + note, data: { link } };
      }
    }
    // No mail server is configured: the counsellor passes the link on, and it is in the server log.
    console.info(`[invitation] portal invitation for client ${parsed.data.clientId} <${parsed.data.email}>: ${link}`);
    return { ok: true, message: t("invite.created", { email: parsed.data.email }) + note, data: { link } };
  } catch (error) {
    if (error instanceof ConflictError) {
      const key = error.field === "portal" ? "invite.alreadyActive" : error.field === "caseClosed" ? "invite.caseClosed" : "invite.emailTaken";
      return { ok: false, fieldErrors: error.field === "email" ? { email: t(key) } : {}, message: t(key), values: { email: parsed.data.email } };
    }
    return rethrow(error);
  }
}

/** Why a portal-access change no longer applies (revoked meanwhile, or no account): refresh and say so. */
function portalConflict(clientId: string, error: ConflictError, t: Awaited<ReturnType<typeof getTranslations>>): FormState<never> {
  done(clientId);
  return { ok: false, fieldErrors: {}, message: t(error.field === "portalRevoked" ? "invite.alreadyRevoked" : "invite.noPortal") };
}

/**
 * A new one-time link for the client's existing portal account. It is shown to the staff member and
 * not e-mailed: when access was revoked because someone else reads the client's mail, the counsellor
 * chooses how it reaches the client.
 */
export async function sendPortalLinkAction(_prev: FormState<{ link: string }>, formData: FormData): Promise<FormState<{ link: string }>> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const parsed = portalAccessSchema.safeParse(formToObject(formData));
  if (!parsed.success) notFound();
  try {
    const { token, email } = await sendPortalLink(user, parsed.data);
    done(parsed.data.clientId);
    return { ok: true, message: t("invite.newLinkCreated", { email }), data: { link: `${publicOrigin(await headers())}/invite/${token}` } };
  } catch (error) {
    if (error instanceof ConflictError) return portalConflict(parsed.data.clientId, error, t);
    return rethrow(error);
  }
}

export async function revokePortalAccessAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const parsed = portalAccessSchema.safeParse(formToObject(formData));
  if (!parsed.success) notFound();
  try {
    const { email } = await revokePortalAccess(user, parsed.data);
    done(parsed.data.clientId);
    return { ok: true, message: t("invite.revokedDone", { email }) };
  } catch (error) {
    if (error instanceof ConflictError) return portalConflict(parsed.data.clientId, error, t);
    return rethrow(error);
  }
}
