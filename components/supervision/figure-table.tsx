import { getLocale, getTranslations } from "next-intl/server";
import { figureText } from "@/lib/analytics/csv";
import { rowDrillHref } from "@/lib/analytics/drill";
import type { FigureRow } from "@/lib/analytics/figures";
import type { AnalyticsQuery } from "@/lib/analytics/query";
import type { Dimension } from "@/lib/analytics/sections";
import { rememberPer } from "@/lib/memo";
import { FigureTableView, type FigureCells } from "./figure-table-view";

/**
 * A row's cells per locale, dimension, filters and day. Rows of a cached report are the same objects
 * for every reader (lib/analytics/sections.ts, sharedLabelledSections), so an agency-wide table's
 * wording and links are worked out once per report, not on every request.
 */
const cellsByRow = new WeakMap<FigureRow, Map<string, FigureCells>>();

type Props = { caption: string; dimension: Dimension | "total"; rows: FigureRow[]; query: AnalyticsQuery; today: string };

/** The figures behind a chart as a table; every count links to the entries it counts. */
export async function FigureTable({ caption, dimension, rows, query, today }: Props) {
  const [t, locale] = await Promise.all([getTranslations("supervision.analytics"), getLocale()]);
  const context = JSON.stringify([locale, dimension, query, today]);
  const cells = rows.map((row) => rememberPer(cellsByRow, row, context, () => rowCells(row)));
  const headers = ["item", "requests", "decided", "agreed", "partial", "rejected", "rate", "medianDays", "monthsGranted"].map((key) => t(key));
  return <FigureTableView caption={caption} headers={headers} rows={cells} />;

  function rowCells(row: FigureRow): FigureCells {
    const text = figureText(row, locale);
    return {
      key: row.key,
      label: row.label,
      href: rowDrillHref(query, dimension, row.key, today),
      counts: [row.requests, row.decided, row.agreed, row.partial, row.rejected],
      rate: text.tooFew ? t("tooFew", { n: text.n }) : t("rateWithN", { rate: text.rate ?? "", n: text.n }),
      rateMuted: text.tooFew,
      median: text.median === null ? "—" : t("daysWithN", { days: text.median, n: text.medianN }),
      months: row.monthsGranted,
    };
  }
}
