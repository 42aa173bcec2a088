import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { figureText } from "@/lib/analytics/csv";
import { drillHref } from "@/lib/analytics/drill";
import type { FigureRow } from "@/lib/analytics/figures";
import type { AnalyticsQuery, OutcomeSlice } from "@/lib/analytics/query";
import type { Dimension } from "@/lib/analytics/sections";

type Props = { caption: string; dimension: Dimension | "total"; rows: FigureRow[]; query: AnalyticsQuery; today: string };

const numeric = "px-3 py-2 text-right tabular-nums";

/** The figures behind a chart as a table; every count links to the entries it counts. */
export async function FigureTable({ caption, dimension, rows, query, today }: Props) {
  const [t, locale] = await Promise.all([getTranslations("supervision.analytics"), getLocale()]);
  const format = new Intl.NumberFormat(locale);
  const cell = (row: FigureRow, value: number, slice: OutcomeSlice | null) => {
    const href = value > 0 ? drillHref(query, dimension, row.key, slice, today) : null;
    return (
      <td className={numeric}>
        {href ? (
          <Link href={href} prefetch={false} className="text-brand-700 underline">
            {format.format(value)}
          </Link>
        ) : (
          format.format(value)
        )}
      </td>
    );
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className="px-3 py-2">{t("item")}</th>
            <th scope="col" className={numeric}>{t("requests")}</th>
            <th scope="col" className={numeric}>{t("decided")}</th>
            <th scope="col" className={numeric}>{t("agreed")}</th>
            <th scope="col" className={numeric}>{t("partial")}</th>
            <th scope="col" className={numeric}>{t("rejected")}</th>
            <th scope="col" className={numeric}>{t("rate")}</th>
            <th scope="col" className={numeric}>{t("medianDays")}</th>
            <th scope="col" className={numeric}>{t("monthsGranted")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const text = figureText(row, locale);
            return (
              <tr key={row.key || "none"} className="border-b border-line last:border-0">
                <th scope="row" className="px-3 py-2 font-medium">{row.label}</th>
                {cell(row, row.requests, null)}
                {cell(row, row.decided, "decided")}
                {cell(row, row.agreed, "agreed")}
                {cell(row, row.partial, "partially_agreed")}
                {cell(row, row.rejected, "rejected")}
                <td className={numeric}>
                  {text.tooFew ? <span className="text-ink-muted">{t("tooFew", { n: text.n })}</span> : t("rateWithN", { rate: text.rate ?? "", n: text.n })}
                </td>
                <td className={numeric}>{text.median === null ? "—" : t("daysWithN", { days: text.median, n: text.medianN })}</td>
                <td className={numeric}>{format.format(row.monthsGranted)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
