import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { TwoFactorEnrolForm } from "@/components/auth/two-factor-enrol-form";
import { Card } from "@/components/ui/card";
import { isStaff } from "@/lib/auth/permissions";
import { getCurrentUser, getPendingUser } from "@/lib/auth/session";
import { newTotpSecret, otpauthUri } from "@/lib/auth/totp";
import { getTwoFactorStatus, sealEnrolmentOffer } from "@/lib/dal/two-factor";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("twoFactor"))("setupTitle") };
}

/**
 * Enrolment: required for admins and supervisors before any staff page, offered to counsellors from
 * their account page. Nothing is stored until a first code confirms the authenticator (the offered
 * secret travels sealed in the form), so opening this page changes nothing.
 */
async function TwoFactorSetupPage() {
  const pending = await getPendingUser();
  const user = pending ?? (await getCurrentUser());
  if (!user) redirect("/login");
  if (!isStaff(user.role)) notFound();
  const status = await getTwoFactorStatus(user);
  if (status.enrolled) redirect(pending ? "/two-factor" : "/password");
  if (pending && !status.required) redirect("/two-factor");
  const secret = newTotpSecret();
  const svg = await QRCode.toString(otpauthUri(secret, user.email), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const t = await getTranslations("twoFactor");
  return (
    <Card className="w-full max-w-lg">
      <h1 className="text-2xl font-semibold">{t("setupTitle")}</h1>
      <p className="mt-2 text-sm text-ink-muted">{status.required ? t("setupRequired") : t("setupOptional")}</p>
      <TwoFactorEnrolForm
        offer={sealEnrolmentOffer(user, secret)}
        secret={secret}
        qrDataUrl={`data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`}
        halfSignedIn={Boolean(pending)}
      />
      {pending ? (
        <div className="mt-4">
          <SignOutButton label={t("cancelSignIn")} />
        </div>
      ) : null}
    </Card>
  );
}

export default withClientMessages(["twoFactor"], TwoFactorSetupPage);
