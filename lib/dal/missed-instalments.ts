import "server-only";
import { and, asc, eq, gt, inArray, lt, ne, notExists, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { clients, creditors, debts, instalments, repaymentPlans } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import { SECTION_CAP } from "@/lib/dashboard/sections";
import { openClientIds, visibleClientOf } from "./access";
import { agencyToday } from "./debts";
import { sectionCut } from "./section-cut";

const newer = alias(repaymentPlans, "newer");

/**
 * Instalments recorded as missed, or past due and not fully paid, on active plans, and on broken
 * plans until a newer plan is agreed on the same debt (the renegotiation replaced it; a broken plan
 * takes no more payments, so nothing else would ever take them off): for the dashboard and the daily
 * job's "instalment missed" notifications. Picked on the visible clients' plans first
 * (`openClientIds`: the open cases' plans, then each plan's unpaid instalments on a partial index),
 * ordered and cut to SECTION_CAP; only those shown (`limit`, see `sectionCut`) are joined to the
 * client's and creditor's names; `total` says how many there are (up to SECTION_CAP). Starting from
 * the instalments had walked every missed instalment of the agency and dropped other counsellors'
 * (10 ms at 100,000 clients, and growing with the agency rather than the caseload).
 */
export async function listMissedInstalments(user: SessionUser, limit = SECTION_CAP) {
  if (!isStaff(user.role)) return [];
  const today = await agencyToday();
  const picked = db()
    .$with("picked")
    .as(
      db()
        .select({
          id: instalments.id,
          planId: instalments.planId,
          number: instalments.number,
          dueDate: instalments.dueDate,
          amountDue: instalments.amountDue,
          amountPaid: instalments.amountPaid,
          status: instalments.status,
          currency: repaymentPlans.currency,
          clientId: repaymentPlans.clientId,
          debtId: repaymentPlans.debtId,
        })
        .from(repaymentPlans)
        .innerJoin(instalments, eq(instalments.planId, repaymentPlans.id))
        .where(
          and(
            openClientIds(repaymentPlans.clientId, user),
            or(
              eq(repaymentPlans.status, "active"),
              and(
                eq(repaymentPlans.status, "broken"),
                // Probed on the plans' debt index, only for broken plans: a debt has a handful of plans.
                notExists(db().select({ one: sql`1` }).from(newer).where(and(eq(newer.debtId, repaymentPlans.debtId), gt(newer.createdAt, repaymentPlans.createdAt)))),
              ),
            ),
            // Implied by the next condition; stated so the partial index of unpaid instalments applies.
            ne(instalments.status, "paid"),
            or(eq(instalments.status, "missed"), and(inArray(instalments.status, ["due", "partly_paid"]), lt(instalments.dueDate, today))),
          ),
        )
        .orderBy(asc(instalments.dueDate), asc(instalments.id))
        .limit(SECTION_CAP),
    );
  const cut = sectionCut(picked, picked.dueDate, picked.id, limit);
  return db()
    .with(picked)
    .select({
      id: picked.id,
      planId: picked.planId,
      number: picked.number,
      dueDate: picked.dueDate,
      amountDue: picked.amountDue,
      amountPaid: picked.amountPaid,
      status: picked.status,
      currency: picked.currency,
      clientId: picked.clientId,
      clientName: clients.fullName,
      creditorNameEn: creditors.nameEn,
      creditorNameZh: creditors.nameZh,
      total: cut.total,
    })
    .from(picked)
    .innerJoin(clients, visibleClientOf(picked.clientId, user))
    .innerJoin(debts, eq(debts.id, picked.debtId))
    .innerJoin(creditors, eq(creditors.id, debts.creditorId))
    .where(cut.shown)
    .orderBy(asc(picked.dueDate), asc(picked.id));
}
