import { useTranslations } from "next-intl";
import { Skeleton, SkeletonText } from "@/components/ui/skeleton";
import type { DashboardSection } from "@/lib/dashboard/sections";

/** A section's place while its items load: the real heading, grey lines, announced once as "Loading…". */
export function SectionSkeleton({ section }: { section: DashboardSection }) {
  const t = useTranslations();
  return (
    <div role="status" aria-live="polite" className="rounded-[var(--radius-card)] border border-line bg-surface p-5">
      <p className="text-lg font-semibold">{t(`dashboard.sections.${section}.title`)}</p>
      <span className="sr-only">{t("common.loading")}</span>
      <Skeleton className="mt-3 mb-3 h-4 w-1/3" />
      <SkeletonText lines={3} />
    </div>
  );
}
