import "server-only";
import { and, eq, gte, ne, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { debts, instalments, repaymentPlans, type DebtStatus, type PlanKind } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import { END_REASON_CORRECTED, type PlanEndInput } from "@/lib/validation/plans";
import { assertClientVisible } from "./access";
import { writeAudit } from "./audit";
import { agencyToday } from "./debts";
import { ConflictError, NotFoundError } from "./errors";
import { pausedFrom, statusAfterPause } from "./pause-endings";
import { endPlanPauses, type EndedPause } from "./pauses";
import { lockDebt } from "./plan-progress";

type PlanToEnd = { id: string; clientId: string; debtId: string; entryId: string | null; kind: PlanKind; pauseId: string | null; pauseUntil: string | null; status: string };

const planColumns = {
  id: repaymentPlans.id,
  clientId: repaymentPlans.clientId,
  debtId: repaymentPlans.debtId,
  entryId: repaymentPlans.entryId,
  kind: repaymentPlans.kind,
  pauseId: repaymentPlans.pauseId,
  pauseUntil: repaymentPlans.pauseUntil,
  status: repaymentPlans.status,
};

/**
 * The debt's status once a plan on it has ended early, where the plan had set it ("plan agreed" for
 * instalments, "paused" for a pause) — a status set by hand since is the counsellor's and stays:
 * settled when nothing is owed, paused while a standing pause still holds it, else as a lapsed pause
 * leaves it (overdue with an overdue date, else current).
 */
async function debtStatusAfterEnding(tx: Transaction, plan: PlanToEnd, debt: { balance: number; status: DebtStatus; overdueSince: string | null }, today: string): Promise<DebtStatus> {
  if (debt.status !== (plan.kind === "instalments" ? "plan_agreed" : "paused")) return debt.status;
  if (debt.balance === 0) return "settled";
  const [held] = await tx.select({ one: sql`1` }).from(debts).where(and(eq(debts.id, plan.debtId), pausedFrom(plan.debtId, today)));
  return held ? "paused" : statusAfterPause(tx, plan.debtId, debt.overdueSince);
}

/**
 * Ends one locked, active plan from `today` (agency day), inside the caller's transaction: the plan is
 * marked ended with who, when and why, and its instalments due from today on that are not paid stop
 * being owed (every reader of a schedule goes by the plan's status and end day). A pause plan's pause
 * stops holding the debt (`endPlanPauses`) unless `pausesLifted`: a correction has already lifted the
 * pauses of its entry (liftPausesOf). The debt gets a status back (`debtStatusAfterEnding`). Locks as
 * recordPayment does: the plan (held by the caller), then the debt.
 */
async function endLockedPlan(tx: Transaction, actorId: string, plan: PlanToEnd, reason: string, today: string, extra: { pausesLifted?: boolean; correctionId?: string } = {}) {
  await tx
    .update(repaymentPlans)
    .set({ status: "ended", endedOn: today, endedAt: new Date(), endedById: actorId, endReason: reason, updatedAt: new Date(), version: sql`${repaymentPlans.version} + 1` })
    .where(eq(repaymentPlans.id, plan.id));
  const debt = await lockDebt(tx, plan.debtId);
  const pauses: EndedPause[] = plan.kind === "pause" && !extra.pausesLifted ? await endPlanPauses(tx, plan, today) : [];
  const status = await debtStatusAfterEnding(tx, plan, debt, today);
  if (status !== debt.status) await tx.update(debts).set({ status, updatedAt: new Date(), version: sql`${debts.version} + 1` }).where(eq(debts.id, plan.debtId));
  const [dropped] = await tx
    .select({ n: sql<number>`count(*)::int`, amount: sql<number>`coalesce(sum(${instalments.amountDue} - ${instalments.amountPaid}), 0)::bigint` })
    .from(instalments)
    .where(and(eq(instalments.planId, plan.id), gte(instalments.dueDate, today), ne(instalments.status, "paid")));
  const details = {
    debtId: plan.debtId,
    kind: plan.kind,
    reason,
    endedOn: today,
    correctionId: extra.correctionId,
    instalmentsNoLongerDue: dropped?.n ?? 0,
    amountNoLongerDue: Number(dropped?.amount ?? 0),
    pauses,
    debtStatus: { from: debt.status, to: status },
  };
  await writeAudit({ actorId, action: "plan.ended", entityType: "repayment_plan", entityId: plan.id, clientId: plan.clientId, details }, tx);
}

/**
 * "End this plan": a counsellor stops an active plan before its term, with a reason (typed wrongly, the
 * creditor withdrew, replaced by a new agreement). Refused (ConflictError "planClosed", nothing
 * written) for a plan no longer active, and for a pause plan whose date has passed: it has already
 * run its course (completed when the plans are next read).
 */
export async function endPlan(user: SessionUser, clientId: string, input: PlanEndInput): Promise<void> {
  if (!isStaff(user.role)) throw new NotFoundError("client");
  // Read before the transaction: on PGlite a query outside it would wait for it to finish.
  const today = await agencyToday();
  await db().transaction(async (tx) => {
    await assertClientVisible(user, clientId, tx);
    const [plan] = await tx
      .select(planColumns)
      .from(repaymentPlans)
      .where(and(eq(repaymentPlans.id, input.planId), eq(repaymentPlans.clientId, clientId)))
      .limit(1)
      .for("update");
    if (!plan) throw new NotFoundError("plan");
    if (plan.status !== "active" || (plan.kind === "pause" && plan.pauseUntil !== null && plan.pauseUntil < today)) throw new ConflictError("planClosed");
    await endLockedPlan(tx, user.id, plan, input.reason, today);
  });
}

/**
 * A correction is being recorded for `entryId` (lib/dal/negotiations.ts): the active plans made from
 * that entry, locked before the correction's own row (and its debt) as recordPayment locks a plan
 * before its debt. The entry itself is already locked by the caller, so a plan being made from it at
 * this moment (createPlan) is either seen here or, once the correction is in, refused.
 */
export async function lockPlansMadeFrom(tx: Transaction, entryId: string, today: string): Promise<PlanToEnd[]> {
  const plans = await tx
    .select(planColumns)
    .from(repaymentPlans)
    .where(and(eq(repaymentPlans.entryId, entryId), eq(repaymentPlans.status, "active")))
    .for("update");
  // A pause plan past its date has run its course already (endLapsedPausePlans completes it).
  return plans.filter((plan) => !(plan.kind === "pause" && plan.pauseUntil !== null && plan.pauseUntil < today));
}

/**
 * Ends the plans `lockPlansMadeFrom` found, once the correction `correctionId` is recorded and the
 * corrected entry's pauses lifted: the agreement they rested on no longer stands as it was logged.
 * Each is audited with the reason "corrected entry". Returns their ids.
 */
export async function endPlansOfCorrectedEntry(tx: Transaction, user: SessionUser, plans: PlanToEnd[], correctionId: string, today: string): Promise<string[]> {
  for (const plan of plans) await endLockedPlan(tx, user.id, plan, END_REASON_CORRECTED, today, { pausesLifted: true, correctionId });
  return plans.map((p) => p.id);
}
