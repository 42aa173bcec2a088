import { dateFormat } from "@/lib/i18n/formats";
import { rememberPer } from "@/lib/memo";
import type { FigureRow } from "./figures";

export const dimensions = ["creditor", "type", "channel", "counsellor", "month"] as const;
export type Dimension = (typeof dimensions)[number];

export type ReportShape = { total: FigureRow; groups: Record<Dimension, FigureRow[]> };
type Translate = (key: string) => string;

export function monthLabel(month: string, locale: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return dateFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/**
 * The report with every label in the reader's language, in screen order. `t` is rooted at the
 * catalogue top: request types and channels reuse the negotiation log's names.
 */
export function labelledSections(report: ReportShape, t: Translate, locale: string): { dimension: Dimension | "total"; title: string; rows: FigureRow[] }[] {
  const label = (dimension: Dimension, row: FigureRow): string => {
    if (dimension === "type") return t(`negotiations.requestTypes.${row.key}`);
    if (dimension === "channel") return t(`negotiations.channels.${row.key}`);
    if (dimension === "month") return monthLabel(row.key, locale);
    if (dimension === "counsellor" && row.key === "") return t("supervision.analytics.unassigned");
    return row.label;
  };
  return [
    { dimension: "total", title: t("supervision.analytics.sections.total"), rows: [{ ...report.total, label: t("supervision.analytics.allRequests") }] },
    ...dimensions.map((dimension) => ({
      dimension,
      title: t(`supervision.analytics.sections.${dimension}`),
      rows: report.groups[dimension].map((row) => ({ ...row, label: label(dimension, row) })),
    })),
  ];
}

type Sections = ReturnType<typeof labelledSections>;
const labelledByReport = new WeakMap<ReportShape, Map<string, Sections>>();

/**
 * `labelledSections` remembered per report object and locale. A report comes from the analytics
 * cache (one object per generation and filters), so every reader of the same figures in the same
 * language gets the same row objects, and the figure tables can remember their cells per row.
 */
export function sharedLabelledSections(report: ReportShape, t: Translate, locale: string): Sections {
  return rememberPer(labelledByReport, report, locale, () => labelledSections(report, t, locale));
}
