import { numberFormat } from "@/lib/i18n/formats";
import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { figureText, majorUnits } from "@/lib/analytics/csv";
import { drillHref } from "@/lib/analytics/drill";
import type { FigureRow } from "@/lib/analytics/figures";
import type { AnalyticsQuery, OutcomeSlice } from "@/lib/analytics/query";
import { formatMoney, isCurrencyCode } from "@/lib/finance/money";

type Props = { total: FigureRow; waived: { currency: string; interest: number; penalty: number }[]; query: AnalyticsQuery; today: string; currency: string };

/** The headline figures for the whole selection, as a description list (label → value). */
export async function FigureSummary({ total, waived, query, today, currency }: Props) {
  const [t, locale] = await Promise.all([getTranslations("supervision.analytics"), getLocale()]);
  const format = numberFormat(locale);
  const text = figureText(total, locale);
  const money = (amount: number, currency: string) => (isCurrencyCode(currency) ? formatMoney(amount, currency, locale === "zh-CN" ? "zh-CN" : "en") : `${majorUnits(amount, currency)} ${currency}`);
  const count = (value: number, slice: OutcomeSlice | null) => {
    const href = value > 0 ? drillHref(query, "total", "", slice, today) : null;
    return href ? (
      <Link href={href} className="text-brand-700 underline">
        {format.format(value)}
      </Link>
    ) : (
      format.format(value)
    );
  };
  const items: [string, ReactNode][] = [
    [t("requests"), count(total.requests, null)],
    [t("decided"), count(total.decided, "decided")],
    [t("agreed"), count(total.agreed, "agreed")],
    [t("partial"), count(total.partial, "partially_agreed")],
    [t("rejected"), count(total.rejected, "rejected")],
    [t("rate"), text.tooFew ? t("tooFew", { n: text.n }) : t("rateWithN", { rate: text.rate ?? "", n: text.n })],
    [t("medianDays"), text.median === null ? t("noAgreements") : t("daysWithN", { days: text.median, n: text.medianN })],
    [t("monthsGranted"), format.format(total.monthsGranted)],
    [t("interestWaived"), waived.length ? waived.map((w) => money(w.interest, w.currency)).join(" · ") : money(0, currency)],
    [t("penaltyWaived"), waived.length ? waived.map((w) => money(w.penalty, w.currency)).join(" · ") : money(0, currency)],
  ];
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5" data-testid="analytics-summary">
      {items.map(([label, value]) => (
        <div key={label} className="rounded-[var(--radius-card)] border border-line bg-surface p-4">
          <dt className="text-sm text-ink-muted">{label}</dt>
          <dd className="mt-1 text-lg font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
