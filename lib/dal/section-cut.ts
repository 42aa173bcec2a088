import "server-only";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { SECTION_CAP } from "@/lib/dashboard/sections";

/**
 * A dashboard section's candidates are picked in a CTE (`picked`): up to SECTION_CAP rows, ordered by
 * their date (`key`), then `id`. Only the rows a collapsed section can show are then joined to
 * names: the first `limit`, and every other candidate on the same agency day as the last of them —
 * the dashboard orders a day's items by client name, which the candidates do not carry yet. `total`
 * is the number of candidates (so "12 more", or "100+" when the cap was reached).
 *
 * `timeZone`: the key is an instant, whose agency day is its date in that zone; without it the key
 * is already an agency date.
 */
export function sectionCut(picked: SQLWrapper, key: SQLWrapper, id: SQLWrapper, limit: number, timeZone?: string): { shown: SQL | undefined; total: SQL<number> } {
  const total = sql<number>`(SELECT count(*)::int FROM ${picked})`.mapWith(Number);
  if (limit >= SECTION_CAP) return { shown: undefined, total };
  const day = timeZone ? sql`(${key} AT TIME ZONE ${timeZone})::date` : sql`${key}`;
  // The candidate at position `limit` (none when there are fewer): its day and all before it are shown.
  const edge = sql`(SELECT ${day} FROM ${picked} ORDER BY ${key}, ${id} OFFSET ${limit - 1} LIMIT 1)`;
  return { shown: sql`${day} <= COALESCE(${edge}, 'infinity'::date)`, total };
}
