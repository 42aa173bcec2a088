import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, debts, instalments, payments, repaymentPlans } from "@/db/schema";
import { form, session } from "@/lib/security/testing/harness";
import { freshClient, freshDebt, loadPeople, person, zhangId, type Who } from "@/lib/security/testing/fixtures";
import { freshDatabase } from "@/lib/testing/db";
import { addMonths, paymentReversalSchema, planSchema, type PaymentInput } from "@/lib/validation/plans";
import { agencyToday } from "./debts";
import { ConflictError, NotFoundError } from "./errors";
import { listMissedInstalments } from "./missed-instalments";
import { reversePayment } from "./payment-reversals";
import { createPlan, listMyPlans, listPlans, recordPayment } from "./plans";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/security/testing/harness")).sessionMock);
vi.mock("next/navigation", async () => (await import("@/lib/security/testing/harness")).navigationMock);
vi.mock("next-intl/server", async () => (await import("@/lib/security/testing/harness")).intlMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

/**
 * A payment or miss recorded in error is reversed, not deleted: the row stays, marked; its instalment,
 * the debt's balance and the plan are worked out again without it, in one transaction with its audit
 * row. What cannot be undone safely is refused and changes nothing.
 */
let database: { db: Db; drop: () => Promise<void> };
let clientId = "";
let today = "";

beforeAll(async () => {
  database = await freshDatabase();
  await loadPeople();
  clientId = await freshClient();
  today = await agencyToday();
});
afterAll(() => database.drop());

type Plan = { client: string; debtId: string; planId: string; rows: { id: string; amountDue: number; dueDate: string }[] };

/** A ¥9,000 debt in three instalments of ¥3,000: due a month ago, about today (never later), in a month. */
async function freshPlan(client = clientId): Promise<Plan> {
  const debtId = await freshDebt(client);
  const { id } = await createPlan(person("counsellor"), client, planSchema.parse({ debtId, currency: "CNY", kind: "instalments", startDate: addMonths(today, -1), months: "3" }));
  const rows = await database.db.select().from(instalments).where(eq(instalments.planId, id)).orderBy(asc(instalments.number));
  return { client, debtId, planId: id, rows };
}

const pay = async (plan: Plan, n: number, input: Partial<PaymentInput> = {}) =>
  (await recordPayment(person("counsellor"), plan.client, { instalmentId: plan.rows[n]!.id, outcome: "paid", amount: null, paidOn: today, note: null, ...input })).id;

const reverse = (plan: Plan, paymentId: string, reason = "Recorded against the wrong instalment", who: Who = "counsellor") =>
  reversePayment(person(who), plan.client, paymentReversalSchema.parse({ paymentId, reason }));

/** Everything a reversal may touch: the debt's plans, their instalments and payments, the debt, the audit rows. */
async function state(plan: Plan) {
  const plans = await database.db.select().from(repaymentPlans).where(eq(repaymentPlans.debtId, plan.debtId)).orderBy(asc(repaymentPlans.createdAt));
  const ids = plans.map((p) => p.id);
  const rows = await database.db.select().from(instalments).where(inArray(instalments.planId, ids)).orderBy(asc(instalments.planId), asc(instalments.number));
  const paid = await database.db.select().from(payments).where(inArray(payments.planId, ids)).orderBy(asc(payments.createdAt));
  const [debt] = await database.db.select({ balance: debts.currentBalance, status: debts.status, version: debts.version }).from(debts).where(eq(debts.id, plan.debtId));
  // Plan entries only: a refused outsider leaves an access.denied row, which is the point of it.
  const [audits] = await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(and(eq(auditLog.clientId, plan.client), sql`${auditLog.action} LIKE 'plan.%'`));
  const instalmentsOf = rows.filter((r) => r.planId === plan.planId);
  return { plans, plan: plans.find((p) => p.id === plan.planId)!, rows, instalments: instalmentsOf, payments: paid, debt: debt!, audits: audits!.n };
}

const refusal = (work: Promise<unknown>) => work.then(() => "done", (e: unknown) => (e instanceof ConflictError ? e.field : e instanceof NotFoundError ? "not found" : e));

describe("reversing a recorded payment", () => {
  it("undoes a part payment: the instalment counts only what still stands, the balance comes back, the row is kept and audited", async () => {
    const plan = await freshPlan();
    const start = await state(plan);
    const wrong = await pay(plan, 0, { outcome: "partly_paid", amount: 100_000 });
    await reverse(plan, wrong, "  Typed ¥1,000; the client paid ¥100  ");
    const after = await state(plan);
    expect(after.instalments[0]).toMatchObject({ status: "due", amountPaid: 0 });
    expect(after.debt.balance).toBe(start.debt.balance);
    expect(after.payments).toHaveLength(1);
    expect(after.payments[0]).toMatchObject({ id: wrong, amount: 100_000, reversedById: person("counsellor").id, reversalReason: "Typed ¥1,000; the client paid ¥100" });
    expect(after.payments[0]!.reversedAt).toBeInstanceOf(Date);
    const [audit, ...more] = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "plan.payment_reversed"), eq(auditLog.entityId, plan.planId)));
    expect(more).toEqual([]);
    expect(audit).toMatchObject({
      actorId: person("counsellor").id,
      clientId,
      entityType: "repayment_plan",
      details: {
        paymentId: wrong,
        amount: 100_000,
        balanceRestored: 100_000,
        reason: "Typed ¥1,000; the client paid ¥100",
        instalmentStatus: { from: "partly_paid", to: "due" },
        planStatus: { from: "active", to: "active" },
        balance: { from: start.debt.balance - 100_000, to: start.debt.balance },
      },
    });

    // Of two part payments, the one reversed stops counting and the other stands; the rest can then be paid.
    const first = await pay(plan, 0, { outcome: "partly_paid", amount: 50_000 });
    await pay(plan, 0, { outcome: "partly_paid", amount: 70_000 });
    await reverse(plan, first);
    expect((await state(plan)).instalments[0]).toMatchObject({ status: "partly_paid", amountPaid: 70_000 });
    expect((await state(plan)).debt.balance).toBe(start.debt.balance - 70_000);
    await pay(plan, 0, { amount: plan.rows[0]!.amountDue - 70_000 });
    expect((await state(plan)).instalments[0]).toMatchObject({ status: "paid", amountPaid: plan.rows[0]!.amountDue });
  });

  it("puts a paid instalment past its day back among the missed ones on the dashboard, and lets it be recorded again", async () => {
    const plan = await freshPlan();
    const listed = async () => (await listMissedInstalments(person("counsellor"))).some((m) => m.id === plan.rows[0]!.id);
    expect(await listed()).toBe(true);
    const bounced = await pay(plan, 0, { paidOn: plan.rows[0]!.dueDate });
    expect(await listed()).toBe(false);
    await reverse(plan, bounced, "The transfer bounced");
    expect(await listed()).toBe(true);
    await pay(plan, 0);
    expect((await state(plan)).instalments[0]).toMatchObject({ status: "paid" });
  });

  it("re-opens a plan its payment completed: the debt is under the plan again, and no longer settled", async () => {
    const plan = await freshPlan();
    await pay(plan, 0);
    await pay(plan, 1);
    const last = await pay(plan, 2);
    const done = await state(plan);
    expect(done.plan.status).toBe("completed");
    expect(done.debt).toMatchObject({ balance: 0, status: "settled" });
    expect(await reverse(plan, last)).toEqual({ planStatus: "active" });
    const after = await state(plan);
    expect(after.plan).toMatchObject({ status: "active", version: done.plan.version + 1 });
    expect(after.debt).toMatchObject({ balance: plan.rows[2]!.amountDue, status: "plan_agreed" });
    expect(after.instalments[2]).toMatchObject({ status: "due", amountPaid: 0 });
  });

  it("re-opens a plan a miss broke: the miss counts nowhere and the debt is no longer overdue", async () => {
    const plan = await freshPlan();
    await pay(plan, 0, { outcome: "missed" });
    const second = await pay(plan, 1, { outcome: "missed" });
    const broken = await state(plan);
    expect(broken.plan.status).toBe("broken");
    expect(broken.debt.status).toBe("overdue");
    expect(await reverse(plan, second, "The client had paid in cash at the branch")).toEqual({ planStatus: "active" });
    const after = await state(plan);
    expect(after.plan.status).toBe("active");
    expect(after.debt).toMatchObject({ status: "plan_agreed", balance: broken.debt.balance });
    expect(after.instalments[1]).toMatchObject({ status: "due", amountPaid: 0 });
    expect(after.instalments[0]).toMatchObject({ status: "missed" });
  });

  it("leaves a late payment's instalment missed again when the payment is reversed, which can break the plan", async () => {
    const plan = await freshPlan();
    await pay(plan, 0, { outcome: "missed" });
    const late = await pay(plan, 0);
    await pay(plan, 1, { outcome: "missed" });
    expect((await state(plan)).plan.status).toBe("active");
    expect(await reverse(plan, late)).toEqual({ planStatus: "broken" });
    const after = await state(plan);
    expect(after.instalments[0]).toMatchObject({ status: "missed", amountPaid: 0 });
    expect(after.debt.status).toBe("overdue");
  });

  it("gives back only what a payment took off a balance smaller than the payment", async () => {
    const plan = await freshPlan();
    // The counsellor corrected the balance on the debt to ¥500 after the plan was agreed.
    await database.db.update(debts).set({ currentBalance: 50_000 }).where(eq(debts.id, plan.debtId));
    const clamped = await pay(plan, 0);
    const paid = await state(plan);
    expect(paid.debt.balance).toBe(0);
    expect(paid.payments[0]).toMatchObject({ amount: plan.rows[0]!.amountDue, balanceReduction: 50_000 });
    await reverse(plan, clamped);
    const after = await state(plan);
    expect(after.debt.balance).toBe(50_000);
    expect(after.instalments[0]).toMatchObject({ status: "due", amountPaid: 0 });
  });

  it("reverses a payment once when two people reverse it at the same moment", async () => {
    const plan = await freshPlan();
    const before = await state(plan);
    const id = await pay(plan, 0);
    const results = await Promise.all(Array.from({ length: 6 }, () => refusal(reverse(plan, id))));
    expect(results.filter((r) => r === "done")).toHaveLength(1);
    expect(results.filter((r) => r !== "done")).toEqual(Array.from({ length: 5 }, () => "alreadyReversed"));
    expect((await state(plan)).debt.balance).toBe(before.debt.balance);
  });
});

describe("what a reversal refuses, changing nothing", () => {
  it("a record already reversed", async () => {
    const plan = await freshPlan();
    const id = await pay(plan, 0, { outcome: "partly_paid", amount: 10_000 });
    await reverse(plan, id);
    const before = await state(plan);
    expect(await refusal(reverse(plan, id, "Again"))).toBe("alreadyReversed");
    expect(await state(plan)).toEqual(before);
  });

  it("re-opening an ended plan when a newer plan is on the debt; a reversal that leaves it ended still goes through", async () => {
    const plan = await freshPlan();
    const early = await pay(plan, 2, { outcome: "partly_paid", amount: 10_000 });
    await pay(plan, 0, { outcome: "missed" });
    const miss = await pay(plan, 1, { outcome: "missed" });
    await createPlan(person("counsellor"), clientId, planSchema.parse({ debtId: plan.debtId, currency: "CNY", kind: "instalments", startDate: today, months: "6" }));
    const before = await state(plan);
    expect(before.plans.map((p) => p.status)).toEqual(["broken", "active"]);
    expect(await refusal(reverse(plan, miss))).toBe("newerPlan");
    expect(await state(plan)).toEqual(before);

    expect(await reverse(plan, early)).toEqual({ planStatus: "broken" });
    const after = await state(plan);
    expect(after.plans.map((p) => p.status)).toEqual(["broken", "active"]);
    expect(after.debt.balance).toBe(before.debt.balance + 10_000);
    expect(after.instalments[2]).toMatchObject({ status: "due", amountPaid: 0 });
  });

  it("another counsellor's, another team's and a client's session: not found", async () => {
    const plan = await freshPlan();
    const id = await pay(plan, 0);
    const before = await state(plan);
    for (const who of ["counsellor2", "otherCounsellor", "otherSupervisor", "client", "client2"] as const) {
      expect(await refusal(reverse(plan, id, "Not mine to undo", who))).toBe("not found");
    }
    // The counsellor's own payment, named under another of their clients.
    const other = await freshClient();
    expect(await refusal(reversePayment(person("counsellor"), other, { paymentId: id, reason: "Wrong client" }))).toBe("not found");
    expect(await state(plan)).toEqual(before);
  });
});

describe("a reversed payment as each side sees it", () => {
  it("shows staff who reversed it and why, and the client only that it was reversed", async () => {
    const plan = await freshPlan(await zhangId());
    const id = await pay(plan, 0, { note: "Paid at the branch" });
    await reverse(plan, id, "Cheque bounced, bank ref 7731");
    const staff = (await listPlans(person("counsellor"), plan.client)).find((p) => p.id === plan.planId)!;
    expect(staff.instalments[0]!.payments[0]).toMatchObject({ id, reversedByName: person("counsellor").name, reversalReason: "Cheque bounced, bank ref 7731", note: "Paid at the branch" });
    const portal = (await listMyPlans(person("client"))).find((p) => p.id === plan.planId)!;
    expect(portal.instalments[0]!.payments[0]).toMatchObject({ id, reversedByName: null, reversalReason: null, note: null });
    expect(portal.instalments[0]!.payments[0]!.reversedAt).toBeInstanceOf(Date);
    expect(portal.instalments[0]).toMatchObject({ status: "due", amountPaid: 0 });
    expect(JSON.stringify(portal)).not.toMatch(/bounced|7731/);
  });
});

describe("the reverse button's action", () => {
  const submit = async (fields: Record<string, string>) => {
    const { reversePaymentAction } = await import("@/app/(staff)/clients/[clientId]/plans/actions");
    session.user = person("counsellor");
    try {
      return await reversePaymentAction(clientId, null, form(fields));
    } finally {
      session.user = null;
    }
  };

  it("asks for a reason of at most 500 characters, reverses, and then says it was reversed already", async () => {
    const plan = await freshPlan();
    const paymentId = await pay(plan, 0);
    const before = await state(plan);
    expect(await submit({ paymentId, reason: "   " })).toMatchObject({ ok: false, fieldErrors: { reason: 'plans.errors.reversalReason {"min":1}' } });
    expect(await submit({ paymentId, reason: "x".repeat(501) })).toMatchObject({ ok: false, fieldErrors: { reason: 'plans.errors.reversalReasonLong {"max":500}' } });
    expect(await state(plan)).toEqual(before);
    expect(await submit({ paymentId, reason: "Wrong instalment" })).toEqual({ ok: true, message: "plans.reversed" });
    expect(await submit({ paymentId, reason: "Wrong instalment" })).toMatchObject({ ok: false, fieldErrors: {}, message: "plans.errors.alreadyReversed" });
    expect((await state(plan)).debt.balance).toBe(before.debt.balance + plan.rows[0]!.amountDue);
  });
});
