import { and, eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, clients, collectionPauses, debts, instalments, repaymentPlans } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { addDays } from "@/lib/finance";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { negotiationInput } from "@/lib/testing/negotiations";
import { addMonths, type PlanInput } from "@/lib/validation/plans";
import { agencyToday } from "./debts";
import { ConflictError, NotFoundError } from "./errors";
import { listMissedInstalments } from "./missed-instalments";
import { logNegotiationEntry } from "./negotiations";
import { listAwaitingSignOff } from "./outcome-reviews";
import { reversePayment } from "./payment-reversals";
import { listPauses, listPausesEndingSoon } from "./pauses";
import { endPlan } from "./plan-endings";
import { PlanAmountError, createPlan, listMyPlans, listPlans, recordPayment } from "./plans";
import { getPortalSummary } from "./portal";
import { getAdherence } from "./review-completion";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
let clientId = "";
let today = "";

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["counsellor", "counsellor2", "supervisor", "client"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  const [client] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, "张伟"));
  clientId = client!.id;
  today = await agencyToday();
});
afterAll(() => database.drop());

/** A fresh overdue debt of 张伟's (the Landlord's creditor) with `balance`, so each case starts clean. */
async function newDebt(balance = 1_200_000): Promise<string> {
  const [landlord] = await database.db.select({ creditorId: debts.creditorId }).from(debts).where(eq(debts.clientId, clientId)).limit(1);
  const [row] = await database.db
    .insert(debts)
    .values({ clientId, creditorId: landlord!.creditorId, originalPrincipal: balance, currentBalance: balance, status: "overdue", overdueSince: addDays(today, -40) })
    .returning({ id: debts.id });
  return row!.id;
}
const plan = (debtId: string, overrides: Partial<PlanInput> = {}): PlanInput => ({ debtId, currency: "CNY", entryId: null, kind: "instalments", startDate: today, months: 3, instalmentAmount: null, pauseUntil: null, overrideReason: null, ...overrides });
const debtRow = async (id: string) => (await database.db.select().from(debts).where(eq(debts.id, id)))[0]!;
const planRow = async (id: string) => (await database.db.select().from(repaymentPlans).where(eq(repaymentPlans.id, id)))[0]!;
const pausesOf = (debtId: string) => database.db.select().from(collectionPauses).where(eq(collectionPauses.debtId, debtId));
const audits = (planId: string) => database.db.select().from(auditLog).where(and(eq(auditLog.entityId, planId), eq(auditLog.action, "plan.ended")));
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

describe("a pause agreed, turned into a plan, then corrected", () => {
  it("records the pause once, and a correction to 'rejected' ends the plan, frees the debt and lets the real plan in", async () => {
    const debtId = await newDebt();
    const agreed = await logNegotiationEntry(as.counsellor!, clientId, negotiationInput(debtId, { requestType: "collection_pause", outcome: "agreed", grantedMonths: null, agreedPauseUntil: addDays(today, 5) }));
    const paused = await createPlan(as.counsellor!, clientId, plan(debtId, { kind: "pause", months: null, entryId: agreed.id, pauseUntil: addDays(today, 5) }));
    // One pause, held by the plan with the plan's dates; listed once, and once among those ending soon.
    const rows = await pausesOf(debtId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entryId: agreed.id, startDate: today, endDate: addDays(today, 5) });
    expect((await planRow(paused.id)).pauseId).toBe(rows[0]!.id);
    expect((await listPauses(as.counsellor!, clientId)).filter((p) => p.debtId === debtId)).toHaveLength(1);
    expect((await listPausesEndingSoon(as.counsellor!, 7)).filter((p) => p.debtId === debtId)).toHaveLength(1);

    const fixed = await logNegotiationEntry(as.counsellor!, clientId, negotiationInput(debtId, { requestType: "collection_pause", outcome: "rejected", grantedMonths: null, correctsEntryId: agreed.id }));
    expect(fixed.endedPlanIds).toEqual([paused.id]);
    expect(await planRow(paused.id)).toMatchObject({ status: "ended", endedOn: today, endReason: "corrected entry", endedById: as.counsellor!.id });
    expect((await debtRow(debtId)).status).toBe("overdue");
    const [audit, ...more] = await audits(paused.id);
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ actorId: as.counsellor!.id, clientId, details: { reason: "corrected entry", correctionId: fixed.id, debtStatus: { from: "overdue", to: "overdue" } } });
    expect((await listPausesEndingSoon(as.counsellor!, 7)).filter((p) => p.debtId === debtId)).toEqual([]);
    expect((await listMyPlans(as.client!)).find((p) => p.id === paused.id)).toMatchObject({ status: "ended", endReason: null, endedByName: null });

    // The corrected entry makes no plan; the real instalment plan is accepted.
    const again = await refusal(createPlan(as.counsellor!, clientId, plan(debtId, { kind: "pause", months: null, entryId: agreed.id, pauseUntil: addDays(today, 5) })));
    expect(again).toBeInstanceOf(ConflictError);
    expect((again as ConflictError).field).toBe("entryCorrected");
    const real = await createPlan(as.counsellor!, clientId, plan(debtId, { months: 12 }));
    expect(await planRow(real.id)).toMatchObject({ status: "active" });
    expect((await debtRow(debtId)).status).toBe("plan_agreed");
  });

  it("ends an instalment plan made from an entry whose terms are corrected, and gives the debt its status back", async () => {
    const debtId = await newDebt();
    const agreed = await logNegotiationEntry(as.counsellor!, clientId, negotiationInput(debtId, { requestType: "instalment_plan", outcome: "agreed", grantedMonths: 12 }));
    const first = await createPlan(as.counsellor!, clientId, plan(debtId, { months: 12, entryId: agreed.id }));
    const fixed = await logNegotiationEntry(as.counsellor!, clientId, negotiationInput(debtId, { requestType: "instalment_plan", outcome: "agreed", grantedMonths: 24, correctsEntryId: agreed.id }));
    expect(fixed.endedPlanIds).toEqual([first.id]);
    expect((await debtRow(debtId)).status).toBe("overdue");
    const second = await createPlan(as.counsellor!, clientId, plan(debtId, { months: 24, entryId: fixed.id }));
    expect(await planRow(second.id)).toMatchObject({ status: "active", months: 24 });
  });
});

describe("a correction recorded while a plan is being made from the entry it corrects", () => {
  it.skipIf(inject("databaseTemplate").kind !== "postgres")("waits for that plan and ends it (PostgreSQL)", async () => {
    const debtId = await newDebt();
    const agreed = await logNegotiationEntry(as.counsellor!, clientId, negotiationInput(debtId, { requestType: "instalment_plan", outcome: "agreed", grantedMonths: 6 }));
    const maker = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let planId = "";
      // createPlan's first steps, written by hand: the entry held, the plan written, not yet committed.
      const making = maker.begin(async (tx) => {
        await tx`SELECT id FROM negotiation_entries WHERE id = ${agreed.id} FOR NO KEY UPDATE`;
        const [row] = await tx`INSERT INTO repayment_plans (client_id, debt_id, entry_id, kind, currency, start_date, months, instalment_amount, total_amount, created_by_id)
          VALUES (${clientId}, ${debtId}, ${agreed.id}, 'instalments', 'CNY', ${today}, 6, 200000, 1200000, ${as.counsellor!.id}) RETURNING id`;
        planId = row!.id as string;
        await held;
      });
      await new Promise((r) => setTimeout(r, 100));
      const correcting = logNegotiationEntry(as.counsellor!, clientId, negotiationInput(debtId, { requestType: "instalment_plan", outcome: "rejected", grantedMonths: null, correctsEntryId: agreed.id }));
      await new Promise((r) => setTimeout(r, 300));
      release();
      await making;
      expect((await correcting).endedPlanIds).toEqual([planId]);
      expect(await planRow(planId)).toMatchObject({ status: "ended", endReason: "corrected entry" });
    } finally {
      await maker.end();
    }
  });
});

describe("End this plan", () => {
  it("ends an active plan with a reason: its unpaid instalments are no longer due anywhere, and a new plan can be made", async () => {
    const debtId = await newDebt(1_200_000);
    const { id } = await createPlan(as.counsellor!, clientId, plan(debtId, { months: 12, startDate: addMonths(today, -2) }));
    const rows = await database.db.select().from(instalments).where(eq(instalments.planId, id)).orderBy(instalments.number);
    await recordPayment(as.counsellor!, clientId, { instalmentId: rows[0]!.id, outcome: "paid", amount: null, paidOn: rows[0]!.dueDate, note: null });
    const missedBefore = (await listMissedInstalments(as.counsellor!)).filter((m) => m.planId === id);
    expect(missedBefore.length).toBeGreaterThan(0);
    const upcomingBefore = (await getAdherence(as.counsellor!, clientId)).upcoming;
    const activeBefore = (await getPortalSummary(as.client!))!.activePlans;

    // Nobody else may, a reason is what the action checks, and nothing is written on a refusal.
    for (const outsider of [as.counsellor2!, as.client!]) await expect(endPlan(outsider, clientId, { planId: id, reason: "typed 12 instead of 24" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await planRow(id)).toMatchObject({ status: "active", endedOn: null });

    await endPlan(as.counsellor!, clientId, { planId: id, reason: "Typed 12 months instead of 24" });
    expect(await planRow(id)).toMatchObject({ status: "ended", endedOn: today, endReason: "Typed 12 months instead of 24" });
    expect((await debtRow(debtId)).status).toBe("overdue");
    expect((await listMissedInstalments(as.counsellor!)).filter((m) => m.planId === id)).toEqual([]);
    // Ten instalments due from today on were upcoming; none is any more (the two late ones stay on record).
    const adherence = await getAdherence(as.counsellor!, clientId);
    expect(upcomingBefore - adherence.upcoming).toBe(rows.filter((r) => r.dueDate >= today).length);
    expect(adherence.plans.find((p) => p.planId === id)).toMatchObject({ paid: 1, upcoming: 0 });
    expect((await getPortalSummary(as.client!))!.activePlans).toBe(activeBefore - 1);
    const [audit] = await audits(id);
    expect(audit).toMatchObject({ actorId: as.counsellor!.id, details: { reason: "Typed 12 months instead of 24", instalmentsNoLongerDue: rows.filter((r) => r.dueDate >= today).length, debtStatus: { from: "plan_agreed", to: "overdue" } } });
    const shown = (await listPlans(as.counsellor!, clientId)).find((p) => p.id === id)!;
    expect(shown).toMatchObject({ status: "ended", endedByName: expect.any(String) });

    // Ended once; a payment on it is refused, and reversing an earlier one keeps it ended.
    expect(((await refusal(endPlan(as.counsellor!, clientId, { planId: id, reason: "again" }))) as ConflictError).field).toBe("planClosed");
    expect(((await refusal(recordPayment(as.counsellor!, clientId, { instalmentId: rows[1]!.id, outcome: "paid", amount: null, paidOn: today, note: null }))) as ConflictError).field).toBe("planClosed");
    const [payment] = shown.instalments[0]!.payments;
    await reversePayment(as.counsellor!, clientId, { paymentId: payment!.id, reason: "bounced" });
    expect(await planRow(id)).toMatchObject({ status: "ended" });
    expect(await debtRow(debtId)).toMatchObject({ status: "overdue", currentBalance: 1_200_000 });

    // It no longer waits for a supervisor's sign-off: it is no agreement any more.
    expect((await listAwaitingSignOff(as.supervisor!)).plans.map((p) => p.planId)).not.toContain(id);
    const replacement = await createPlan(as.counsellor!, clientId, plan(debtId, { months: 24 }));
    expect((await listAwaitingSignOff(as.supervisor!)).plans.map((p) => p.planId)).toContain(replacement.id);
    expect(await planRow(replacement.id)).toMatchObject({ status: "active" });
  });

  it("ends a pause plan early: its pause stops holding the debt from today (one that had not started is removed)", async () => {
    const running = await newDebt();
    const started = await createPlan(as.counsellor!, clientId, plan(running, { kind: "pause", months: null, startDate: addDays(today, -3), pauseUntil: addDays(today, 4) }));
    expect((await debtRow(running)).status).toBe("paused");
    await endPlan(as.counsellor!, clientId, { planId: started.id, reason: "Creditor resumed collection" });
    expect(await pausesOf(running)).toMatchObject([{ startDate: addDays(today, -3), endDate: addDays(today, -1) }]);
    expect((await debtRow(running)).status).toBe("overdue");
    expect((await listPausesEndingSoon(as.counsellor!, 7)).filter((p) => p.debtId === running)).toEqual([]);

    const future = await newDebt();
    const notYet = await createPlan(as.counsellor!, clientId, plan(future, { kind: "pause", months: null, startDate: today, pauseUntil: addDays(today, 30) }));
    await endPlan(as.counsellor!, clientId, { planId: notYet.id, reason: "Entered on the wrong debt" });
    expect(await pausesOf(future)).toEqual([]);
    expect(await planRow(notYet.id)).toMatchObject({ status: "ended", pauseId: null });
    expect((await debtRow(future)).status).toBe("overdue");
  });
});

describe("a schedule that adds up", () => {
  it("refuses months × amount far above the balance, and trims the last instalment so a plan pays off exactly", async () => {
    const debtId = await newDebt(5_230_000);
    const huge = await refusal(createPlan(as.counsellor!, clientId, plan(debtId, { months: 2, instalmentAmount: 99_999_999 })));
    expect(huge).toBeInstanceOf(PlanAmountError);
    expect((huge as PlanAmountError).problem).toEqual({ code: "amountAboveBalance", balance: 5_230_000 });
    const over = await refusal(createPlan(as.counsellor!, clientId, plan(debtId, { months: 3, instalmentAmount: 3_000_000 })));
    expect((over as PlanAmountError).problem).toMatchObject({ code: "overshoot", fewest: 2 });
    expect(await database.db.select().from(repaymentPlans).where(eq(repaymentPlans.debtId, debtId))).toEqual([]);

    const small = await newDebt(1_000_000);
    const { id } = await createPlan(as.counsellor!, clientId, plan(small, { months: 3, instalmentAmount: 333_333 }));
    const rows = await database.db.select().from(instalments).where(eq(instalments.planId, id)).orderBy(instalments.number);
    expect(rows.map((r) => r.amountDue)).toEqual([333_333, 333_333, 333_334]);
    expect(await planRow(id)).toMatchObject({ totalAmount: 1_000_000, instalmentAmount: 333_333 });
    for (const row of rows) await recordPayment(as.counsellor!, clientId, { instalmentId: row.id, outcome: "paid", amount: null, paidOn: today, note: null });
    expect(await planRow(id)).toMatchObject({ status: "completed" });
    expect(await debtRow(small)).toMatchObject({ currentBalance: 0, status: "settled" });
  });
});
