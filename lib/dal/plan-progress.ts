import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { BROKEN_AFTER_MISSED, debts, instalments, repaymentPlans, type DebtStatus, type InstalmentStatus, type PlanStatus } from "@/db/schema";
import { NotFoundError } from "./errors";

/**
 * The first locks of every write to an instalment (recordPayment, reversePayment): its row and its
 * plan's, together, then the debt's (lockDebt). One order for all of them, so two such writes on one
 * plan wait for each other instead of deadlocking.
 */
export async function lockInstalment(tx: Transaction, clientId: string, instalmentId: string) {
  const [row] = await tx
    .select({
      id: instalments.id,
      planId: instalments.planId,
      dueDate: instalments.dueDate,
      amountDue: instalments.amountDue,
      amountPaid: instalments.amountPaid,
      status: instalments.status,
      planStatus: repaymentPlans.status,
      planCreatedAt: repaymentPlans.createdAt,
      currency: repaymentPlans.currency,
      debtId: repaymentPlans.debtId,
    })
    .from(instalments)
    .innerJoin(repaymentPlans, eq(repaymentPlans.id, instalments.planId))
    .where(and(eq(instalments.id, instalmentId), eq(repaymentPlans.clientId, clientId)))
    .limit(1)
    .for("update");
  if (!row) throw new NotFoundError("instalment");
  return row;
}

/** The debt's row, held (as its update would) until the transaction ends: its balance as it is now. */
export async function lockDebt(tx: Transaction, debtId: string) {
  const [debt] = await tx
    .select({ balance: debts.currentBalance, status: debts.status, overdueSince: debts.overdueSince })
    .from(debts)
    .where(eq(debts.id, debtId))
    .limit(1)
    .for("no key update");
  if (!debt) throw new NotFoundError("debt");
  return debt;
}

/** Completed when every instalment is paid, broken once BROKEN_AFTER_MISSED stand missed, else active. */
export async function planStatusOf(tx: Transaction, planId: string): Promise<Exclude<PlanStatus, "ended">> {
  const counts = await tx
    .select({ status: instalments.status, n: sql<number>`count(*)::int` })
    .from(instalments)
    .where(eq(instalments.planId, planId))
    .groupBy(instalments.status);
  const count = (s: InstalmentStatus) => counts.find((c) => c.status === s)?.n ?? 0;
  const all = counts.reduce((sum, c) => sum + c.n, 0);
  return count("paid") === all ? "completed" : count("missed") >= BROKEN_AFTER_MISSED ? "broken" : "active";
}

/** The debt's status once its plan has run its course: overdue after a broken plan, settled when nothing is owed. */
export function debtStatusAfterPlan(planStatus: "completed" | "broken", balance: number): DebtStatus {
  return planStatus === "broken" ? "overdue" : balance === 0 ? "settled" : "current";
}

/**
 * An instalment's figures from what is recorded against it, oldest first: the amounts paid add up, and
 * its status is what the last record made it (a miss, or paid / partly paid by the total so far), as
 * recordPayment set it when each was recorded. Nothing recorded: due.
 */
export function instalmentFrom(amountDue: number, records: { outcome: string; amount: number }[]): { amountPaid: number; status: InstalmentStatus } {
  const amountPaid = records.reduce((sum, r) => sum + r.amount, 0);
  const last = records.at(-1);
  if (!last) return { amountPaid, status: "due" };
  if (last.outcome === "missed") return { amountPaid, status: "missed" };
  return { amountPaid, status: amountPaid >= amountDue ? "paid" : amountPaid > 0 ? "partly_paid" : "due" };
}
