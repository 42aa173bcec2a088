import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { clients, creditors, negotiationEntries as NE, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import type { AnalyticsQuery } from "@/lib/analytics/query";
import { countedEntries } from "./analytics-scope";

export const ENTRIES_PAGE_SIZE = 50;
/** Counting stops here, so a drill-down on a large agency stays an index walk. */
export const ENTRIES_COUNT_CAP = 10_000;

/**
 * The entries behind one figure: the same counted entries as the report (latest of each correction
 * chain, same scope and filters) narrowed by the figure's slice, newest first, one page at a time.
 */
export async function listAnalyticsEntries(user: SessionUser, query: AnalyticsQuery, timeZone: string) {
  const where = countedEntries(user, query, timeZone);
  const bounded = db().select({ one: sql`1` }).from(NE).where(where).limit(ENTRIES_COUNT_CAP + 1).as("bounded");
  const [rows, [counted]] = await Promise.all([
    db()
      .select({
        id: NE.id,
        clientId: NE.clientId,
        clientName: clients.fullName,
        clientReference: clients.reference,
        debtId: NE.debtId,
        creditorNameEn: creditors.nameEn,
        creditorNameZh: creditors.nameZh,
        counsellorName: users.name,
        contactedAt: NE.contactedAt,
        channel: NE.channel,
        requestType: NE.requestType,
        outcome: NE.outcome,
        currency: NE.currency,
        grantedMonths: NE.grantedMonths,
        waivedInterest: NE.waivedInterest,
        waivedPenalty: NE.waivedPenalty,
        correctsEntryId: NE.correctsEntryId,
      })
      .from(NE)
      .innerJoin(clients, eq(clients.id, NE.clientId))
      .innerJoin(creditors, eq(creditors.id, NE.creditorId))
      .leftJoin(users, eq(users.id, NE.counsellorId))
      .where(where)
      .orderBy(desc(NE.contactedAt), desc(NE.id))
      .limit(ENTRIES_PAGE_SIZE)
      .offset((query.page - 1) * ENTRIES_PAGE_SIZE),
    db().select({ n: sql<number>`count(*)::int` }).from(bounded),
  ]);
  const n = Number(counted?.n ?? 0);
  return { rows, total: Math.min(n, ENTRIES_COUNT_CAP), capped: n > ENTRIES_COUNT_CAP };
}

export type AnalyticsEntry = Awaited<ReturnType<typeof listAnalyticsEntries>>["rows"][number];
