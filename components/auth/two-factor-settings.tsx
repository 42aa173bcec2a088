import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/link-button";
import type { SessionUser } from "@/lib/auth/permissions";
import { getTwoFactorStatus } from "@/lib/dal/two-factor";
import { TwoFactorDisableForm } from "./two-factor-disable-form";

/** The account page's two-step sign-in section: required for admins and supervisors, opt-in otherwise. */
export async function TwoFactorSettings({ user }: { user: SessionUser }) {
  const [t, status] = await Promise.all([getTranslations("twoFactor"), getTwoFactorStatus(user)]);
  return (
    <section aria-labelledby="two-factor-heading" className="mt-8 border-t border-line pt-6">
      <h2 id="two-factor-heading" className="flex items-center gap-2 text-lg font-semibold">
        {t("settingsTitle")}
        <Badge tone={status.enrolled ? "success" : "neutral"}>{status.enrolled ? t("on") : t("off")}</Badge>
      </h2>
      <p className="mt-2 text-sm text-ink-muted">{status.required ? t("requiredForRole") : t("settingsIntro")}</p>
      {status.enrolled ? (
        <>
          <p className="mt-2 text-sm">{t("recoveryLeft", { count: status.recoveryCodesLeft })}</p>
          {status.required ? null : <TwoFactorDisableForm />}
        </>
      ) : (
        <LinkButton href="/two-factor/setup" variant="secondary" className="mt-3">
          {t("setUp")}
        </LinkButton>
      )}
    </section>
  );
}
