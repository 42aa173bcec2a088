import { numberFormat } from "@/lib/i18n/formats";
import { getLocale, getTranslations } from "next-intl/server";
import { figureText } from "@/lib/analytics/csv";
import { drillHref } from "@/lib/analytics/drill";
import type { FigureRow } from "@/lib/analytics/figures";
import type { AnalyticsQuery, OutcomeSlice } from "@/lib/analytics/query";
import type { Dimension } from "@/lib/analytics/sections";
import { SimpleTable, type SimpleColumn } from "@/components/ui/simple-table";

type Props = { caption: string; dimension: Dimension | "total"; rows: FigureRow[]; query: AnalyticsQuery; today: string };

/** The figures behind a chart as a table; every count links to the entries it counts. */
export async function FigureTable({ caption, dimension, rows, query, today }: Props) {
  const [t, locale] = await Promise.all([getTranslations("supervision.analytics"), getLocale()]);
  const format = numberFormat(locale);
  const count = (key: string, value: (row: FigureRow) => number, slice: OutcomeSlice | null): SimpleColumn<FigureRow> => ({
    key,
    header: t(key),
    align: "end",
    cell: (row) => {
      const n = value(row);
      const href = n > 0 ? drillHref(query, dimension, row.key, slice, today) : null;
      // A plain link, not next/link: the admin's tables hold a thousand of these, and each next/link is
      // a client component to serialise and render; a drill-down is a page load either way.
      return href ? (
        <a href={href}>
          {format.format(n)}
        </a>
      ) : (
        format.format(n)
      );
    },
  });
  return (
    <SimpleTable
      // Link styling once for the table: it has a link in most of its cells.
      className="[&_td_a]:text-brand-700 [&_td_a]:underline"
      caption={caption}
      captionHidden
      rows={rows}
      rowKey={(row) => row.key || "none"}
      columns={[
        { key: "item", header: t("item"), rowHeader: true, cell: (row) => row.label },
        count("requests", (row) => row.requests, null),
        count("decided", (row) => row.decided, "decided"),
        count("agreed", (row) => row.agreed, "agreed"),
        count("partial", (row) => row.partial, "partially_agreed"),
        count("rejected", (row) => row.rejected, "rejected"),
        {
          key: "rate",
          header: t("rate"),
          align: "end",
          cell: (row) => {
            const text = figureText(row, locale);
            return text.tooFew ? <span className="text-ink-muted">{t("tooFew", { n: text.n })}</span> : t("rateWithN", { rate: text.rate ?? "", n: text.n });
          },
        },
        {
          key: "median",
          header: t("medianDays"),
          align: "end",
          cell: (row) => {
            const text = figureText(row, locale);
            return text.median === null ? "—" : t("daysWithN", { days: text.median, n: text.medianN });
          },
        },
        { key: "months", header: t("monthsGranted"), align: "end", cell: (row) => format.format(row.monthsGranted) },
      ]}
    />
  );
}
