import type { Metadata } from "next";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/clients/accept-invitation-form";
import { Card } from "@/components/ui/card";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { findOpenInvitation } from "@/lib/dal/invitations";
import { invitationTokenSchema } from "@/lib/validation/invitations";
import { withClientMessages } from "@/components/i18n/client-messages";

/** The open invitation or sign-in link behind the token, looked up once per request (title and page). */
const openLink = cache(async (token: string) => (invitationTokenSchema.safeParse(token).success ? await findOpenInvitation(token) : null));

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const invitation = await openLink((await params).token);
  return { title: (await getTranslations("invite"))(invitation?.reset ? "resetTitle" : "acceptTitle"), referrer: "no-referrer" };
}

/**
 * Public: the token in the link is the only credential, and it works once, for 7 days. It sets up a
 * new portal account, or (a new sign-in link) sets a new password for the existing one.
 */
async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invite");
  const invitation = await openLink(token);
  return (
    <Card className="w-full max-w-md">
      <h1 className="text-2xl font-semibold">{t(invitation?.reset ? "resetTitle" : "acceptTitle")}</h1>
      {invitation ? (
        <>
          <p className="mt-2 text-sm text-ink-muted">{t(invitation.reset ? "resetIntro" : "acceptIntro", { min: MIN_PASSWORD_LENGTH })}</p>
          <AcceptInvitationForm token={token} email={invitation.email} min={MIN_PASSWORD_LENGTH} reset={invitation.reset} />
        </>
      ) : (
        <p className="mt-2">{t("invalid")}</p>
      )}
    </Card>
  );
}

export default withClientMessages(["auth", "invite", "password"], InvitePage);
