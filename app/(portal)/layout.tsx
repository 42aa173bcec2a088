import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { requireArea } from "@/lib/auth/session";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireArea("portal");
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader user={user} />
      <main id="main" className="mx-auto w-full max-w-2xl flex-1 p-4">
        {children}
      </main>
    </div>
  );
}
