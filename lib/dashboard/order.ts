import { compareText } from "@/lib/i18n/formats";

/** What every dashboard item carries, whatever its section. Dates are agency-calendar `yyyy-mm-dd`. */
export type Orderable = { id: string; clientName: string; dueOn: string | null; overdue: boolean };

/**
 * The dashboard's one ordering rule: overdue items first, the longest overdue at the top; then the
 * rest by date, soonest first; items with no date last; ties by client name, then id (stable pages).
 */
export function compareDueItems(a: Orderable, b: Orderable): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  const byName = compareText(a.clientName, b.clientName);
  if (byName !== 0) return byName;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function orderDueItems<T extends Orderable>(items: readonly T[]): T[] {
  return [...items].sort(compareDueItems);
}

/**
 * The first `limit` items in dashboard order and how many more there are. `total`: how many items
 * the section has in all, when `items` holds only its first ones (a collapsed section's read).
 * `capped`: the section is as long as the query allows (`cap`), so the counts are lower bounds.
 */
export function boundedSection<T extends Orderable>(items: readonly T[], limit: number, total = items.length, cap = Infinity): { shown: T[]; more: number; capped: boolean } {
  const ordered = orderDueItems(items);
  return { shown: ordered.slice(0, limit), more: Math.max(0, total - limit), capped: total >= cap };
}
