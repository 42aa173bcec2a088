import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { clients, creditors, debts, instalments, negotiationEntries, payments, repaymentPlans, users, type DebtStatus, type InstalmentStatus } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import type { CurrencyCode } from "@/lib/finance";
import { isAgreed } from "@/lib/validation/negotiations";
import { buildSchedule, scheduleProblem, type ScheduleProblem } from "@/lib/finance/plan-schedule";
import { planTermProblems, type PaymentInput, type PlanInput, type TermProblem } from "@/lib/validation/plans";
import { assertClientVisible, visibleClientIds, visibleClients } from "./access";
import { writeAudit } from "./audit";
import { agencyToday } from "./debts";
import { ConflictError, NotFoundError } from "./errors";
import { endLapsedPausePlans } from "./pause-endings";
import { pauseForPlan } from "./pauses";
import { debtStatusAfterPlan, lockDebt, lockInstalment, planStatusOf } from "./plan-progress";
import { scheduleAfterPlanAgreed } from "./review-schedule";

const reversers = alias(users, "reversers");
const enders = alias(users, "enders");

function assertStaff(user: SessionUser): void {
  if (!isStaff(user.role)) throw new NotFoundError("client");
}

/** A term longer than the creditor allows (or the credit-card cap) without an override reason. */
export class PlanTermError extends Error {
  constructor(readonly problems: TermProblem[]) {
    super("plan term needs an override");
    this.name = "PlanTermError";
  }
}

/** Figures that cannot make a schedule on this balance (scheduleProblem): nothing is saved. */
export class PlanAmountError extends Error {
  constructor(
    readonly problem: ScheduleProblem,
    readonly currency: CurrencyCode,
  ) {
    super(`plan amount refused: ${problem.code}`);
    this.name = "PlanAmountError";
  }
}

/** A payment above what is still due on its instalment: it would vanish from the debt, not pay the next one. */
export class PaymentTooLargeError extends Error {
  constructor(
    readonly due: number,
    readonly currency: CurrencyCode,
  ) {
    super("payment larger than the amount still due");
    this.name = "PaymentTooLargeError";
  }
}

/**
 * Turns an agreement into a plan on the debt with its schedule, in one transaction. Instalment plans
 * set the debt to "plan agreed"; a pause-until plan sets it "paused" and holds the collection pause its
 * agreement opened, with the plan's dates (or records one: `pauseForPlan`). A pause plan whose date
 * has passed no longer holds the debt: it is completed here (endLapsedPausePlans). An entry that has
 * been corrected is refused (ConflictError "entryCorrected"): the correction says what was agreed.
 */
export async function createPlan(user: SessionUser, clientId: string, input: PlanInput): Promise<{ id: string }> {
  assertStaff(user);
  const today = await agencyToday();
  return db().transaction(async (tx) => {
    await assertClientVisible(user, clientId, tx);
    let grantedBy: string | null = null;
    if (input.entryId) {
      const [entry] = await tx
        .select({ id: negotiationEntries.id, outcome: negotiationEntries.outcome, counterpartName: negotiationEntries.counterpartName })
        .from(negotiationEntries)
        .where(and(eq(negotiationEntries.id, input.entryId), eq(negotiationEntries.clientId, clientId), eq(negotiationEntries.debtId, input.debtId)))
        .limit(1)
        // Held as a correction of it holds it (lib/dal/negotiations.ts), before the debt: a correction
        // recorded meanwhile is seen below, or sees this plan and ends it.
        .for("no key update");
      if (!entry || !isAgreed(entry.outcome)) throw new NotFoundError("entry");
      const [correction] = await tx.select({ id: negotiationEntries.id }).from(negotiationEntries).where(eq(negotiationEntries.correctsEntryId, entry.id)).limit(1);
      if (correction) throw new ConflictError("entryCorrected");
      grantedBy = entry.counterpartName;
    }
    const [debt] = await tx
      .select({ id: debts.id, balance: debts.currentBalance, currency: debts.currency, creditorType: creditors.type, maxMonths: creditors.maxInstalmentMonths })
      .from(debts)
      .innerJoin(creditors, eq(creditors.id, debts.creditorId))
      .where(and(eq(debts.id, input.debtId), eq(debts.clientId, clientId)))
      .limit(1)
      // The debt's row is held until this plan is saved: a second plan for the same debt, saved at
      // the same moment, waits here and then finds this one active (one active plan per debt).
      .for("update", { of: debts });
    if (!debt) throw new NotFoundError("debt");
    if (debt.currency !== input.currency) throw new ConflictError("currency");
    await endLapsedPausePlans(eq(repaymentPlans.debtId, debt.id), today, user.id, tx);
    const [active] = await tx
      .select({ id: repaymentPlans.id })
      .from(repaymentPlans)
      .where(and(eq(repaymentPlans.debtId, debt.id), eq(repaymentPlans.status, "active")))
      .limit(1);
    if (active) throw new ConflictError("debtId");
    let schedule: ReturnType<typeof buildSchedule> = [];
    if (input.kind === "instalments" && input.months !== null) {
      const problems = planTermProblems(input.months, { type: debt.creditorType, maxInstalmentMonths: debt.maxMonths });
      if (problems.length && !input.overrideReason) throw new PlanTermError(problems);
      const problem = scheduleProblem(debt.balance, input.months, input.instalmentAmount);
      if (problem) throw new PlanAmountError(problem, debt.currency as CurrencyCode);
      schedule = buildSchedule(debt.balance, input.startDate, input.months, input.instalmentAmount);
      if (schedule.some((row) => row.amountDue <= 0)) throw new PlanAmountError({ code: "balanceTooSmall" }, debt.currency as CurrencyCode);
    }
    const total = schedule.reduce((sum, row) => sum + row.amountDue, 0);
    const pause =
      input.kind === "pause" && input.pauseUntil
        ? await pauseForPlan(tx, user, { clientId, debtId: debt.id, entryId: input.entryId, startDate: input.startDate, endDate: input.pauseUntil, grantedBy: grantedBy ?? "—" })
        : null;
    const [plan] = await tx
      .insert(repaymentPlans)
      .values({
        clientId,
        debtId: debt.id,
        entryId: input.entryId,
        kind: input.kind,
        currency: debt.currency,
        startDate: input.startDate,
        months: input.kind === "instalments" ? input.months : null,
        instalmentAmount: schedule[0]?.amountDue ?? null,
        totalAmount: total,
        pauseUntil: input.kind === "pause" ? input.pauseUntil : null,
        pauseId: pause?.id ?? null,
        overrideReason: input.overrideReason,
        createdById: user.id,
      })
      .returning({ id: repaymentPlans.id });
    if (!plan) throw new Error("insert returned no row");
    if (schedule.length) await tx.insert(instalments).values(schedule.map((row) => ({ ...row, planId: plan.id })));
    const status: DebtStatus = input.kind === "pause" ? "paused" : "plan_agreed";
    await tx.update(debts).set({ status, updatedAt: new Date(), version: sql`${debts.version} + 1` }).where(eq(debts.id, debt.id));
    await scheduleAfterPlanAgreed(tx, user, clientId);
    await writeAudit(
      {
        actorId: user.id,
        action: "plan.created",
        entityType: "repayment_plan",
        entityId: plan.id,
        clientId,
        // pauseTakenOver: the agreement's own pause's dates before the plan took it over (pauseForPlan).
        details: { debtId: debt.id, kind: input.kind, months: input.months, total, lastInstalment: schedule.at(-1)?.amountDue ?? null, startDate: input.startDate, pauseUntil: input.pauseUntil,
          overrideReason: input.overrideReason, entryId: input.entryId, pauseId: pause?.id ?? null, pauseTakenOver: pause?.before ?? null },
      },
      tx,
    );
    return plan;
  });
}

/**
 * Records a payment (or a miss) against one instalment and, in the same transaction, updates the
 * instalment, the debt's balance and status, and the plan: completed when every instalment is
 * paid, broken once BROKEN_AFTER_MISSED instalments stand missed. What cannot be true is refused
 * first: more than is still due, a payment dated after the agency's today, a miss before the due
 * date. A record made in error is undone by reversePayment (payment-reversals.ts), never edited.
 */
export async function recordPayment(user: SessionUser, clientId: string, input: PaymentInput): Promise<{ id: string; planStatus: string }> {
  assertStaff(user);
  // Read before the transaction: on PGlite a query outside it would wait for it to finish.
  const today = await agencyToday();
  return db().transaction(async (tx) => {
    await assertClientVisible(user, clientId, tx);
    const row = await lockInstalment(tx, clientId, input.instalmentId);
    if (row.planStatus !== "active") throw new ConflictError("planClosed");
    if (row.status === "paid") throw new ConflictError("alreadyPaid");
    if (input.paidOn > today) throw new ConflictError("paidOnFuture");
    if (input.outcome === "missed" && row.dueDate > today) throw new ConflictError("notYetDue");
    const stillDue = row.amountDue - row.amountPaid;
    const amount = input.outcome === "missed" ? 0 : (input.amount ?? stillDue);
    if (amount > stillDue) throw new PaymentTooLargeError(stillDue, row.currency as CurrencyCode);
    const paid = row.amountPaid + amount;
    const status: InstalmentStatus = input.outcome === "missed" ? "missed" : paid >= row.amountDue ? "paid" : "partly_paid";
    // The balance never goes below zero: what it is actually reduced by is kept, for a reversal to restore.
    const before = await lockDebt(tx, row.debtId);
    const balanceReduction = Math.min(amount, before.balance);
    const [payment] = await tx
      .insert(payments)
      .values({ instalmentId: row.id, planId: row.planId, clientId, outcome: input.outcome, amount, balanceReduction, paidOn: input.paidOn, note: input.note, recordedById: user.id })
      .returning({ id: payments.id });
    if (!payment) throw new Error("insert returned no row");
    await tx.update(instalments).set({ amountPaid: paid, status, updatedAt: new Date() }).where(eq(instalments.id, row.id));
    const planStatus = await planStatusOf(tx, row.planId);
    const [debt] = await tx
      .update(debts)
      .set({ currentBalance: sql`${debts.currentBalance} - ${balanceReduction}`, updatedAt: new Date(), version: sql`${debts.version} + 1` })
      .where(eq(debts.id, row.debtId))
      .returning({ balance: debts.currentBalance });
    if (!debt) throw new NotFoundError("debt");
    if (planStatus !== "active") {
      await tx.update(repaymentPlans).set({ status: planStatus, updatedAt: new Date(), version: sql`${repaymentPlans.version} + 1` }).where(eq(repaymentPlans.id, row.planId));
      await tx.update(debts).set({ status: debtStatusAfterPlan(planStatus, debt.balance) }).where(eq(debts.id, row.debtId));
    }
    await writeAudit(
      {
        actorId: user.id,
        action: "plan.payment_recorded",
        entityType: "repayment_plan",
        entityId: row.planId,
        clientId,
        details: { paymentId: payment.id, instalmentId: row.id, outcome: input.outcome, amount, balanceReduction, paidOn: input.paidOn, instalmentStatus: status, planStatus, balance: debt.balance },
      },
      tx,
    );
    return { id: payment.id, planStatus };
  });
}

export type PlanView = Awaited<ReturnType<typeof listPlans>>[number];

/** The client's plans, newest first, each with its instalments and recorded payments. */
export async function listPlans(user: SessionUser, clientId: string) {
  assertStaff(user);
  await assertClientVisible(user, clientId);
  await endLapsedPausePlans(eq(repaymentPlans.clientId, clientId), await agencyToday(), null);
  return loadPlans(and(eq(repaymentPlans.clientId, clientId), visibleClients(user)));
}

/**
 * The signed-in client's own plans in the portal (read only); staff get nothing here. Staff wording
 * stays with staff: the reason a term limit was overridden, the notes on payments and who reversed a
 * payment and why are blanked.
 */
export async function listMyPlans(user: SessionUser): Promise<PlanView[]> {
  if (user.role !== "client") return [];
  await endLapsedPausePlans(visibleClientIds(repaymentPlans.clientId, user), await agencyToday(), null);
  const plans = await loadPlans(visibleClients(user));
  return plans.map((plan) => ({
    ...plan,
    overrideReason: null,
    entryId: null,
    // The client sees that a plan ended and on which day; who ended it and why are the staff's words.
    endReason: null,
    endedByName: null,
    // A reversed payment still shows as reversed; who reversed it and why are the staff's words.
    instalments: plan.instalments.map((row) => ({ ...row, payments: row.payments.map((payment) => ({ ...payment, note: null, reversedByName: null, reversalReason: null })) })),
  }));
}

async function loadPlans(where: SQL | undefined) {
  const plans = await db()
    .select({
      id: repaymentPlans.id,
      debtId: repaymentPlans.debtId,
      entryId: repaymentPlans.entryId,
      kind: repaymentPlans.kind,
      status: repaymentPlans.status,
      currency: repaymentPlans.currency,
      startDate: repaymentPlans.startDate,
      months: repaymentPlans.months,
      instalmentAmount: repaymentPlans.instalmentAmount,
      totalAmount: repaymentPlans.totalAmount,
      pauseUntil: repaymentPlans.pauseUntil,
      overrideReason: repaymentPlans.overrideReason,
      endedOn: repaymentPlans.endedOn,
      endedAt: repaymentPlans.endedAt,
      endReason: repaymentPlans.endReason,
      endedByName: enders.name,
      creditorNameEn: creditors.nameEn,
      creditorNameZh: creditors.nameZh,
      product: debts.product,
      balance: debts.currentBalance,
    })
    .from(repaymentPlans)
    .innerJoin(clients, eq(clients.id, repaymentPlans.clientId))
    .innerJoin(debts, eq(debts.id, repaymentPlans.debtId))
    .innerJoin(creditors, eq(creditors.id, debts.creditorId))
    .leftJoin(enders, eq(enders.id, repaymentPlans.endedById))
    .where(where)
    .orderBy(desc(repaymentPlans.createdAt));
  const ids = plans.map((p) => p.id);
  const [rows, paid] = ids.length
    ? await Promise.all([
        db().select().from(instalments).where(inArray(instalments.planId, ids)).orderBy(asc(instalments.number)),
        db()
          .select({
            id: payments.id,
            instalmentId: payments.instalmentId,
            outcome: payments.outcome,
            amount: payments.amount,
            paidOn: payments.paidOn,
            note: payments.note,
            reversedAt: payments.reversedAt,
            reversedByName: reversers.name,
            reversalReason: payments.reversalReason,
          })
          .from(payments)
          .leftJoin(reversers, eq(reversers.id, payments.reversedById))
          .where(inArray(payments.planId, ids))
          .orderBy(asc(payments.createdAt), asc(payments.id)),
      ])
    : [[], []];
  return plans.map((plan) => ({
    ...plan,
    instalments: rows.filter((r) => r.planId === plan.id).map((r) => ({ ...r, payments: paid.filter((p) => p.instalmentId === r.id) })),
  }));
}
