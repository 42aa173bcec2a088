import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, budgetLines, budgetStatements, clients } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { distributeSurplus, formatPercent } from "@/lib/finance";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { statementSchema } from "@/lib/validation/budgets";
import { createStatement, getStatement, listStatements } from "./budgets";
import { listDebts } from "./debts";
import { NotFoundError } from "./errors";
import { getAffordableOffer, getDebtOptions } from "./offers";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "counsellor", "counsellor2", "supervisor2", "client"]) {
    as[key] = await sessionFor(`${key}@demo.accord.test`);
  }
  for (const name of ["刘洋", "张伟"]) {
    const [row] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, name));
    ids[name] = row!.id;
  }
});
afterAll(() => database.drop());

const statement = (amounts: { wages: string; rent: string; food: string }) =>
  statementSchema.parse({
    statementDate: "2026-11-29",
    currency: "CNY",
    notes: "",
    category: ["wages", "housing", "food"],
    description: ["", "Rent", ""],
    amount: [amounts.wages, amounts.rent, amounts.food],
    frequency: ["weekly", "monthly", "monthly"],
  });

async function statementRows(clientId: string): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(budgetStatements).where(eq(budgetStatements.clientId, clientId));
  return row?.n ?? 0;
}

describe("income & expenditure statements", () => {
  it("keeps each statement as a new version with derived totals and the change against the previous one", async () => {
    const client = ids["刘洋"]!;
    const first = await createStatement(as.counsellor!, client, statement({ wages: "1,500", rent: "2,800", food: "1,800" }));
    const second = await createStatement(as.supervisor!, client, statement({ wages: "1,200", rent: "2,800", food: "1,600" }));
    expect([first.version, second.version]).toEqual([1, 2]);
    const [latest, earlier] = await listStatements(as.counsellor!, client);
    // ¥1,500 a week is ¥6,500 a month; ¥1,200 a week is ¥5,200.
    expect(earlier?.totals).toEqual({ income: 650_000, expenditure: 460_000, surplus: 190_000 });
    expect(latest?.totals).toEqual({ income: 520_000, expenditure: 440_000, surplus: 80_000 });
    expect(earlier?.change).toBeNull();
    expect(latest?.change?.income).toMatchObject({ before: 650_000, after: 520_000, delta: -130_000 });
    expect(formatPercent(latest!.change!.income.percentPpb!)).toBe("-20.00%");
    expect(formatPercent(latest!.change!.surplus.percentPpb!, { maxDecimals: 2 })).toBe("-57.89%");
    const detail = await getStatement(as.counsellor!, client, "latest");
    expect(detail?.lines.map((l) => [l.category, l.monthlyAmount])).toEqual([["wages", 520_000], ["housing", 280_000], ["food", 160_000]]);
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, second.id));
    expect(audit).toMatchObject({ action: "budget.statement_created", clientId: client });
  });

  it("answers not-found to another counsellor, another team and a client, and saves nothing for them", async () => {
    const client = ids["刘洋"]!;
    const before = await statementRows(client);
    const [lines] = await database.db.select({ n: count() }).from(budgetLines);
    for (const who of ["counsellor2", "supervisor2", "client"]) {
      await expect(listStatements(as[who]!, client)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getStatement(as[who]!, client, "latest")).rejects.toBeInstanceOf(NotFoundError);
      await expect(createStatement(as[who]!, client, statement({ wages: "1", rent: "1", food: "1" }))).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await statementRows(client)).toBe(before);
    const [after] = await database.db.select({ n: count() }).from(budgetLines);
    expect(after?.n).toBe(lines?.n);
  });
});

describe("affordable offer", () => {
  it("splits the latest surplus exactly as distributeSurplus does, leaving the priority debt out", async () => {
    const client = ids["张伟"]!;
    const [offer, debts, latest] = await Promise.all([
      getAffordableOffer(as.counsellor!, client),
      listDebts(as.counsellor!, client),
      getStatement(as.counsellor!, client, "latest"),
    ]);
    expect(offer.statement?.version).toBe(2);
    expect(offer.statement?.surplus).toBe(latest!.totals.surplus);
    expect(offer.distribution).toEqual(
      distributeSurplus({ available: latest!.totals.surplus, debts: debts.map((d) => ({ id: d.id, balance: d.currentBalance, priority: d.priority })) }),
    );
    const landlord = debts.find((d) => d.priority);
    expect(offer.distribution?.priorityIds).toEqual([landlord!.id]);
    expect(offer.distribution?.kind).toBe("pro_rata");
  });

  it("works out the options of one debt, and hides them from another team", async () => {
    const client = ids["张伟"]!;
    const jiebei = (await listDebts(as.counsellor!, client)).find((d) => d.creditorNameEn.startsWith("Jiebei"))!;
    const result = await getDebtOptions(as.supervisor!, client, jiebei.id, { extendMonths: 3, waiverMonths: 12, planMonths: 72, lumpSum: "20,000" });
    // ¥38,500 at 0.05% a day is ¥19.25 a day.
    expect(result.options?.daily.interest).toBe(1_925);
    expect(result.options?.settlement).toMatchObject({ lumpSum: 2_000_000, saved: 1_850_000 });
    expect(result.options?.plan.warnings.map((w) => w.code)).toEqual(["creditor_max_months_exceeded"]);
    expect((await getDebtOptions(as.counsellor!, client, jiebei.id, { extendMonths: 3, waiverMonths: 12, planMonths: 12, lumpSum: "-5" })).lumpSumError).toBe("negative");
    await expect(getDebtOptions(as.supervisor2!, client, jiebei.id, { extendMonths: 3, waiverMonths: 12, planMonths: 12 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("offers tokens when the surplus is gone", async () => {
    const client = ids["张伟"]!;
    await createStatement(as.counsellor!, client, statement({ wages: "100", rent: "2,800", food: "1,800" }));
    const offer = await getAffordableOffer(as.counsellor!, client);
    expect(offer.statement!.surplus).toBeLessThan(0);
    expect(offer.distribution?.kind).toBe("token");
  });
});
