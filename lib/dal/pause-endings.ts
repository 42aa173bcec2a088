import "server-only";
import { and, eq, gte, lt, not, notExists, sql, type Column, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type Transaction } from "@/db/client";
import { collectionPauses, debts, negotiationEntries, repaymentPlans, type DebtStatus } from "@/db/schema";
import { writeAudit } from "./audit";

const correcting = alias(negotiationEntries, "correcting");

/**
 * A pause applies while the logged agreement it rests on (`entry_id`) stands: once that entry is
 * corrected, the correction says what was agreed (and opens its own pause if any). The log cannot
 * change, so this is read from the log: one probe of the unique index on corrects_entry_id.
 */
export function agreementStands(): SQL {
  return notExists(db().select({ one: sql`1` }).from(correcting).where(eq(correcting.correctsEntryId, collectionPauses.entryId)));
}

/** A standing pause on the debt that runs on `today` or later. */
export function pausedFrom(debtId: Column | string, today: string): SQL {
  return sql`EXISTS (${db()
    .select({ one: sql`1` })
    .from(collectionPauses)
    .where(and(eq(collectionPauses.debtId, debtId), gte(collectionPauses.endDate, today), agreementStands()))})`;
}

/**
 * The status a "paused" debt gets back when no pause holds it any more. The one it had before is not
 * recorded anywhere, so it is worked out: "plan agreed" under an active instalment plan, else
 * "overdue" when it has an overdue date, else "current" (the counsellor can still set it by hand).
 */
export async function statusAfterPause(tx: Transaction, debtId: string, overdueSince: string | null): Promise<DebtStatus> {
  const [plan] = await tx
    .select({ id: repaymentPlans.id })
    .from(repaymentPlans)
    .where(and(eq(repaymentPlans.debtId, debtId), eq(repaymentPlans.status, "active"), eq(repaymentPlans.kind, "instalments")))
    .limit(1);
  return plan ? "plan_agreed" : overdueSince ? "overdue" : "current";
}

/**
 * A pause plan runs to the end of its pause_until day (agency calendar), then has ended: nothing
 * happens on that day, so the row is completed where it next matters, before a new plan on the debt
 * (createPlan, under the debt's lock, actor the counsellor), before plans are read and by the daily
 * job (actor null: the date passed). `status = 'active'` is re-checked after a concurrent update:
 * ended and audited once.
 */
export async function endLapsedPausePlans(scope: SQL, today: string, actorId: string | null, tx?: Transaction): Promise<void> {
  if (!tx) return db().transaction((t) => endLapsedPausePlans(scope, today, actorId, t));
  const ended = await tx
    .update(repaymentPlans)
    .set({ status: "completed", updatedAt: new Date(), version: sql`${repaymentPlans.version} + 1` })
    .where(and(scope, eq(repaymentPlans.kind, "pause"), eq(repaymentPlans.status, "active"), lt(repaymentPlans.pauseUntil, today)))
    .returning({ id: repaymentPlans.id, clientId: repaymentPlans.clientId, debtId: repaymentPlans.debtId, pauseUntil: repaymentPlans.pauseUntil });
  for (const plan of ended) {
    const details = { debtId: plan.debtId, pauseUntil: plan.pauseUntil, status: "completed" };
    await writeAudit({ actorId, action: "plan.pause_ended", entityType: "repayment_plan", entityId: plan.id, clientId: plan.clientId, details }, tx);
  }
}

/**
 * The daily job's part: pause plans past their date are completed, and debts still "paused" that a
 * recorded pause held and none holds any more (its date passed) get a status back (`statusAfterPause`), each audited with no
 * actor. Otherwise the counsellor's debts tab and the client's portal would say "Paused" for ever.
 * Returns how many debts were given a status back.
 */
export async function endLapsedPauses(today: string): Promise<number> {
  await endLapsedPausePlans(sql`true`, today, null);
  return db().transaction(async (tx) => {
    const lapsed = await tx
      .select({ id: debts.id, clientId: debts.clientId, overdueSince: debts.overdueSince })
      .from(debts)
      // Only debts a recorded pause held: "paused" set by hand in the debt form (a pause agreed before
      // the agency's time) has no end date here and stays until the counsellor changes it.
      .where(and(eq(debts.status, "paused"), not(pausedFrom(debts.id, today)), sql`EXISTS (SELECT 1 FROM ${collectionPauses} held WHERE held.debt_id = ${debts.id})`))
      .for("no key update", { skipLocked: true });
    for (const debt of lapsed) {
      const status = await statusAfterPause(tx, debt.id, debt.overdueSince);
      await tx.update(debts).set({ status, updatedAt: new Date(), version: sql`${debts.version} + 1` }).where(eq(debts.id, debt.id));
      await writeAudit({ actorId: null, action: "debt.pause_ended", entityType: "debt", entityId: debt.id, clientId: debt.clientId, details: { status } }, tx);
    }
    return lapsed.length;
  });
}
