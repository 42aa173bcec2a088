import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EntriesTable } from "@/components/supervision/entries-table";
import { SliceSummary } from "@/components/supervision/slice-summary";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { analyticsSearch } from "@/lib/analytics/query";
import { requireArea } from "@/lib/auth/session";
import { ENTRIES_PAGE_SIZE, listAnalyticsEntries } from "@/lib/dal/analytics-entries";
import { analyticsContext } from "@/lib/dal/analytics-scope";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision.analytics"))("entriesTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The entries behind one figure of the analytics page: same range, filters and counting rule. */
export default async function AnalyticsEntriesPage({ searchParams }: Props) {
  const user = await requireArea("supervision");
  const params = await searchParams;
  const { settings, today, query } = await analyticsContext(params);
  const [t, locale, page] = await Promise.all([getTranslations("supervision.analytics"), getLocale(), listAnalyticsEntries(user, query, settings.timeZone)]);
  const back = `/supervision/analytics${analyticsSearch({ ...query, outcome: null, page: 1 }, today)}`;
  const pageCount = Math.max(1, Math.ceil(page.total / ENTRIES_PAGE_SIZE));
  const canonical = Object.fromEntries(new URLSearchParams(analyticsSearch({ ...query, page: 1 }, today).slice(1)));
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("entriesTitle")}
        breadcrumbs={[{ label: t("title"), href: back }, { label: t("entriesTitle") }]}
        description={t("entriesIntro")}
      />
      <SliceSummary
        query={query}
        total={page.total}
        capped={page.capped}
        names={{ creditor: page.rows[0] ? (locale === "zh-CN" ? page.rows[0].creditorNameZh : page.rows[0].creditorNameEn) : undefined, counsellor: page.rows[0]?.counsellorName ?? undefined }}
      />
      {page.rows.length === 0 ? (
        <EmptyState title={t("entriesEmpty")} />
      ) : (
        <EntriesTable rows={page.rows} timeZone={settings.timeZone} locale={locale} />
      )}
      <Pagination page={query.page} pageCount={pageCount} pathname="/supervision/analytics/entries" searchParams={canonical} />
    </div>
  );
}
