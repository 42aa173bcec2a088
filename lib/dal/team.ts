import "server-only";
import { and, asc, eq, gte, inArray, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { agreedOutcomes, clients, clientStatuses, documents, negotiationEntries as NE, unconfirmedAgreements, users, type ClientStatus } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { visibleClients } from "./access";
import { assertCanReassign } from "./client-access";
import { countOverdueReviewsByCounsellor } from "./reviews";

export type TeamRow = {
  counsellorId: string;
  name: string;
  /** false: deactivated, listed only while open cases are still assigned to them (to be reassigned). */
  active: boolean;
  supervisorName: string | null;
  open: Partial<Record<ClientStatus, number>>;
  openTotal: number;
  overdueReviews: number;
  documentsWaiting: number;
  agreementsThisMonth: number;
  unconfirmedAgreements: number;
};

const supervisor = alias(users, "supervisor");
const NOT_CORRECTED = sql`NOT EXISTS (SELECT 1 FROM negotiation_entries tc WHERE tc.corrects_entry_id = ${NE.id})`;

/** counsellor id → count, over the clients the user may see (each query is one GROUP BY). */
async function countBy(query: Promise<{ counsellorId: string; n: number }[]>): Promise<Map<string, number>> {
  return new Map((await query).map((r) => [r.counsellorId, Number(r.n)]));
}

/**
 * The team overview: per counsellor the open cases by status, overdue reviews, documents waiting for
 * review, agreements logged this month and oral agreements still unconfirmed. A supervisor sees their
 * own counsellors, an admin every counsellor; deactivated ones only while open cases are still assigned
 * to them, so those cases are found and reassigned. Counsellors and clients get a 404.
 */
export async function getTeamOverview(user: SessionUser, today: string, monthStart: Date): Promise<TeamRow[]> {
  assertCanReassign(user);
  const holdsOpenCases = sql`EXISTS (SELECT 1 FROM clients held WHERE held.counsellor_id = ${users.id} AND held.status <> 'closed')`;
  const counsellorWhere = and(
    eq(users.role, "counsellor"),
    or(eq(users.active, true), holdsOpenCases),
    user.role === "supervisor" ? eq(users.supervisorId, user.id) : undefined,
  );
  const n = sql<number>`count(*)::int`;
  const [team, statuses, waiting, agreed, unconfirmed, overdue] = await Promise.all([
    db()
      .select({ id: users.id, name: users.name, active: users.active, supervisorName: supervisor.name })
      .from(users)
      .leftJoin(supervisor, eq(supervisor.id, users.supervisorId))
      .where(counsellorWhere)
      .orderBy(asc(supervisor.name), asc(users.name)),
    db()
      .select({ counsellorId: clients.counsellorId, status: clients.status, n })
      .from(clients)
      .where(and(visibleClients(user), ne(clients.status, "closed")))
      .groupBy(clients.counsellorId, clients.status),
    countBy(
      db()
        .select({ counsellorId: clients.counsellorId, n })
        .from(documents)
        .innerJoin(clients, eq(clients.id, documents.clientId))
        .where(and(visibleClients(user), eq(documents.reviewStatus, "pending"), isNull(documents.deletedAt)))
        .groupBy(clients.counsellorId),
    ),
    countBy(
      db()
        // Credited to the counsellor who negotiated it (the entry's), as outcome analytics does, not to
        // whoever holds the case now: a reassignment does not move last week's agreements.
        .select({ counsellorId: sql<string>`${NE.counsellorId}`, n })
        .from(NE)
        .innerJoin(clients, eq(clients.id, NE.clientId))
        .where(and(visibleClients(user), inArray(NE.outcome, [...agreedOutcomes]), gte(NE.contactedAt, monthStart), NOT_CORRECTED, isNotNull(NE.counsellorId)))
        .groupBy(NE.counsellorId),
    ),
    countBy(
      db()
        .select({ counsellorId: clients.counsellorId, n })
        .from(unconfirmedAgreements)
        .innerJoin(clients, eq(clients.id, unconfirmedAgreements.clientId))
        .where(and(visibleClients(user), ne(clients.status, "closed")))
        .groupBy(clients.counsellorId),
    ),
    countOverdueReviewsByCounsellor(user, today),
  ]);
  return team.map((c) => {
    const open: Partial<Record<ClientStatus, number>> = {};
    for (const row of statuses) if (row.counsellorId === c.id) open[row.status] = Number(row.n);
    return {
      counsellorId: c.id,
      name: c.name,
      active: c.active,
      supervisorName: c.supervisorName,
      open,
      openTotal: clientStatuses.reduce((sum, s) => sum + (open[s] ?? 0), 0),
      overdueReviews: overdue.get(c.id) ?? 0,
      documentsWaiting: waiting.get(c.id) ?? 0,
      agreementsThisMonth: agreed.get(c.id) ?? 0,
      unconfirmedAgreements: unconfirmed.get(c.id) ?? 0,
    };
  });
}

/** A counsellor's open clients, for picking whom to reassign (bounded: a caseload, not a table scan). */
export async function listReassignableClients(user: SessionUser, counsellorId: string) {
  assertCanReassign(user);
  return db()
    .select({ id: clients.id, fullName: clients.fullName, reference: clients.reference, status: clients.status })
    .from(clients)
    .where(and(visibleClients(user), eq(clients.counsellorId, counsellorId), ne(clients.status, "closed")))
    .orderBy(asc(clients.fullName))
    .limit(500);
}
