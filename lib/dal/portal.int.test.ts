import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Db } from "@/db/client";
import { clients, debts } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { listMyOpenRequests } from "./document-requests";
import { listMyPlans } from "./plans";
import { getMyCase, getPortalSummary } from "./portal";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["client", "client2", "counsellor", "admin"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
});
afterAll(() => database.drop());

/** A plan of the client's first debt with the given instalments (due day, amount due, paid, status). */
async function addPlan(clientName: string, status: "active" | "completed" | "broken", currency: string, createdAt: string, rows: [string, number, number, string][]) {
  const [client] = await database.db.select({ id: clients.id, counsellorId: clients.counsellorId }).from(clients).where(eq(clients.fullName, clientName));
  const [debt] = await database.db.select({ id: debts.id }).from(debts).where(eq(debts.clientId, client!.id)).limit(1);
  const [plan] = rowsOf<{ id: string }>(
    await database.db.execute(sql`INSERT INTO repayment_plans (client_id, debt_id, kind, status, currency, start_date, months, instalment_amount, total_amount, created_by_id, created_at)
      VALUES (${client!.id}, ${debt!.id}, 'instalments', ${status}, ${currency}, '2026-01-01', ${rows.length}, 50000, ${rows.length * 50000}, ${client!.counsellorId}, ${createdAt}::timestamptz) RETURNING id`),
  );
  for (const [i, [dueDate, due, paid, state]] of rows.entries()) {
    await database.db.execute(sql`INSERT INTO instalments (plan_id, number, due_date, amount_due, amount_paid, status) VALUES (${plan!.id}, ${i + 1}, ${dueDate}, ${due}, ${paid}, ${state})`);
  }
}

/** The earliest instalment still owed on an active plan, worked out from the portal's full plan list. */
function owedFrom(plans: Awaited<ReturnType<typeof listMyPlans>>) {
  let next: { dueDate: string; amount: number; currency: string } | null = null;
  for (const plan of plans) {
    if (plan.status !== "active") continue;
    for (const row of plan.instalments) {
      if (row.status === "paid" || row.amountDue <= row.amountPaid) continue;
      if (!next || row.dueDate < next.dueDate) next = { dueDate: row.dueDate, amount: row.amountDue - row.amountPaid, currency: plan.currency };
    }
  }
  return next;
}

async function expectSummaryMatchesTheLists(who: SessionUser) {
  const [summary, myCase, requests, plans] = await Promise.all([getPortalSummary(who), getMyCase(who), listMyOpenRequests(who), listMyPlans(who)]);
  expect(summary).toMatchObject({ ...myCase, openRequests: requests.length, activePlans: plans.filter((p) => p.status === "active").length, nextInstalment: owedFrom(plans) });
}

describe("the portal home's summary", () => {
  it("shows each client their own case with the figures their full lists give", async () => {
    await expectSummaryMatchesTheLists(as.client!);
    await expectSummaryMatchesTheLists(as.client2!);
    expect((await getPortalSummary(as.client!))?.fullName).toBe("张伟");
    expect((await getPortalSummary(as.client2!))?.fullName).toBe("Emily Brown");
  });

  it("owes the earliest unpaid instalment of an active plan, only what is left of a part payment, and skips broken plans", async () => {
    await addPlan("Emily Brown", "broken", "CNY", "2026-01-01T00:00:00Z", [["2025-12-01", 10_000, 0, "missed"]]);
    await addPlan("Emily Brown", "active", "CNY", "2026-01-02T00:00:00Z", [
      ["2026-01-10", 50_000, 50_000, "paid"],
      ["2026-02-10", 50_000, 20_000, "partly_paid"],
      ["2026-03-10", 50_000, 0, "due"],
    ]);
    await addPlan("Emily Brown", "active", "USD", "2026-01-03T00:00:00Z", [["2026-02-15", 30_000, 0, "due"]]);
    expect((await getPortalSummary(as.client2!))?.nextInstalment).toEqual({ dueDate: "2026-02-10", amount: 30_000, currency: "CNY" });
    // A missed instalment on an active plan is still owed, and comes first.
    await addPlan("Emily Brown", "active", "USD", "2026-01-04T00:00:00Z", [["2026-01-20", 40_000, 0, "missed"]]);
    expect((await getPortalSummary(as.client2!))?.nextInstalment).toEqual({ dueDate: "2026-01-20", amount: 40_000, currency: "USD" });
    await expectSummaryMatchesTheLists(as.client2!);
    // 张伟's summary is untouched by another client's plans.
    await expectSummaryMatchesTheLists(as.client!);
  });

  it("gives staff nothing", async () => {
    expect(await getPortalSummary(as.counsellor!)).toBeNull();
    expect(await getPortalSummary(as.admin!)).toBeNull();
  });
});

describe("the portal's debts", () => {
  it("shows each client their own debts, largest balance first, and nobody else's", async () => {
    for (const [who, name] of [["client", "张伟"], ["client2", "Emily Brown"]] as const) {
      const [client] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, name));
      const own = await database.db.select({ id: debts.id, balance: debts.currentBalance }).from(debts).where(eq(debts.clientId, client!.id));
      const shown = (await getPortalSummary(as[who]!))!.debts;
      expect(own.length).toBeGreaterThan(0);
      expect(shown.map((d) => d.id).sort()).toEqual(own.map((d) => d.id).sort());
      expect(shown.map((d) => d.balance)).toEqual([...shown.map((d) => d.balance)].sort((a, b) => b - a));
      // Only what the portal shows: no account reference, rate or note travels with a debt.
      expect(Object.keys(shown[0]!).sort()).toEqual(["balance", "creditorNameEn", "creditorNameZh", "currency", "id", "product", "status"]);
    }
    const zhang = (await getPortalSummary(as.client!))!.debts.map((d) => d.id);
    expect((await getPortalSummary(as.client2!))!.debts.some((d) => zhang.includes(d.id))).toBe(false);
  });
});
