import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias, type SelectedFields } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { clients, creditors, debts, documentRequests, instalments, repaymentPlans, reviews, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { visibleClients } from "./access";

const counsellor = alias(users, "counsellor");

const caseColumns = { reference: clients.reference, fullName: clients.fullName, status: clients.status, counsellorName: counsellor.name };

/** The signed-in client's own case row with `columns`; a client only ever reads their own. */
async function selectMyCase<T extends SelectedFields>(user: SessionUser, columns: T) {
  const [row] = await db()
    .select({ ...caseColumns, ...columns })
    .from(clients)
    .innerJoin(counsellor, eq(counsellor.id, clients.counsellorId))
    .where(and(visibleClients(user), eq(clients.portalUserId, user.id)))
    .limit(1);
  return row ?? null;
}

/** The signed-in client's own case; staff and other clients get nothing. */
export async function getMyCase(user: SessionUser) {
  if (user.role !== "client") return null;
  return selectMyCase(user, {});
}

/** The earliest instalment still owed on an active plan: its due day, what is left on it, in what currency. */
export type OwedInstalment = { dueDate: string; amount: number; currency: string };

/**
 * What the portal's home page shows of the signed-in client's case, in one statement: the case, the
 * number of open document requests and of active plans, the earliest instalment still owed on an
 * active plan, and the next scheduled review. The portal's own pages read the full lists; the home
 * page had read them all (every instalment and payment of every plan) to show these few figures.
 * Staff get null. A missed instalment on an active plan is still owed; on a tie of days the newest
 * plan's comes first, as the plans page lists them (lib/dal/portal.int.test.ts checks the figures
 * against the full lists).
 */
export async function getPortalSummary(user: SessionUser) {
  if (user.role !== "client") return null;
  return selectMyCase(user, {
    openRequests: sql<number>`(SELECT count(*)::int FROM ${documentRequests} WHERE ${documentRequests.clientId} = ${clients.id} AND ${documentRequests.status} = 'open')`,
    activePlans: sql<number>`(SELECT count(*)::int FROM ${repaymentPlans} WHERE ${repaymentPlans.clientId} = ${clients.id} AND ${repaymentPlans.status} = 'active')`,
    nextInstalment: sql<OwedInstalment | null>`(
      SELECT json_build_object('dueDate', ${instalments.dueDate}, 'amount', ${instalments.amountDue} - ${instalments.amountPaid}, 'currency', ${repaymentPlans.currency})
      FROM ${instalments} JOIN ${repaymentPlans} ON ${repaymentPlans.id} = ${instalments.planId}
      WHERE ${repaymentPlans.clientId} = ${clients.id} AND ${repaymentPlans.status} = 'active'
        AND ${instalments.status} <> 'paid' AND ${instalments.amountDue} > ${instalments.amountPaid}
      ORDER BY ${instalments.dueDate}, ${repaymentPlans.createdAt} DESC, ${instalments.number} LIMIT 1)`,
    nextReviewOn: sql<string | null>`(SELECT min(${reviews.dueOn})::text FROM ${reviews} WHERE ${reviews.clientId} = ${clients.id} AND ${reviews.status} = 'scheduled')`,
  });
}

/**
 * The signed-in client's own debts as the counsellor last recorded them: creditor, product, balance
 * and state, largest balance first. Only what the portal shows (no account references, rates or
 * notes); staff and other clients get nothing.
 */
export async function listMyDebts(user: SessionUser) {
  if (user.role !== "client") return [];
  return db()
    .select({
      id: debts.id,
      creditorNameEn: creditors.nameEn,
      creditorNameZh: creditors.nameZh,
      product: debts.product,
      currency: debts.currency,
      balance: debts.currentBalance,
      status: debts.status,
    })
    .from(debts)
    .innerJoin(clients, eq(clients.id, debts.clientId))
    .innerJoin(creditors, eq(creditors.id, debts.creditorId))
    .where(and(visibleClients(user), eq(clients.portalUserId, user.id)))
    .orderBy(desc(debts.currentBalance), asc(creditors.nameEn))
    .limit(100);
}
