import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { CaseStatusCard } from "@/components/dashboard/case-status-card";
import { DueSection } from "@/components/dashboard/due-section";
import { SectionSkeleton } from "@/components/dashboard/section-skeleton";
import { CorrectionsCard } from "@/components/supervision/corrections-card";
import { requireArea } from "@/lib/auth/session";
import { dashboardSections, isDashboardSection } from "@/lib/dashboard/sections";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

type Props = { searchParams: Promise<{ expand?: string | string[] }> };

async function DashboardPage({ searchParams }: Props) {
  const user = await requireArea("staff");
  const [t, params] = await Promise.all([getTranslations("dashboard"), searchParams]);
  const expand = isDashboardSection(params.expand) ? params.expand : null;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-ink-muted">{t("welcome", { name: user.name })}</p>
      </div>
      <CaseStatusCard user={user} />
      {/* Each section streams on its own: a slow list does not hold up the others. */}
      <div className="grid gap-6 lg:grid-cols-2">
        {dashboardSections.map((section) => (
          <Suspense key={section} fallback={<SectionSkeleton section={section} />}>
            <DueSection user={user} section={section} expanded={expand === section} />
          </Suspense>
        ))}
      </div>
      <CorrectionsCard user={user} />
    </div>
  );
}

export default withClientMessages(["supervision.reviews"], DashboardPage);
