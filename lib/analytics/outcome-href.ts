import type { OutcomeSlice } from "./query";

/**
 * A drill-down link narrowed to one outcome slice: the row's link plus `outcome=…`, which
 * `analyticsSearch` always writes last (a first page has no `page`). Kept free of imports so the
 * figure tables can build their cells' links in the browser from one link per row.
 */
export function withOutcome(rowHref: string, slice: OutcomeSlice | null): string {
  if (!slice) return rowHref;
  return `${rowHref}${rowHref.includes("?") ? "&" : "?"}outcome=${slice}`;
}
