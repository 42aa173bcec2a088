import "server-only";
import { and, asc, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { debts, instalments, payments, repaymentPlans, type DebtStatus } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import type { PaymentReversalInput } from "@/lib/validation/plans";
import { assertClientVisible } from "./access";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError } from "./errors";
import { debtStatusAfterPlan, instalmentFrom, lockDebt, lockInstalment, planStatusOf } from "./plan-progress";

/**
 * Undoes one payment or miss recorded in error (a wrong amount, the wrong instalment, a payment that
 * bounced). The row is kept, marked reversed with who, when and why; in the same transaction its
 * instalment is worked out again from the records that still stand, the debt gets back exactly what
 * the payment took off its balance, and the plan's status follows recordPayment's rules. Locks as
 * recordPayment does: instalment and plan, then the payment, then the debt.
 *
 * Refused (ConflictError, nothing written): a payment already reversed ("alreadyReversed"), and a
 * reversal that would make a completed or broken plan active again while another plan exists on the
 * debt that is newer or active ("newerPlan"): the debt would have two plans running, which
 * createPlan never allows. With no such plan, the closed plan is re-opened. A plan ended early stays
 * ended (only endPlan's reason ends one, and nothing re-opens it): the payment is reversed, the balance
 * restored, and the debt keeps the status it was given when the plan ended.
 */
export async function reversePayment(user: SessionUser, clientId: string, input: PaymentReversalInput): Promise<{ planStatus: string }> {
  if (!isStaff(user.role)) throw new NotFoundError("client");
  return db().transaction(async (tx) => {
    await assertClientVisible(user, clientId, tx);
    const [target] = await tx
      .select({ instalmentId: payments.instalmentId })
      .from(payments)
      .where(and(eq(payments.id, input.paymentId), eq(payments.clientId, clientId)))
      .limit(1);
    if (!target) throw new NotFoundError("payment");
    const row = await lockInstalment(tx, clientId, target.instalmentId);
    const [payment] = await tx.select().from(payments).where(eq(payments.id, input.paymentId)).limit(1).for("update");
    if (!payment) throw new NotFoundError("payment");
    if (payment.reversedAt) throw new ConflictError("alreadyReversed");
    const before = await lockDebt(tx, row.debtId);

    const standing = await tx
      .select({ outcome: payments.outcome, amount: payments.amount })
      .from(payments)
      .where(and(eq(payments.instalmentId, row.id), isNull(payments.reversedAt), ne(payments.id, payment.id)))
      .orderBy(asc(payments.createdAt), asc(payments.id));
    const instalment = instalmentFrom(row.amountDue, standing);
    await tx.update(payments).set({ reversedAt: new Date(), reversedById: user.id, reversalReason: input.reason }).where(eq(payments.id, payment.id));
    await tx.update(instalments).set({ ...instalment, updatedAt: new Date() }).where(eq(instalments.id, row.id));
    const planStatus = row.planStatus === "ended" ? "ended" : await planStatusOf(tx, row.planId);
    if (planStatus === "active" && row.planStatus !== "active") {
      // Under the debt's lock, as createPlan checks for an active plan: neither can slip past the other.
      const [other] = await tx
        .select({ id: repaymentPlans.id })
        .from(repaymentPlans)
        .where(and(eq(repaymentPlans.debtId, row.debtId), ne(repaymentPlans.id, row.planId), or(eq(repaymentPlans.status, "active"), gt(repaymentPlans.createdAt, row.planCreatedAt))))
        .limit(1);
      if (other) throw new ConflictError("newerPlan");
    }
    const [debt] = await tx
      .update(debts)
      .set({ currentBalance: sql`${debts.currentBalance} + ${payment.balanceReduction}`, updatedAt: new Date(), version: sql`${debts.version} + 1` })
      .where(eq(debts.id, row.debtId))
      .returning({ balance: debts.currentBalance });
    if (!debt) throw new NotFoundError("debt");
    let debtStatus: DebtStatus = before.status;
    if (planStatus !== row.planStatus && planStatus !== "ended") {
      await tx.update(repaymentPlans).set({ status: planStatus, updatedAt: new Date(), version: sql`${repaymentPlans.version} + 1` }).where(eq(repaymentPlans.id, row.planId));
      // Re-opened: the debt is under a plan again, as createPlan leaves it (unless a pause holds it,
      // which ends the daily job's way, lib/dal/pause-endings.ts). Closed: as recordPayment leaves it.
      debtStatus = planStatus === "active" ? (before.status === "paused" ? "paused" : "plan_agreed") : debtStatusAfterPlan(planStatus, debt.balance);
      await tx.update(debts).set({ status: debtStatus }).where(eq(debts.id, row.debtId));
    }
    await writeAudit(
      {
        actorId: user.id,
        action: "plan.payment_reversed",
        entityType: "repayment_plan",
        entityId: row.planId,
        clientId,
        details: {
          paymentId: payment.id,
          instalmentId: row.id,
          outcome: payment.outcome,
          amount: payment.amount,
          paidOn: payment.paidOn,
          balanceRestored: payment.balanceReduction,
          reason: input.reason,
          instalmentStatus: { from: row.status, to: instalment.status },
          planStatus: { from: row.planStatus, to: planStatus },
          debtStatus: { from: before.status, to: debtStatus },
          balance: { from: before.balance, to: debt.balance },
        },
      },
      tx,
    );
    return { planStatus };
  });
}
