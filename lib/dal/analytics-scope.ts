import "server-only";
import { and, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { negotiationEntries as NE } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { outcomesOf, parseAnalyticsQuery, type AnalyticsQuery } from "@/lib/analytics/query";
import { agencyDayRange, instantToAgencyDate } from "@/lib/validation/agency-time";
import { teamCounsellorIds } from "./access";
import { NotFoundError } from "./errors";
import { getAgencySettings } from "./settings";

/**
 * Who may read outcome analytics: supervisors (their team) and admins (everything). A counsellor, or
 * anyone else, gets the same 404 as a missing page.
 *
 * A supervisor's figures count the entries their counsellors logged (the entry's counsellor, as it
 * was at the time) on clients still in their team (the client's current counsellor, the rule of every
 * other screen), so the drill-down never lists a client the reader could not open. The first clause
 * is a range walk per team counsellor on the covering (counsellor_id, contacted_at) index; the second
 * a primary-key probe per row.
 */
export function analyticsScope(user: Pick<SessionUser, "id" | "role">): SQL {
  if (user.role === "admin") return sql`true`;
  if (user.role === "supervisor") {
    const team = teamCounsellorIds(user.id);
    return sql`(${NE.counsellorId} = ANY(${team}) AND EXISTS (SELECT 1 FROM clients vc WHERE vc.id = ${NE.clientId} AND vc.counsellor_id = ANY(${team})))`;
  }
  throw new NotFoundError("page");
}

/** The agency-day range as instants: [from 00:00, the day after `to` 00:00) in the agency's zone. */
export function rangeInstants(query: Pick<AnalyticsQuery, "from" | "to">, timeZone: string): { start: Date; end: Date } {
  return agencyDayRange(query.from, query.to, timeZone);
}

/**
 * The entries a figure counts. Corrections: a corrected entry is replaced by its correction, so only
 * the latest entry of a correction chain (one no other entry corrects) is counted, with its own date,
 * outcome and terms. The anti-join walks the unique index on corrects_entry_id.
 */
export function countedEntries(user: Pick<SessionUser, "id" | "role">, query: AnalyticsQuery, timeZone: string, outcome = query.outcome): SQL {
  const { start, end } = rangeInstants(query, timeZone);
  const where = and(
    gte(NE.contactedAt, start),
    lt(NE.contactedAt, end),
    // "IS NOT NULL" tells the planner only the few corrections take part: a small hash anti-join.
    sql`NOT EXISTS (SELECT 1 FROM negotiation_entries corr WHERE corr.corrects_entry_id = ${NE.id} AND corr.corrects_entry_id IS NOT NULL)`,
    analyticsScope(user),
    query.counsellorId ? eq(NE.counsellorId, query.counsellorId) : undefined,
    query.creditorId ? eq(NE.creditorId, query.creditorId) : undefined,
    query.requestType ? eq(NE.requestType, query.requestType) : undefined,
    query.channel ? eq(NE.channel, query.channel) : undefined,
    outcome ? inArray(NE.outcome, outcomesOf(outcome)) : undefined,
  );
  if (!where) throw new Error("empty analytics filter");
  return where;
}

/** The agency's zone, currency and today, and the query read from the URL against that today. */
export async function analyticsContext(params: Parameters<typeof parseAnalyticsQuery>[0]) {
  const settings = await getAgencySettings();
  const today = instantToAgencyDate(new Date(), settings.timeZone);
  return { settings, today, query: parseAnalyticsQuery(params, today) };
}
