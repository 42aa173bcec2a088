import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { alias, type SelectedFields } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { clients, creditors, debts, documentRequests, instalments, repaymentPlans, reviews, users } from "@/db/schema";
import type { DebtStatus } from "@/db/schema/debts";
import type { SessionUser } from "@/lib/auth/permissions";
import { visibleClients } from "./access";
import { agencyToday } from "./debts";

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

/** A debt as the portal shows it. */
export type PortalDebt = { id: string; creditorNameEn: string; creditorNameZh: string; product: string; currency: string; balance: number; status: DebtStatus };

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
    // A pause plan past its date has ended, though it is completed only when the plans are next read.
    activePlans: sql<number>`(SELECT count(*)::int FROM ${repaymentPlans} WHERE ${repaymentPlans.clientId} = ${clients.id} AND ${repaymentPlans.status} = 'active'
      AND NOT (${repaymentPlans.kind} = 'pause' AND ${repaymentPlans.pauseUntil} < ${await agencyToday()}::date))`,
    nextInstalment: sql<OwedInstalment | null>`(
      SELECT json_build_object('dueDate', ${instalments.dueDate}, 'amount', ${instalments.amountDue} - ${instalments.amountPaid}, 'currency', ${repaymentPlans.currency})
      FROM ${instalments} JOIN ${repaymentPlans} ON ${repaymentPlans.id} = ${instalments.planId}
      WHERE ${repaymentPlans.clientId} = ${clients.id} AND ${repaymentPlans.status} = 'active'
        AND ${instalments.status} <> 'paid' AND ${instalments.amountDue} > ${instalments.amountPaid}
      ORDER BY ${instalments.dueDate}, ${repaymentPlans.createdAt} DESC, ${instalments.number} LIMIT 1)`,
    nextReviewOn: sql<string | null>`(SELECT min(${reviews.dueOn})::text FROM ${reviews} WHERE ${reviews.clientId} = ${clients.id} AND ${reviews.status} = 'scheduled')`,
    // The client's debts as the counsellor last recorded them, largest balance first: only what the
    // portal shows (no account reference, rate or note leaves the server).
    debts: sql<PortalDebt[]>`(
      SELECT coalesce(json_agg(json_build_object('id', d.id, 'creditorNameEn', d.name_en, 'creditorNameZh', d.name_zh, 'product', d.product, 'currency', d.currency, 'balance', d.balance, 'status', d.status) ORDER BY d.balance DESC, d.name_en), '[]'::json)
      FROM (SELECT ${debts.id} AS id, ${creditors.nameEn} AS name_en, ${creditors.nameZh} AS name_zh, ${debts.product} AS product, ${debts.currency} AS currency, ${debts.currentBalance} AS balance, ${debts.status} AS status
            FROM ${debts} JOIN ${creditors} ON ${creditors.id} = ${debts.creditorId}
            WHERE ${debts.clientId} = ${clients.id}
            ORDER BY ${debts.currentBalance} DESC LIMIT 100) d)`,
  });
}

