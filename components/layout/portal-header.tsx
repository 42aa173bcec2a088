import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/session";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import { Button } from "@/components/ui/button";

/** The client portal's top bar, laid out for a 360 px phone first: it wraps rather than scrolls. */
export async function PortalHeader() {
  const t = await getTranslations("common");
  return (
    <header className="border-t-4 border-brand-600 bg-surface">
      <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-2">
        <Link href="/portal" className="flex min-h-touch items-center rounded-[var(--radius-control)] text-base font-semibold text-brand-800">
          {t("appName")}
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <LocaleSwitcher />
          <form action={signOutAction}>
            <Button type="submit" variant="secondary" size="lg">
              {t("signOut")}
            </Button>
          </form>
        </div>
      </div>
    </header>
  );
}
