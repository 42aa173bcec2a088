import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/auth/password-form";
import { TwoFactorSettings } from "@/components/auth/two-factor-settings";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { homeFor, isStaff } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("password"))("title") };
}

async function PasswordPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const user = await requireUser();
  const { changed } = await searchParams;
  const t = await getTranslations();
  return (
    <Card className="w-full max-w-md">
      <h1 className="text-2xl font-semibold">{t("password.title")}</h1>
      <p className="mt-2 text-sm text-ink-muted">{t("password.intro", { min: MIN_PASSWORD_LENGTH })}</p>
      {changed === "1" ? (
        <div className="mt-4">
          <FormMessage tone="success">{t("password.changed")}</FormMessage>
        </div>
      ) : null}
      <PasswordForm />
      {isStaff(user.role) ? <TwoFactorSettings user={user} /> : null}
      <Link href={homeFor(user.role)} className="mt-4 inline-block text-brand-700 underline">
        {t("common.backHome")}
      </Link>
    </Card>
  );
}

export default withClientMessages(["password", "twoFactor"], PasswordPage);
