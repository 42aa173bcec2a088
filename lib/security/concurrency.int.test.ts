import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, debts, instalments, negotiationEntries, payments, repaymentPlans } from "@/db/schema";
import { VersionConflictError, getClient, updateClient } from "@/lib/dal/clients";
import { updateDebt } from "@/lib/dal/debts";
import { ConflictError } from "@/lib/dal/errors";
import { logNegotiationEntry } from "@/lib/dal/negotiations";
import { createPlan, recordPayment } from "@/lib/dal/plans";
import { freshDatabase } from "@/lib/testing/db";
import { clientUpdateSchema } from "@/lib/validation/clients";
import { newDebtSchema } from "@/lib/validation/debts";
import { negotiationEntrySchema } from "@/lib/validation/negotiations";
import { planSchema } from "@/lib/validation/plans";
import { debtFields, entryFields, freshClient, freshDebt, intakeFields, loadPeople, person } from "./testing/fixtures";

/**
 * Fifty writers at once on one client: every write is counted exactly once, and two people saving
 * the same record from the same version get one success and a reported conflict, never a lost update.
 */
const WRITERS = 50;
let database: { db: Db; drop: () => Promise<void> };
let clientId = "";

beforeAll(async () => {
  database = await freshDatabase();
  await loadPeople();
  clientId = await freshClient();
});
afterAll(() => database.drop());

const settle = <T>(work: (i: number) => Promise<T>) => Promise.allSettled(Array.from({ length: WRITERS }, (_, i) => work(i)));
const auditCount = async (action: string) =>
  (await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.clientId, clientId))))[0]!.n;

async function planOf(months: number) {
  const debtId = await freshDebt(clientId);
  const input = planSchema.parse({ debtId, currency: "CNY", kind: "instalments", startDate: "2026-01-10", months: String(months), override: "on", overrideReason: "load test" });
  const { id } = await createPlan(person("counsellor"), clientId, input);
  const rows = await database.db.select({ id: instalments.id, due: instalments.amountDue }).from(instalments).where(eq(instalments.planId, id)).orderBy(asc(instalments.dueDate));
  return { debtId, planId: id, instalments: rows };
}

describe(`${WRITERS} concurrent writers on one client`, () => {
  it("records fifty payments on fifty instalments exactly once each, and the balance moves by their sum", async () => {
    const plan = await planOf(WRITERS);
    const [before] = await database.db.select({ balance: debts.currentBalance }).from(debts).where(eq(debts.id, plan.debtId));
    const results = await settle((i) =>
      recordPayment(person("counsellor"), clientId, { instalmentId: plan.instalments[i]!.id, outcome: "paid", amount: null, paidOn: "2026-01-10", note: `writer ${i}` }),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const rows = await database.db.select({ instalmentId: payments.instalmentId }).from(payments).where(eq(payments.planId, plan.planId));
    expect(rows).toHaveLength(WRITERS);
    expect(new Set(rows.map((r) => r.instalmentId)).size).toBe(WRITERS);
    const total = plan.instalments.reduce((sum, r) => sum + r.due, 0);
    const [after] = await database.db.select({ balance: debts.currentBalance }).from(debts).where(eq(debts.id, plan.debtId));
    expect(after!.balance).toBe(Math.max(before!.balance - total, 0));
    const [status] = await database.db.select({ status: repaymentPlans.status }).from(repaymentPlans).where(eq(repaymentPlans.id, plan.planId));
    expect(status!.status).toBe("completed");
  });

  it("lets exactly one of fifty writers pay the same instalment; the others are told it is already paid", async () => {
    const plan = await planOf(3);
    const target = plan.instalments[0]!.id;
    const results = await settle(() => recordPayment(person("counsellor"), clientId, { instalmentId: target, outcome: "paid", amount: null, paidOn: "2026-01-10", note: null }));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
      expect(((r as PromiseRejectedResult).reason as ConflictError).field).toBe("alreadyPaid");
    }
    expect(await database.db.select().from(payments).where(eq(payments.instalmentId, target))).toHaveLength(1);
  });

  it("keeps all fifty negotiation entries logged at once, each with its audit row", async () => {
    const debtId = await freshDebt(clientId);
    const schema = negotiationEntrySchema({ timeZone: "Asia/Shanghai", now: new Date() });
    const auditBefore = await auditCount("negotiation.logged");
    const results = await settle((i) => logNegotiationEntry(person("counsellor"), clientId, schema.parse({ ...entryFields(debtId, "pending"), counterpartName: `Agent ${i}` })));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const rows = await database.db.select({ name: negotiationEntries.counterpartName }).from(negotiationEntries).where(eq(negotiationEntries.debtId, debtId));
    expect(rows.map((r) => r.name).sort()).toEqual(Array.from({ length: WRITERS }, (_, i) => `Agent ${i}`).sort());
    expect((await auditCount("negotiation.logged")) - auditBefore).toBe(WRITERS);
  });

  it("reports a conflict to every editor of a client profile but the first, and keeps the winner's data", async () => {
    const target = await freshClient();
    const { version } = await getClient(person("admin"), target);
    const results = await settle((i) => updateClient(person("counsellor"), clientUpdateSchema.parse({ ...intakeFields(`Editor ${i}`), clientId: target, version: String(version) })));
    const winners = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
    expect(winners).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflictError);
    const stored = await getClient(person("admin"), target);
    expect(stored.fullName).toBe(`Editor ${winners[0]}`);
    expect(stored.version).toBe(version + 1);
  });

  it("saves one active plan when fifty plans for the same debt are saved at once; the others are told it has one", async () => {
    const debtId = await freshDebt(clientId);
    const input = planSchema.parse({ debtId, currency: "CNY", kind: "instalments", startDate: "2026-01-10", months: "6", override: "on", overrideReason: "load test" });
    const results = await settle(() => createPlan(person("counsellor"), clientId, input));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
      expect(((r as PromiseRejectedResult).reason as ConflictError).field).toBe("debtId");
    }
    const plans = await database.db.select({ id: repaymentPlans.id }).from(repaymentPlans).where(eq(repaymentPlans.debtId, debtId));
    expect(plans).toHaveLength(1);
    expect(await database.db.select().from(instalments).where(eq(instalments.planId, plans[0]!.id))).toHaveLength(6);
  });

  it("keeps one correction of an entry when fifty are saved at once; the others are told it is already corrected", async () => {
    const debtId = await freshDebt(clientId);
    const schema = negotiationEntrySchema({ timeZone: "Asia/Shanghai", now: new Date() });
    const original = await logNegotiationEntry(person("counsellor"), clientId, schema.parse(entryFields(debtId, "pending")));
    const results = await settle((i) =>
      logNegotiationEntry(person("counsellor"), clientId, schema.parse({ ...entryFields(debtId, "pending"), counterpartName: `Corrector ${i}`, correctsEntryId: original.id })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
      expect(((r as PromiseRejectedResult).reason as ConflictError).field).toBe("correctsEntryId");
    }
    expect(await database.db.select().from(negotiationEntries).where(eq(negotiationEntries.correctsEntryId, original.id))).toHaveLength(1);
  });

  it("reports a conflict to every editor of a debt but the first", async () => {
    const debtId = await freshDebt(clientId);
    const { daysPastDue: _d, overdueSince: _o, ...base } = newDebtSchema.parse(await debtFields());
    const results = await settle((i) => updateDebt(person("counsellor"), clientId, debtId, 1, { ...base, product: `Edit ${i}`, overdueSince: null }));
    const winners = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
    expect(winners).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const [row] = await database.db.select({ product: debts.product, version: debts.version }).from(debts).where(eq(debts.id, debtId));
    expect(row).toEqual({ product: `Edit ${winners[0]}`, version: 2 });
  });
});
