import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { debts, instalments, notifications, payments, repaymentPlans } from "@/db/schema";
import { runDailyJobs } from "@/lib/jobs/daily";
import { form, session } from "@/lib/security/testing/harness";
import { freshClient, freshDebt, loadPeople, person } from "@/lib/security/testing/fixtures";
import { freshDatabase } from "@/lib/testing/db";
import type { FormState } from "@/lib/validation/form";
import { instantToAgencyDate } from "@/lib/validation/agency-time";
import { addMonths, planSchema, type PaymentInput } from "@/lib/validation/plans";
import { listDashboardSection } from "./dashboard-items";
import { agencyToday } from "./debts";
import { ConflictError } from "./errors";
import { getAgencySettings } from "./settings";
import { listMissedInstalments } from "./missed-instalments";
import { PaymentTooLargeError, createPlan, recordPayment } from "./plans";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/security/testing/harness")).sessionMock);
vi.mock("next/navigation", async () => (await import("@/lib/security/testing/harness")).navigationMock);
vi.mock("next-intl/server", async () => (await import("@/lib/security/testing/harness")).intlMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

/**
 * What recordPayment refuses, because a paid instalment cannot be corrected afterwards: more than is
 * still due on the instalment, a date after the agency's today, a miss before the due date. Each
 * refusal writes nothing; exact and partial payments still go through.
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

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Three instalments: due a month ago, about today (never later), and in a month (always later). */
async function freshPlan() {
  const debtId = await freshDebt(clientId);
  const input = planSchema.parse({ debtId, currency: "CNY", kind: "instalments", startDate: addMonths(today, -1), months: "3" });
  const { id } = await createPlan(person("counsellor"), clientId, input);
  const rows = await database.db.select().from(instalments).where(eq(instalments.planId, id)).orderBy(asc(instalments.number));
  return { debtId, planId: id, rows };
}

/** Everything a payment writes: its rows, the instalment, the debt's balance, status and version. */
async function snapshot(plan: { debtId: string; planId: string }, instalmentId: string) {
  const [n] = await database.db.select({ n: sql<number>`count(*)::int` }).from(payments).where(eq(payments.planId, plan.planId));
  const [instalment] = await database.db.select().from(instalments).where(eq(instalments.id, instalmentId));
  const [debt] = await database.db.select({ balance: debts.currentBalance, status: debts.status, version: debts.version }).from(debts).where(eq(debts.id, plan.debtId));
  const [planRow] = await database.db.select({ status: repaymentPlans.status, version: repaymentPlans.version }).from(repaymentPlans).where(eq(repaymentPlans.id, plan.planId));
  return { payments: n!.n, instalment, debt, plan: planRow };
}

const pay = (instalmentId: string, input: Partial<PaymentInput>) =>
  recordPayment(person("counsellor"), clientId, { instalmentId, outcome: "paid", amount: null, paidOn: today, note: null, ...input });

describe("recording a payment", () => {
  it("refuses more than is still due on the instalment, naming that amount, and writes nothing", async () => {
    const plan = await freshPlan();
    const first = plan.rows[0]!;
    const before = await snapshot(plan, first.id);
    const refused = await pay(first.id, { amount: first.amountDue + 1 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PaymentTooLargeError);
    expect(refused).toMatchObject({ due: first.amountDue, currency: "CNY" });
    expect(await snapshot(plan, first.id)).toEqual(before);

    await pay(first.id, { outcome: "partly_paid", amount: 100_000 });
    const part = await snapshot(plan, first.id);
    expect(part.instalment).toMatchObject({ status: "partly_paid", amountPaid: 100_000 });
    expect(part.debt!.balance).toBe(before.debt!.balance - 100_000);
    const still = first.amountDue - 100_000;
    await expect(pay(first.id, { outcome: "partly_paid", amount: still + 1 })).rejects.toMatchObject({ name: "PaymentTooLargeError", due: still });
    expect(await snapshot(plan, first.id)).toEqual(part);

    await pay(first.id, { amount: still });
    const paid = await snapshot(plan, first.id);
    expect(paid.instalment).toMatchObject({ status: "paid", amountPaid: first.amountDue });
    expect(paid.debt!.balance).toBe(before.debt!.balance - first.amountDue);
    expect(paid.payments).toBe(2);
  });

  it("takes an exact payment typed in full, and a blank amount as what is still due", async () => {
    const plan = await freshPlan();
    const [first, second] = plan.rows;
    const before = await snapshot(plan, first!.id);
    await pay(first!.id, { amount: first!.amountDue, paidOn: first!.dueDate });
    await pay(second!.id, { amount: null });
    const after = await snapshot(plan, second!.id);
    expect(after.instalment).toMatchObject({ status: "paid", amountPaid: second!.amountDue });
    expect(after.debt!.balance).toBe(before.debt!.balance - first!.amountDue - second!.amountDue);
  });

  it("refuses a payment dated after the agency's today and writes nothing; one made early, today, is taken", async () => {
    const plan = await freshPlan();
    const last = plan.rows[2]!;
    const before = await snapshot(plan, last.id);
    for (const outcome of ["paid", "partly_paid", "missed"] as const) {
      const refused = await pay(last.id, { outcome, amount: outcome === "partly_paid" ? 100 : null, paidOn: nextDay(today) }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ConflictError);
      expect((refused as ConflictError).field).toBe("paidOnFuture");
    }
    expect(await snapshot(plan, last.id)).toEqual(before);
    await pay(last.id, { paidOn: today });
    expect((await snapshot(plan, last.id)).instalment).toMatchObject({ status: "paid" });
  });

  it("refuses to mark missed an instalment not yet due and writes nothing; one due already can be", async () => {
    const plan = await freshPlan();
    const [first, , last] = plan.rows;
    expect(last!.dueDate > today && first!.dueDate < today).toBe(true);
    const before = await snapshot(plan, last!.id);
    const refused = await pay(last!.id, { outcome: "missed", amount: 0 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).field).toBe("notYetDue");
    expect(await snapshot(plan, last!.id)).toEqual(before);
    await pay(first!.id, { outcome: "missed", amount: 0, paidOn: today });
    expect((await snapshot(plan, first!.id)).instalment).toMatchObject({ status: "missed", amountPaid: 0 });
  });
});

describe("a broken plan replaced by a new one", () => {
  const DAY_MS = 86_400_000;
  /** The missed-instalment notifications the daily job wrote for these instalments on the agency day of `now`. */
  async function notified(ids: string[], now: Date) {
    await runDailyJobs(now);
    const day = instantToAgencyDate(now, (await getAgencySettings()).timeZone);
    const rows = await database.db
      .select({ key: notifications.dedupeKey })
      .from(notifications)
      .where(and(eq(notifications.kind, "instalment_missed"), inArray(notifications.dedupeKey, ids.map((id) => `instalment_missed:${id}:${day}`))));
    return rows.map((r) => r.key);
  }

  it("stops listing and notifying its missed instalments once a newer plan is agreed on the debt", async () => {
    const debtId = await freshDebt(clientId);
    const input = planSchema.parse({ debtId, currency: "CNY", kind: "instalments", startDate: addMonths(today, -6), months: "3" });
    const { id } = await createPlan(person("counsellor"), clientId, input);
    const rows = await database.db.select().from(instalments).where(eq(instalments.planId, id)).orderBy(asc(instalments.number));
    const ids = rows.map((r) => r.id);
    for (const row of rows.slice(0, 2)) await pay(row.id, { outcome: "missed", amount: 0 });
    expect((await snapshot({ debtId, planId: id }, ids[0]!)).plan).toMatchObject({ status: "broken" });
    // Broken, and not yet renegotiated: still on the dashboard (two missed, one overdue) and notified.
    const mine = async () => (await listMissedInstalments(person("counsellor"))).map((m) => m.id).filter((i) => ids.includes(i));
    const daily = async () => (await listDashboardSection({ id: person("counsellor").id, role: "counsellor" }, "instalments")).items.map((i) => i.id).filter((i) => ids.includes(i));
    expect((await mine()).sort()).toEqual([...ids].sort());
    expect((await daily()).sort()).toEqual([...ids].sort());
    expect(await notified(ids, new Date())).toHaveLength(3);

    await createPlan(person("counsellor"), clientId, planSchema.parse({ debtId, currency: "CNY", kind: "instalments", startDate: today, months: "6" }));
    expect(await mine()).toEqual([]);
    expect(await daily()).toEqual([]);
    expect(await notified(ids, new Date(Date.now() + DAY_MS))).toEqual([]);
  });
});

describe("the payment form's action", () => {
  const submit = async (fields: Record<string, string>) => {
    const { recordPaymentAction } = await import("@/app/(staff)/clients/[clientId]/plans/actions");
    session.user = person("counsellor");
    try {
      return await recordPaymentAction(clientId, null, form(fields));
    } finally {
      session.user = null;
    }
  };

  const fieldError = (state: FormState, name: string) => (state && !state.ok ? state.fieldErrors[name] : undefined);

  it("shows each refusal against its field, the amount still due as money, and keeps what was typed", async () => {
    const plan = await freshPlan();
    const [first, , last] = plan.rows;
    const typed = { instalmentId: first!.id, currency: "CNY", outcome: "paid", amount: "3,000,000", paidOn: today, note: "by transfer" };
    const over = await submit(typed);
    expect(over).toMatchObject({ ok: false, values: typed });
    expect(fieldError(over, "amount")).toBe(`plans.errors.overpaid ${JSON.stringify({ due: "CN¥3,000.00" })}`);
    const future = await submit({ ...typed, amount: "", paidOn: nextDay(today) });
    expect(fieldError(future, "paidOn")).toBe("plans.errors.paidOnFuture");
    const early = await submit({ ...typed, instalmentId: last!.id, outcome: "missed", amount: "" });
    expect(fieldError(early, "outcome")).toBe("plans.errors.notYetDue");
    expect((await snapshot(plan, first!.id)).payments).toBe(0);
  });
});
