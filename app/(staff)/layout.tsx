import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { SkipLink } from "@/components/layout/skip-link";
import { StaffNav } from "@/components/layout/staff-nav";
import { requireArea } from "@/lib/auth/session";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await requireArea("staff");
  return (
    <>
      <SkipLink />
      <div className="flex min-h-screen flex-col md:flex-row">
        {/* The wrapper carries the colour down the whole column; the nav inside stays in view. */}
        <div className="bg-brand-900 md:w-sidebar md:shrink-0">
          <StaffNav user={user} />
        </div>
        <div className="flex min-w-0 flex-1 flex-col">
          <AppHeader user={user} />
          <main id="main" className="mx-auto w-full max-w-content flex-1 px-4 py-6 sm:px-6 lg:px-8">
            {children}
          </main>
        </div>
      </div>
    </>
  );
}
