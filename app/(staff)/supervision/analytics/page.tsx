import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AnalyticsFilters } from "@/components/supervision/analytics-filters";
import { ChartSection } from "@/components/supervision/chart-section";
import { FigureSummary } from "@/components/supervision/figure-summary";
import { FigureTable } from "@/components/supervision/figure-table";
import { OutcomesChart, RateChart } from "@/components/supervision/charts";
import { Card, CardHeader } from "@/components/ui/card";
import { FileLinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { agreementRate, byRateAscending, type FigureRow } from "@/lib/analytics/figures";
import { analyticsSearch } from "@/lib/analytics/query";
import { sharedLabelledSections } from "@/lib/analytics/sections";
import { requireArea } from "@/lib/auth/session";
import { getOutcomeReport } from "@/lib/dal/analytics";
import { analyticsContext } from "@/lib/dal/analytics-scope";
import { listAssignableCounsellors } from "@/lib/dal/client-access";
import { listCreditors } from "@/lib/dal/creditors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision.analytics"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ratePoints = (rows: FigureRow[]) =>
  byRateAscending(rows)
    .map((row) => ({ row, rate: agreementRate(row) }))
    .filter(({ rate }) => !rate.tooFew)
    .map(({ row, rate }) => ({ label: row.label, rate: rate.percent ?? 0, n: rate.n }));

const withAllCounsellors = (search: string) => `${search ? `${search}&` : "?"}counsellors=all`;

/** Above this many counsellors (an agency-wide view) the table starts with those who agree least often. */
const COUNSELLOR_ROWS = 25;

export default async function AnalyticsPage({ searchParams }: Props) {
  const user = await requireArea("supervision");
  const params = await searchParams;
  const { settings, today, query } = await analyticsContext(params);
  const allCounsellors = params.counsellors === "all";
  const filters = { ...query, outcome: null, page: 1 };
  const locale = await getLocale();
  const [t, report, counsellors, creditors] = await Promise.all([
    getTranslations(),
    getOutcomeReport(user, filters, settings.timeZone, locale),
    listAssignableCounsellors(user),
    listCreditors(user),
  ]);
  const sections = sharedLabelledSections(report, t, locale);
  const section = (dimension: string) => sections.find((s) => s.dimension === dimension)!;
  const creditorOptions = creditors.map((c) => ({ id: c.id, name: locale === "zh-CN" ? c.nameZh : c.nameEn }));
  const s = (key: string) => t(`supervision.analytics.${key}`);
  const byCounsellor = section("counsellor").rows;
  const counsellorRows = allCounsellors || byCounsellor.length <= COUNSELLOR_ROWS ? byCounsellor : byRateAscending(byCounsellor).slice(0, COUNSELLOR_ROWS);
  return (
    <div className="space-y-6">
      <PageHeader
        title={s("title")}
        description={t(user.role === "admin" ? "supervision.analytics.introAll" : "supervision.analytics.introTeam")}
        actions={
          <FileLinkButton href={`/api/supervision/analytics/export${analyticsSearch(filters, today)}`}>
            {s("export")}
          </FileLinkButton>
        }
      />
      <AnalyticsFilters query={filters} counsellors={counsellors} creditors={creditorOptions} action="/supervision/analytics" />
      <p className="text-sm text-ink-muted">{t("supervision.analytics.rules", { min: 5, timeZone: settings.timeZone })}</p>
      <FigureSummary total={report.total} waived={report.waived} query={filters} today={today} currency={settings.currency} />
      {report.total.requests === 0 ? (
        <p className="rounded-[var(--radius-card)] border border-dashed border-line-strong bg-surface p-6 text-center">{s("empty")}</p>
      ) : null}
      <ChartSection id="by-creditor" title={section("creditor").title} note={s("chartNote")}>
        <RateChart data={ratePoints(section("creditor").rows)} label={section("creditor").title} valueLabel={s("rate")} />
        <FigureTable caption={section("creditor").title} dimension="creditor" rows={byRateAscending(section("creditor").rows)} query={filters} today={today} />
      </ChartSection>
      <ChartSection id="by-type" title={section("type").title} note={s("chartNote")}>
        <RateChart data={ratePoints(section("type").rows)} label={section("type").title} valueLabel={s("rate")} />
        <FigureTable caption={section("type").title} dimension="type" rows={byRateAscending(section("type").rows)} query={filters} today={today} />
      </ChartSection>
      <ChartSection id="by-month" title={section("month").title}>
        <OutcomesChart
          data={section("month").rows.map((r) => ({ label: r.label, agreed: r.agreed, partial: r.partial, rejected: r.rejected, open: r.requests - r.decided }))}
          label={section("month").title}
          names={{ agreed: s("agreed"), partial: s("partial"), rejected: s("rejected"), open: s("undecided") }}
        />
        <FigureTable caption={section("month").title} dimension="month" rows={section("month").rows} query={filters} today={today} />
      </ChartSection>
      <Card aria-labelledby="by-channel-heading" className="space-y-3">
        <CardHeader id="by-channel-heading" title={section("channel").title} />
        <FigureTable caption={section("channel").title} dimension="channel" rows={section("channel").rows} query={filters} today={today} />
      </Card>
      <Card aria-labelledby="by-counsellor-heading" className="space-y-3">
        <CardHeader id="by-counsellor-heading" title={section("counsellor").title} />
        {counsellorRows.length < section("counsellor").rows.length ? (
          <p className="text-sm text-ink-muted">
            {t("supervision.analytics.counsellorsShown", { shown: counsellorRows.length, count: section("counsellor").rows.length })}{" "}
            <a href={`/supervision/analytics${withAllCounsellors(analyticsSearch(filters, today))}#by-counsellor-heading`} className="font-medium text-brand-700 underline">
              {t("supervision.analytics.showAllCounsellors", { count: section("counsellor").rows.length })}
            </a>
          </p>
        ) : null}
        <FigureTable caption={section("counsellor").title} dimension="counsellor" rows={counsellorRows} query={filters} today={today} />
      </Card>
    </div>
  );
}
