import "server-only";
import { and, inArray, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { negotiationEntries, type NegotiationRequestType } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import { isUuid } from "./access";

/** Fewer past requests than this and no rate is shown: a handful of cases says nothing. */
export const MIN_HISTORY = 5;

export type LikelyOutcome = {
  n: number;
  /** Agreed or partially agreed, as a share of n (0–1); null below MIN_HISTORY. */
  agreementRate: number | null;
  /** Median months granted over the agreements that granted months; null below MIN_HISTORY or with none. */
  medianMonths: number | null;
};

/**
 * The agency's own record with each creditor, per request type: requests that got an answer (not
 * "pending"), counting a corrected entry only through its correction. Agency-wide aggregates, never
 * rows, so they are shown to any staff member whatever their caseload.
 */
export async function getLikelyOutcomes(user: SessionUser, creditorIds: string[]): Promise<Record<string, Partial<Record<NegotiationRequestType, LikelyOutcome>>>> {
  const ids = creditorIds.filter(isUuid);
  if (!isStaff(user.role) || ids.length === 0) return {};
  const rows = await db()
    .select({
      creditorId: negotiationEntries.creditorId,
      requestType: negotiationEntries.requestType,
      n: sql<number>`count(*)::int`,
      agreed: sql<number>`count(*) FILTER (WHERE ${negotiationEntries.outcome} IN ('agreed', 'partially_agreed'))::int`,
      medianMonths: sql<string | null>`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${negotiationEntries.grantedMonths}) FILTER (WHERE ${negotiationEntries.outcome} IN ('agreed', 'partially_agreed') AND ${negotiationEntries.grantedMonths} IS NOT NULL)`,
    })
    .from(negotiationEntries)
    .where(
      and(
        inArray(negotiationEntries.creditorId, ids),
        ne(negotiationEntries.outcome, "pending"),
        sql`NOT EXISTS (SELECT 1 FROM negotiation_entries c WHERE c.corrects_entry_id = ${negotiationEntries.id})`,
      ),
    )
    .groupBy(negotiationEntries.creditorId, negotiationEntries.requestType);
  const out: Record<string, Partial<Record<NegotiationRequestType, LikelyOutcome>>> = {};
  for (const row of rows) {
    const enough = row.n >= MIN_HISTORY;
    (out[row.creditorId] ??= {})[row.requestType] = {
      n: row.n,
      agreementRate: enough ? row.agreed / row.n : null,
      medianMonths: enough && row.medianMonths !== null ? Number(row.medianMonths) : null,
    };
  }
  return out;
}

