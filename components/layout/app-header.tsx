import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/session";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import { Button } from "@/components/ui/button";
import type { SessionUser } from "@/lib/auth/permissions";
import { ClientSearch } from "./client-search";
import { NotificationBell } from "./notification-bell";

/** The staff top bar: client search, display language, who is signed in, sign out. */
export async function AppHeader({ user, search = true }: { user: SessionUser; search?: boolean }) {
  const t = await getTranslations();
  return (
    <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-line bg-surface px-4 py-2 sm:px-6">
      {search ? <ClientSearch className="order-last sm:order-none sm:flex-1" /> : <span className="flex-1" />}
      <div className="ml-auto flex flex-wrap items-center gap-x-3 gap-y-1">
        <NotificationBell />
        <LocaleSwitcher />
        <p className="text-sm text-ink-muted">
          <span className="sr-only">{t("shell.signedInAs")} </span>
          <span className="font-medium text-ink">{user.name}</span>
          <span aria-hidden="true"> · </span>
          <span className="sr-only">, </span>
          {t(`roles.${user.role}`)}
        </p>
        <form action={signOutAction}>
          <Button type="submit" variant="secondary">
            {t("common.signOut")}
          </Button>
        </form>
      </div>
    </header>
  );
}
