import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { creditors } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { MAX_MONEY_MINOR, MAX_RATE_PPB } from "@/lib/finance";
import { PERCENT_CHANGE_LIMIT_PPB } from "@/lib/finance/budget";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { statementSchema } from "@/lib/validation/budgets";
import { intakeSchema } from "@/lib/validation/clients";
import { createStatement, getStatement, listStatements } from "./budgets";
import { createClient } from "./clients";
import { createDebt, type DebtWrite } from "./debts";
import { NotFoundError } from "./errors";
import { getAffordableOffer, getDebtOptions } from "./offers";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
const creditor: Record<string, string> = {};
let seq = 0;

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["counsellor", "counsellor2"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  for (const name of ["Jiebei (Ant Group)", "Huabei (Ant Group)", "Tax authority"]) {
    const [row] = await database.db.select({ id: creditors.id }).from(creditors).where(eq(creditors.nameEn, name));
    creditor[name] = row!.id;
  }
});
afterAll(() => database.drop());

async function newClient(): Promise<string> {
  const input = intakeSchema.parse({
    fullName: `Offer test ${++seq}`,
    phone: "13800138001",
    email: "",
    dateOfBirth: "",
    preferredLanguage: "zh-CN",
    householdAdults: "1",
    householdDependants: "0",
    employmentStatus: "employed",
    notes: "",
  });
  return (await createClient(as.counsellor!, input)).id;
}

const debt = (name: string, change: Partial<DebtWrite>): DebtWrite => ({
  creditorId: creditor[name]!,
  product: null,
  accountReference: null,
  currency: "CNY",
  originalPrincipal: 1_000_000,
  currentBalance: 1_000_000,
  instalment: 0,
  rateKind: "daily",
  ratePpb: 500_000,
  penaltyMultiplier: null,
  dueDay: null,
  overdueSince: null,
  status: "current",
  priorityKind: null,
  ...change,
});

/** A statement of one monthly income and monthly expenditure lines, amounts as typed. */
const statement = (income: string, expenses: [category: string, amount: string][]) =>
  statementSchema.parse({
    statementDate: "2026-11-29",
    currency: "CNY",
    notes: "",
    category: ["wages", ...expenses.map(([c]) => c)],
    description: ["", ...expenses.map(() => "")],
    amount: [income, ...expenses.map(([, a]) => a)],
    frequency: ["monthly", ...expenses.map(() => "monthly")],
  });

describe("priority debts come first in the affordable offer", () => {
  it("keeps ¥800 of tax arrears back when the statement budgets nothing for them, and offers the rest pro rata", async () => {
    const client = await newClient();
    const jiebei = await createDebt(as.counsellor!, client, debt("Jiebei (Ant Group)", { currentBalance: 1_000_000 }));
    const huabei = await createDebt(as.counsellor!, client, debt("Huabei (Ant Group)", { currentBalance: 500_000 }));
    const tax = await createDebt(as.counsellor!, client, debt("Tax authority", { currentBalance: 960_000, instalment: 80_000, priorityKind: "tax", ratePpb: 0 }));
    // ¥5,000 in, ¥3,000 out: a ¥2,000 surplus, with no line for the tax arrears.
    await createStatement(as.counsellor!, client, statement("5,000", [["housing", "2,000"], ["food", "1,000"]]));

    const offer = await getAffordableOffer(as.counsellor!, client);
    expect(offer.statement?.surplus).toBe(200_000);
    expect(offer.priority).toEqual({ needed: 80_000, budgeted: 0, shortfall: 80_000, available: 120_000 });
    expect(offer.distribution).toEqual({
      kind: "pro_rata",
      offers: [
        { id: jiebei.id, amount: 80_000 },
        { id: huabei.id, amount: 40_000 },
      ],
      priorityIds: [tax.id],
      unallocated: 0,
    });

    // Once the next statement budgets the ¥800, the whole (now smaller) surplus is shared again.
    await createStatement(as.counsellor!, client, statement("5,000", [["housing", "2,000"], ["food", "1,000"], ["priority_debt_payments", "800"]]));
    const budgeted = await getAffordableOffer(as.counsellor!, client);
    expect(budgeted.priority).toMatchObject({ budgeted: 80_000, shortfall: 0, available: 120_000 });
    expect(budgeted.distribution?.kind === "pro_rata" && budgeted.distribution.offers.map((o) => o.amount)).toEqual([80_000, 40_000]);
  });

  it("offers tokens when the unbudgeted priority payments take the whole surplus", async () => {
    const client = await newClient();
    await createDebt(as.counsellor!, client, debt("Jiebei (Ant Group)", {}));
    await createDebt(as.counsellor!, client, debt("Tax authority", { instalment: 250_000, priorityKind: "tax" }));
    await createStatement(as.counsellor!, client, statement("5,000", [["housing", "3,000"]]));
    const offer = await getAffordableOffer(as.counsellor!, client);
    expect(offer.priority).toMatchObject({ shortfall: 250_000, available: -50_000 });
    expect(offer.distribution?.kind).toBe("token");
  });

  it("leaves settled priority debts and those in another currency out of what is kept back", async () => {
    const client = await newClient();
    await createDebt(as.counsellor!, client, debt("Jiebei (Ant Group)", {}));
    await createDebt(as.counsellor!, client, debt("Tax authority", { instalment: 80_000, priorityKind: "tax", status: "settled" }));
    await createDebt(as.counsellor!, client, debt("Tax authority", { instalment: 80_000, priorityKind: "tax", currency: "HKD" }));
    await createStatement(as.counsellor!, client, statement("5,000", [["housing", "3,000"]]));
    expect((await getAffordableOffer(as.counsellor!, client)).priority).toMatchObject({ needed: 0, shortfall: 0, available: 200_000 });
  });
});

describe("figures too large for exact arithmetic", () => {
  it("keeps every finance page readable after a surplus goes from ¥0.01 to ¥110,000", async () => {
    const client = await newClient();
    const jiebei = await createDebt(as.counsellor!, client, debt("Jiebei (Ant Group)", {}));
    await createStatement(as.counsellor!, client, statement("1,000.01", [["housing", "1,000"]]));
    await createStatement(as.counsellor!, client, statement("111,000", [["housing", "1,000"]]));
    const [latest] = await listStatements(as.counsellor!, client);
    expect(latest?.change?.surplus).toEqual({ before: 1, after: 11_000_000, delta: 10_999_999, percentPpb: PERCENT_CHANGE_LIMIT_PPB });
    expect((await getStatement(as.counsellor!, client, "latest"))?.version).toBe(2);
    expect((await getAffordableOffer(as.counsellor!, client)).statement?.surplus).toBe(11_000_000);
    const options = await getDebtOptions(as.counsellor!, client, jiebei.id, { extendMonths: 3, waiverMonths: 12, planMonths: 12 });
    expect(options.offer.distribution?.kind).toBe("pro_rata");
  });

  it("answers a debt at the form's limits with no options rather than an error, and still hides it from others", async () => {
    const client = await newClient();
    const extreme = await createDebt(
      as.counsellor!,
      client,
      debt("Jiebei (Ant Group)", { originalPrincipal: MAX_MONEY_MINOR, currentBalance: MAX_MONEY_MINOR, ratePpb: MAX_RATE_PPB, penaltyMultiplier: 1_000_000, overdueSince: "2026-01-01", status: "overdue" }),
    );
    const result = await getDebtOptions(as.counsellor!, client, extreme.id, { extendMonths: 3, waiverMonths: 12, planMonths: 12 });
    expect(result.options).toBeNull();
    expect(result.debt.currentBalance).toBe(MAX_MONEY_MINOR);
    await expect(getDebtOptions(as.counsellor2!, client, extreme.id, { extendMonths: 3, waiverMonths: 12, planMonths: 12 })).rejects.toBeInstanceOf(NotFoundError);
  });
});
