import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { TwoFactorCodeForm } from "@/components/auth/two-factor-code-form";
import { Card } from "@/components/ui/card";
import { homeFor } from "@/lib/auth/permissions";
import { getCurrentUser, getPendingUser } from "@/lib/auth/session";
import { getTwoFactorStatus } from "@/lib/dal/two-factor";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("twoFactor"))("verifyTitle") };
}

/** Step two of signing in. Only a half-signed-in session (password accepted, code owed) gets here. */
async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const user = await getPendingUser();
  if (!user) {
    const signedIn = await getCurrentUser();
    redirect(signedIn ? homeFor(signedIn.role) : "/login");
  }
  const status = await getTwoFactorStatus(user);
  if (!status.enrolled && status.required) redirect("/two-factor/setup");
  const [{ next }, t] = await Promise.all([searchParams, getTranslations("twoFactor")]);
  return (
    <Card className="w-full max-w-md">
      <h1 className="text-2xl font-semibold">{t("verifyTitle")}</h1>
      {status.enrolled ? (
        <>
          <p className="mt-2 text-sm text-ink-muted">{t("verifyIntro")}</p>
          <TwoFactorCodeForm next={typeof next === "string" ? next : undefined} />
        </>
      ) : (
        <p className="mt-2 text-sm text-ink-muted">{t("signInAgain")}</p>
      )}
      <div className="mt-4">
        <SignOutButton label={t("cancelSignIn")} />
      </div>
    </Card>
  );
}

export default withClientMessages(["twoFactor"], TwoFactorPage);
