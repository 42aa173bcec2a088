import { count, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db, type Db } from "@/db/client";
import { creditors, debts, negotiationEntries, repaymentPlans } from "@/db/schema";
import { parseAuditQuery } from "@/lib/audit/query";
import { listAuditLog } from "@/lib/dal/audit-log";
import { agencyToday } from "@/lib/dal/debts";
import { creditorFields, debtFields, entryFields, freshCreditor, freshDebt, loadPeople, person, planFields, zhangId } from "@/lib/security/testing/fixtures";
import { form, outcomeOf, session, type Outcome } from "@/lib/security/testing/harness";
import { freshDatabase } from "@/lib/testing/db";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/security/testing/harness")).sessionMock);
vi.mock("next/navigation", async () => (await import("@/lib/security/testing/harness")).navigationMock);
vi.mock("next-intl/server", async () => (await import("@/lib/security/testing/harness")).intlMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const { createPlanAction } = await import("@/app/(staff)/clients/[clientId]/plans/actions");
const { logEntryAction } = await import("@/app/(staff)/clients/[clientId]/negotiations/actions");
const { updateDebtAction } = await import("@/app/(staff)/clients/[clientId]/debts/actions");
const { updateCreditorAction } = await import("@/app/(staff)/admin/creditors/actions");
const { GET: analyticsExport } = await import("@/app/api/supervision/analytics/export/route");
const { GET: auditExport } = await import("@/app/api/admin/audit/export/route");

/**
 * Dates and versions beyond what the columns hold, sent through the real actions and routes: a
 * message on the form (the mocked translator answers with the catalogue key) or the default range,
 * never a database error, and nothing saved.
 */
let database: { db: Db; drop: () => Promise<void> };
let clientId = "";

beforeAll(async () => {
  database = await freshDatabase();
  await loadPeople();
  clientId = await zhangId();
});
afterAll(() => database.drop());

async function as(who: "counsellor" | "supervisor" | "admin", call: () => Promise<unknown>): Promise<Outcome> {
  session.user = person(who);
  try {
    return await outcomeOf(call);
  } finally {
    session.user = null;
  }
}
const refusal = (outcome: Outcome) => {
  expect(outcome.kind, JSON.stringify(outcome)).toBe("refused");
  return (outcome as { result: { fieldErrors: Record<string, string>; message: string } }).result;
};

describe("typed dates outside 1900–2100", () => {
  // 0000 was PostgreSQL's 22008 (the error page); 0025 was saved, a schedule overdue since year 25.
  it.each(["0000-03-01", "0025-03-01"])("refuses a plan starting %s on its field and saves no plan", async (startDate) => {
    const debtId = await freshDebt(clientId);
    const result = refusal(await as("counsellor", () => createPlanAction(clientId, null, form({ ...planFields(debtId), startDate }))));
    expect(result.fieldErrors.startDate).toMatch(/^validation\.dateRange/);
    expect((await db().select({ n: count() }).from(repaymentPlans).where(eq(repaymentPlans.debtId, debtId)))[0]!.n).toBe(0);
  });

  it("refuses a negotiation entry with a pause until year 0000 and logs nothing", async () => {
    const debtId = await freshDebt(clientId);
    const result = refusal(await as("counsellor", () => logEntryAction(clientId, null, form({ ...entryFields(debtId), requestedPauseUntil: "0000-01-01" }))));
    expect(result.fieldErrors.requestedPauseUntil).toMatch(/^validation\.dateRange/);
    expect((await db().select({ n: count() }).from(negotiationEntries).where(eq(negotiationEntries.debtId, debtId)))[0]!.n).toBe(0);
  });
});

describe("a version beyond the integer column", () => {
  // `WHERE version = 2147483648` on an integer column was a 22003: a 500 instead of the conflict message.
  it("is the stale-form message on a debt, which stays as it was", async () => {
    const debtId = await freshDebt(clientId);
    const fields = { ...(await debtFields()), currentBalance: "1", debtId, version: "2147483648" };
    const result = refusal(await as("counsellor", () => updateDebtAction(clientId, null, form(fields))));
    expect(result.message).toMatch(/^errors\.conflict/);
    const [row] = await db().select({ version: debts.version, balance: debts.currentBalance }).from(debts).where(eq(debts.id, debtId));
    expect(row).toEqual({ version: 1, balance: 900_000 });
  });

  it("is the stale-form message on a creditor, which stays as it was", async () => {
    const creditorId = await freshCreditor();
    const fields = { ...creditorFields(), creditorId, version: "2147483648" };
    const result = refusal(await as("admin", () => updateCreditorAction(null, form(fields))));
    expect(result.message).toMatch(/^errors\.conflict/);
    const [row] = await db().select({ version: creditors.version }).from(creditors).where(eq(creditors.id, creditorId));
    expect(row?.version).toBe(1);
  });
});

describe("report ranges with dates no record carries", () => {
  const get = (url: string) => new NextRequest(new URL(url, "http://accord.test"));

  // The day after 9999-12-31 has no instant (a RangeError: the export answered 500); 0001 read as 1901.
  it.each(["from=9999-01-01&to=9999-12-31", "from=0001-01-01&to=0001-12-31"])("exports the default range for %s", async (search) => {
    const outcome = await as("supervisor", () => analyticsExport(get(`/api/supervision/analytics/export?${search}`)));
    expect(outcome.kind, JSON.stringify(outcome)).toBe("ok");
    const response = (outcome as { result: Response }).result;
    expect(response.status).toBe(200);
    const today = await agencyToday();
    expect(response.headers.get("Content-Disposition")).toContain(`-${today}.csv`);
    expect(await response.text()).toContain("supervision.analytics.csv.");
  });

  it("shows the audit log's last 30 days, not nothing, for such a range", async () => {
    const today = await agencyToday();
    for (const [from, to] of [["0025-01-01", "0025-06-30"], ["9999-01-01", "9999-12-31"]] as const) {
      const { rows } = await listAuditLog(person("admin"), parseAuditQuery({ from, to }, today), "Asia/Shanghai");
      expect(rows.length).toBeGreaterThan(0);
    }
    const outcome = await as("admin", () => auditExport(get("/api/admin/audit/export?from=0025-01-01&to=0025-06-30")));
    const response = (outcome as { result: Response }).result;
    expect(response.status).toBe(200);
    expect((await response.text()).trim().split("\n").length).toBeGreaterThan(1);
  });
});
