import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, clients, creditors, debts, instalments, payments, repaymentPlans } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { addDays } from "@/lib/finance";
import { addMonths, type PlanInput } from "@/lib/validation/plans";
import { agencyToday } from "./debts";
import { ConflictError, NotFoundError } from "./errors";
import { listMissedInstalments } from "./missed-instalments";
import { PlanTermError, createPlan, listMyPlans, listPlans, recordPayment } from "./plans";
import { getPortalSummary } from "./portal";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
let clientId = "";
const debtOf: Record<string, string> = {};

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "counsellor", "counsellor2", "supervisor2", "client", "client2"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  const [client] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, "张伟"));
  clientId = client!.id;
  const rows = await database.db.select({ id: debts.id, name: creditors.nameEn }).from(debts).innerJoin(creditors, eq(creditors.id, debts.creditorId)).where(eq(debts.clientId, clientId));
  for (const row of rows) debtOf[row.name] = row.id;
});
afterAll(() => database.drop());

const jiebei = () => debtOf["Jiebei (Ant Group)"]!;
const card = () => debtOf["China Merchants Bank Credit Card"]!;

function plan(overrides: Partial<PlanInput> = {}): PlanInput {
  return { debtId: jiebei(), currency: "CNY", entryId: null, kind: "instalments", startDate: "2026-01-10", months: 3, instalmentAmount: null, pauseUntil: null, overrideReason: null, ...overrides };
}

const debtRow = async (id: string) => (await database.db.select().from(debts).where(eq(debts.id, id)))[0]!;
const count = async (table: typeof payments | typeof instalments | typeof repaymentPlans) => (await database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

describe("repayment plans", () => {
  it("refuses a term over the creditor's maximum or the credit-card cap without an override reason", async () => {
    const plans0 = await count(repaymentPlans);
    await expect(createPlan(as.counsellor!, clientId, plan({ months: 37 }))).rejects.toBeInstanceOf(PlanTermError);
    const error = await createPlan(as.counsellor!, clientId, plan({ debtId: card(), months: 61 })).catch((e: unknown) => e);
    expect((error as PlanTermError).problems.map((p) => p.code)).toContain("credit_card");
    expect(await count(repaymentPlans)).toBe(plans0);
  });

  it("creates the plan with its schedule, sets the debt to plan agreed and audits with the client", async () => {
    const before = await debtRow(jiebei());
    const { id } = await createPlan(as.counsellor!, clientId, plan());
    const [shown] = await listPlans(as.counsellor!, clientId);
    expect(shown?.id).toBe(id);
    expect(shown?.instalments.map((i) => i.amountDue).reduce((a, b) => a + b, 0)).toBe(before.currentBalance);
    expect(shown?.instalments.map((i) => i.dueDate)).toEqual(["2026-01-10", "2026-02-10", "2026-03-10"]);
    expect((await debtRow(jiebei())).status).toBe("plan_agreed");
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit).toMatchObject({ action: "plan.created", clientId });
    await expect(createPlan(as.counsellor!, clientId, plan())).rejects.toBeInstanceOf(ConflictError);
  });

  it("leaves payment, instalment and balance unchanged when the transaction fails midway", async () => {
    const [shown] = await listPlans(as.counsellor!, clientId);
    const first = shown!.instalments[0]!;
    const balance = (await debtRow(jiebei())).currentBalance;
    const payments0 = await count(payments);
    // Make the debt update (after the payment row and the instalment are written) fail.
    await database.db.execute(sql`CREATE FUNCTION test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'forced failure'; END; $$`);
    await database.db.execute(sql`CREATE TRIGGER test_fail BEFORE UPDATE ON debts FOR EACH ROW EXECUTE FUNCTION test_fail()`);
    try {
      await expect(recordPayment(as.counsellor!, clientId, { instalmentId: first.id, outcome: "paid", amount: null, paidOn: "2026-01-10", note: null })).rejects.toThrow();
    } finally {
      await database.db.execute(sql`DROP TRIGGER test_fail ON debts`);
      await database.db.execute(sql`DROP FUNCTION test_fail()`);
    }
    expect(await count(payments)).toBe(payments0);
    const [after] = await database.db.select().from(instalments).where(eq(instalments.id, first.id));
    expect(after).toMatchObject({ status: "due", amountPaid: 0 });
    expect((await debtRow(jiebei())).currentBalance).toBe(balance);
  });

  it("records payments and misses, lists the missed one, and breaks the plan at the second miss", async () => {
    const [shown] = await listPlans(as.counsellor!, clientId);
    const [one, two, three] = shown!.instalments;
    const balance = (await debtRow(jiebei())).currentBalance;
    await recordPayment(as.counsellor!, clientId, { instalmentId: one!.id, outcome: "paid", amount: null, paidOn: "2026-01-10", note: null });
    await recordPayment(as.counsellor!, clientId, { instalmentId: two!.id, outcome: "partly_paid", amount: 100_000, paidOn: "2026-02-10", note: null });
    expect((await debtRow(jiebei())).currentBalance).toBe(balance - one!.amountDue - 100_000);
    const { planStatus } = await recordPayment(as.counsellor!, clientId, { instalmentId: three!.id, outcome: "missed", amount: 0, paidOn: "2026-03-10", note: null });
    expect(planStatus).toBe("active");
    const missed = await listMissedInstalments(as.counsellor!);
    expect(missed.map((m) => m.id)).toEqual(expect.arrayContaining([two!.id, three!.id]));
    // counsellor2 has missed instalments of their own (the demo seed); none of 张伟's may show.
    expect((await listMissedInstalments(as.counsellor2!)).filter((m) => m.clientId === clientId)).toEqual([]);
    await expect(recordPayment(as.counsellor!, clientId, { instalmentId: one!.id, outcome: "paid", amount: null, paidOn: "2026-01-11", note: null })).rejects.toBeInstanceOf(ConflictError);
    const result = await recordPayment(as.counsellor!, clientId, { instalmentId: two!.id, outcome: "missed", amount: 0, paidOn: "2026-02-28", note: null });
    expect(result.planStatus).toBe("broken");
    expect((await debtRow(jiebei())).status).toBe("overdue");
  });

  it("completes a plan when every instalment is paid and settles a cleared debt", async () => {
    const balance = (await debtRow(card())).currentBalance;
    const { id } = await createPlan(as.counsellor!, clientId, plan({ debtId: card(), months: 2 }));
    const shown = (await listPlans(as.counsellor!, clientId)).find((p) => p.id === id)!;
    for (const row of shown.instalments) await recordPayment(as.counsellor!, clientId, { instalmentId: row.id, outcome: "paid", amount: null, paidOn: row.dueDate, note: null });
    const done = (await listPlans(as.counsellor!, clientId)).find((p) => p.id === id)!;
    expect(done.status).toBe("completed");
    expect(balance).toBeGreaterThan(0);
    expect(await debtRow(card())).toMatchObject({ currentBalance: 0, status: "settled" });
  });

  it("gives another counsellor, another team and a client NotFoundError and writes nothing", async () => {
    const [shown] = await listPlans(as.counsellor!, clientId);
    const plans0 = await count(repaymentPlans);
    const payments0 = await count(payments);
    for (const outsider of [as.counsellor2!, as.supervisor2!, as.client!]) {
      await expect(listPlans(outsider, clientId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(createPlan(outsider, clientId, plan({ debtId: debtOf.Landlord! }))).rejects.toBeInstanceOf(NotFoundError);
      await expect(recordPayment(outsider, clientId, { instalmentId: shown!.instalments[0]!.id, outcome: "missed", amount: 0, paidOn: "2026-01-10", note: null })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await count(repaymentPlans)).toBe(plans0);
    expect(await count(payments)).toBe(payments0);
  });
});

describe("plans in the client portal", () => {
  it("shows a client their own plans read only, and nobody else's", async () => {
    const mine = await listMyPlans(as.client!);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((p) => p.id && p.instalments.length > 0)).toBe(true);
    const [zhang] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.portalUserId, as.client!.id));
    const own = await database.db.select({ id: repaymentPlans.id }).from(repaymentPlans).where(eq(repaymentPlans.clientId, zhang!.id));
    expect(mine.map((p) => p.id).sort()).toEqual(own.map((p) => p.id).sort());
    const emily = await listMyPlans(as.client2!);
    expect(emily.map((p) => p.instalments.filter((i) => i.status === "paid").length)).toEqual([2]);
    expect(emily.some((p) => mine.some((m) => m.id === p.id))).toBe(false);
    for (const staff of [as.counsellor!, as.supervisor!, as.admin!]) expect(await listMyPlans(staff)).toEqual([]);
  });

  it("keeps the staff's wording (a term override's reason, payment notes) out of the client's view", async () => {
    const { id } = await createPlan(as.counsellor!, clientId, plan({ months: 37, overrideReason: "Manager Li allowed 61 months off the record" }));
    const [instalment] = await database.db.select({ id: instalments.id }).from(instalments).where(eq(instalments.planId, id)).orderBy(instalments.number).limit(1);
    await recordPayment(as.counsellor!, clientId, { instalmentId: instalment!.id, outcome: "paid", amount: null, paidOn: "2026-01-10", note: "Paid from his brother's account" });
    const staffView = (await listPlans(as.counsellor!, clientId)).find((p) => p.id === id)!;
    expect(staffView.overrideReason).toBe("Manager Li allowed 61 months off the record");
    expect(staffView.instalments[0]!.payments[0]!.note).toBe("Paid from his brother's account");
    const portalView = (await listMyPlans(as.client!)).find((p) => p.id === id)!;
    expect(portalView.instalments[0]!.payments).toHaveLength(1);
    expect(JSON.stringify(portalView)).not.toMatch(/Manager Li|brother/);
  });
});

describe("a pause plan past its date", () => {
  /** Another overdue debt of 张伟's, with the Landlord's creditor, for a plan of its own. */
  async function newDebt(): Promise<string> {
    const landlord = await debtRow(debtOf.Landlord!);
    const [row] = await database.db.insert(debts).values({ clientId, creditorId: landlord.creditorId, originalPrincipal: 1_200_000, currentBalance: 1_200_000, status: "overdue" }).returning({ id: debts.id });
    return row!.id;
  }
  const planRow = async (id: string) => (await database.db.select().from(repaymentPlans).where(eq(repaymentPlans.id, id)))[0]!;
  const endings = (planId: string) => database.db.select().from(auditLog).where(and(eq(auditLog.entityId, planId), eq(auditLog.action, "plan.pause_ended")));
  const pause = (debtId: string, until: string, start: string) => plan({ debtId, kind: "pause", months: null, startDate: start, pauseUntil: until });

  it("has ended, so the debt can get the instalment plan agreed after it; the pause is completed and audited", async () => {
    const today = await agencyToday();
    const debtId = await newDebt();
    const paused = await createPlan(as.counsellor!, clientId, pause(debtId, addDays(today, -1), addMonths(today, -3)));
    const { id } = await createPlan(as.counsellor!, clientId, plan({ debtId, startDate: today, months: 12 }));
    expect(await planRow(paused.id)).toMatchObject({ status: "completed", version: 2 });
    expect(await planRow(id)).toMatchObject({ status: "active", kind: "instalments" });
    expect((await debtRow(debtId)).status).toBe("plan_agreed");
    const [ended, ...more] = await endings(paused.id);
    expect(more).toEqual([]);
    expect(ended).toMatchObject({ actorId: as.counsellor!.id, clientId, details: { debtId, pauseUntil: addDays(today, -1) } });
  });

  it("still runs on its last day: the debt keeps its pause and gets no second plan", async () => {
    const today = await agencyToday();
    const debtId = await newDebt();
    const paused = await createPlan(as.counsellor!, clientId, pause(debtId, today, addMonths(today, -1)));
    const refused = await createPlan(as.counsellor!, clientId, plan({ debtId, startDate: today, months: 12 })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).field).toBe("debtId");
    expect(await planRow(paused.id)).toMatchObject({ status: "active" });
    expect((await listPlans(as.counsellor!, clientId)).find((p) => p.id === paused.id)?.status).toBe("active");
    expect((await debtRow(debtId)).status).toBe("paused");
    expect(await endings(paused.id)).toEqual([]);
  });

  it("reads as completed to the counsellor and to the client, and is ended (and audited) once", async () => {
    const today = await agencyToday();
    const debtId = await newDebt();
    const activeBefore = (await getPortalSummary(as.client!))?.activePlans;
    const paused = await createPlan(as.counsellor!, clientId, pause(debtId, addDays(today, -1), addMonths(today, -2)));
    // The portal's home page counts it as ended before anything has completed it.
    expect((await getPortalSummary(as.client!))?.activePlans).toBe(activeBefore);
    expect(await planRow(paused.id)).toMatchObject({ status: "active" });
    expect((await listMyPlans(as.client!)).find((p) => p.id === paused.id)?.status).toBe("completed");
    expect((await listPlans(as.counsellor!, clientId)).find((p) => p.id === paused.id)?.status).toBe("completed");
    expect(await planRow(paused.id)).toMatchObject({ status: "completed" });
    const ended = await endings(paused.id);
    expect(ended).toHaveLength(1);
    // Nobody ended it: the date passed, and the client's own read only noticed.
    expect(ended[0]).toMatchObject({ actorId: null, clientId });
  });
});
