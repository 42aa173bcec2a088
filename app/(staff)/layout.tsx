import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/layout/app-header";
import { StaffNav } from "@/components/layout/staff-nav";
import { requireArea } from "@/lib/auth/session";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await requireArea("staff");
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("skipToContent")}
      </a>
      <AppHeader user={user} />
      <div className="flex flex-1 flex-col md:flex-row">
        <StaffNav user={user} />
        <main id="main" className="flex-1 p-4 sm:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
