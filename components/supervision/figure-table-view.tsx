"use client";

import { useLocale } from "next-intl";
import { withOutcome } from "@/lib/analytics/outcome-href";
import type { OutcomeSlice } from "@/lib/analytics/query";
import { numberFormat } from "@/lib/i18n/formats";
import { SimpleTable } from "@/components/ui/simple-table";

/** One row of a figure table as the server sends it: counts as numbers, the rest already worded. */
export type FigureCells = {
  key: string;
  label: string;
  /** Every entry behind the row; null where no filter can express the row. */
  href: string | null;
  /** Requests, decided, agreed, partially agreed, rejected: in the order of `COUNT_SLICES`. */
  counts: number[];
  rate: string;
  /** The rate stands for too few outcomes to compare. */
  rateMuted: boolean;
  median: string;
  months: number;
};

/** The outcome slice each count column drills into. */
const COUNT_SLICES: (OutcomeSlice | null)[] = [null, "decided", "agreed", "partially_agreed", "rejected"];

type Props = {
  caption: string;
  /** Column headings: the row's name, the five counts, rate, median days, months granted. */
  headers: string[];
  rows: FigureCells[];
};

/**
 * The figures behind a chart, every non-zero count a link to the entries it counts. Rendered from
 * compact rows: a figure table of the whole agency holds hundreds of links, and sending them as
 * data (one link per row) instead of as a finished element tree halves what the page carries.
 */
export function FigureTableView({ caption, headers, rows }: Props) {
  const format = numberFormat(useLocale());
  const [item, ...rest] = headers;
  const countHeaders = rest.slice(0, COUNT_SLICES.length);
  const [rate, median, months] = rest.slice(COUNT_SLICES.length);
  return (
    <SimpleTable
      // Link styling and the figures' alignment once for the table, not on each of its hundreds of cells.
      className="[&_td]:text-right [&_td]:tabular-nums [&_td_a]:text-brand-700 [&_td_a]:underline [&_thead_th+th]:text-right"
      caption={caption}
      captionHidden
      rows={rows}
      rowKey={(row) => row.key || "none"}
      columns={[
        { key: "item", header: item, rowHeader: true, cell: (row) => row.label },
        ...COUNT_SLICES.map((slice, i) => ({
          key: slice ?? "requests",
          header: countHeaders[i],
          cell: (row: FigureCells) => {
            const n = row.counts[i] ?? 0;
            return n > 0 && row.href ? <a href={withOutcome(row.href, slice)}>{format.format(n)}</a> : format.format(n);
          },
        })),
        { key: "rate", header: rate, cell: (row) => (row.rateMuted ? <span className="text-ink-muted">{row.rate}</span> : row.rate) },
        { key: "median", header: median, cell: (row) => row.median },
        { key: "months", header: months, cell: (row) => format.format(row.months) },
      ]}
    />
  );
}
