import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PortalHeader } from "@/components/layout/portal-header";
import { PortalNav } from "@/components/layout/portal-nav";
import { SkipLink } from "@/components/layout/skip-link";
import { requireArea } from "@/lib/auth/session";

// Mobile first: one column, 44 px targets, nothing wider than a 360 px screen.
export default async function PortalLayout({ children }: { children: ReactNode }) {
  await requireArea("portal");
  const t = await getTranslations("shell");
  return (
    <>
      <SkipLink />
      <div className="flex min-h-screen flex-col">
        <PortalHeader />
        <PortalNav />
        <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-6 text-base">
          {children}
        </main>
        <footer className="border-t border-line bg-surface">
          <p className="mx-auto max-w-2xl px-4 py-4 text-sm text-ink-muted">{t("calmNote")}</p>
        </footer>
      </div>
    </>
  );
}
