import { analyticsSearch, monthWithin, type AnalyticsQuery, type OutcomeSlice } from "./query";
import { withOutcome } from "./outcome-href";
import type { Dimension } from "./sections";

export const ENTRIES_PATH = "/supervision/analytics/entries";

/**
 * The link to the entries behind one figure: the report's own range and filters, narrowed to the
 * figure's row (a creditor, a request type, a channel, a counsellor or a month) and outcome slice.
 * Null where no filter can express the row (entries with no counsellor recorded).
 */
export function drillHref(query: AnalyticsQuery, dimension: Dimension | "total", key: string, slice: OutcomeSlice | null, today: string): string | null {
  const row = rowDrillHref(query, dimension, key, today);
  return row === null ? null : withOutcome(row, slice);
}

/** The link to every entry behind one row of a figure table, before narrowing to an outcome. */
export function rowDrillHref(query: AnalyticsQuery, dimension: Dimension | "total", key: string, today: string): string | null {
  const next: AnalyticsQuery = { ...query, outcome: null, page: 1 };
  switch (dimension) {
    case "creditor":
      next.creditorId = key;
      break;
    case "type":
      next.requestType = key as AnalyticsQuery["requestType"];
      break;
    case "channel":
      next.channel = key as AnalyticsQuery["channel"];
      break;
    case "counsellor":
      if (!key) return null;
      next.counsellorId = key;
      break;
    case "month":
      Object.assign(next, monthWithin(key, query));
      break;
    case "total":
      break;
  }
  // The entries page reads the same parameters with the same default range.
  return `${ENTRIES_PATH}${analyticsSearch(next, today)}`;
}
