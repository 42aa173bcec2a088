import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import { SkipLink } from "@/components/layout/skip-link";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <>
      <SkipLink />
      <div className="flex min-h-screen flex-col">
        <header className="border-t-4 border-b border-brand-600 border-b-line bg-surface">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3 sm:px-6">
            <p className="flex flex-col">
              <span className="text-lg font-semibold text-brand-800">{t("appName")}</span>
              <span className="text-sm text-ink-muted">{t("tagline")}</span>
            </p>
            <LocaleSwitcher />
          </div>
        </header>
        <main id="main" className="flex flex-1 items-start justify-center px-4 py-8 sm:py-14">
          {children}
        </main>
      </div>
    </>
  );
}
