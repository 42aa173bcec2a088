import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/session";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import { Button } from "@/components/ui/button";
import type { SessionUser } from "@/lib/auth/permissions";

export async function AppHeader({ user }: { user: SessionUser }) {
  const t = await getTranslations();
  return (
    <header className="flex flex-wrap items-center justify-between gap-3 border-b border-line bg-surface px-4 py-3 sm:px-6">
      <span className="text-lg font-semibold text-brand-800">{t("common.appName")}</span>
      <div className="flex flex-wrap items-center gap-3">
        <LocaleSwitcher />
        <span className="text-sm text-ink-muted">
          <span className="font-medium text-ink">{user.name}</span> · {t(`roles.${user.role}`)}
        </span>
        <form action={signOutAction}>
          <Button type="submit" variant="secondary">
            {t("common.signOut")}
          </Button>
        </form>
      </div>
    </header>
  );
}
