import { describe, expect, it } from "vitest";
import { debtOptions, type DebtOptionsInput } from "./debt-options";
import { MAX_MONEY_MINOR } from "./money";
import { extensionCost } from "./options";
import { MAX_RATE_PPB, rate } from "./rates";
import { FinanceOverflowError } from "./rounding";

// ¥10,000 on Jiebei at 0.05% a day, 45 days overdue at 1.5×, ¥1,000 a month due.
const jiebei: DebtOptionsInput = {
  balance: 1_000_000,
  rate: rate("daily", 500_000),
  penaltyMultiplier: 15_000,
  daysOverdue: 45,
  monthlyPayment: 100_000,
  isCreditCard: false,
  creditorMaxMonths: 36,
  hasAdverseRecord: true,
  today: "2026-11-29",
};
const params = { extendMonths: 3, waiverMonths: 12, planMonths: 12 };

describe("debtOptions", () => {
  it("shows ¥5 interest a day, ¥7.50 a day while overdue, and the rate daily and annualised", () => {
    const result = debtOptions(jiebei, params);
    expect(result.daily).toEqual({ interest: 500, overdueCharge: 750, penaltySurcharge: 250 });
    expect(result.rates.daily.ppb).toBe(500_000);
    expect(result.rates.annual).toEqual({ kind: "annual", ppb: 182_500_000 });
  });

  it("takes the extension straight from extensionCost", () => {
    expect(debtOptions(jiebei, params).extension).toEqual(extensionCost(jiebei, 3));
  });

  it("prices a pause from today and refuses one that ends today or earlier", () => {
    const pause = debtOptions(jiebei, { ...params, pauseUntil: "2026-12-29" }).pause;
    expect(pause).toMatchObject({ days: 30, interest: 15_000, penalty: 7_500, total: 22_500 });
    expect(debtOptions(jiebei, { ...params, pauseUntil: "2026-11-29" }).pause).toEqual({ error: "pause_not_in_future" });
    expect(debtOptions(jiebei, params).pause).toBeNull();
  });

  it("warns when a credit-card plan runs past 60 months and when the creditor's own limit is exceeded", () => {
    const card = { ...jiebei, isCreditCard: true, creditorMaxMonths: 60 };
    expect(debtOptions(card, { ...params, planMonths: 60 }).plan.warnings).toEqual([]);
    expect(debtOptions(card, { ...params, planMonths: 72 }).plan.warnings).toEqual([
      { code: "credit_card_instalment_term_exceeded", months: 72, maxMonths: 60 },
      { code: "creditor_max_months_exceeded", months: 72, maxMonths: 60 },
    ]);
    expect(debtOptions(jiebei, { ...params, planMonths: 48 }).plan.warnings).toEqual([
      { code: "creditor_max_months_exceeded", months: 48, maxMonths: 36 },
    ]);
  });

  it("builds both schedules over the chosen months, each paying off the balance", () => {
    const { plan } = debtOptions(jiebei, { ...params, planMonths: 24 });
    expect(plan.annuity.rows).toHaveLength(24);
    expect(plan.equalPrincipal.rows.at(-1)?.remaining).toBe(0);
    // Equal principal pays interest on a falling balance, so it costs less in total.
    expect(plan.equalPrincipal.totalInterest).toBeLessThan(plan.annuity.totalInterest);
  });

  it("values a settlement and refuses a lump sum above the balance", () => {
    expect(debtOptions(jiebei, { ...params, lumpSum: 600_000 }).settlement).toEqual({ lumpSum: 600_000, saved: 400_000, discountPpb: 400_000_000 });
    expect(debtOptions(jiebei, { ...params, lumpSum: 1_000_001 }).settlement).toEqual({ error: "above_balance" });
  });

  it("gives the credit-report removal date five years after the arrears are cleared", () => {
    expect(debtOptions(jiebei, { ...params, clearedOn: "2028-02-29" }).creditReport).toEqual({ clearedOn: "2028-02-29", removalDate: "2033-02-28" });
    expect(debtOptions({ ...jiebei, hasAdverseRecord: false }, params).creditReport).toBeNull();
  });

  it("charges no penalty on a debt that is not overdue", () => {
    const current = debtOptions({ ...jiebei, daysOverdue: 0 }, params);
    expect(current.daily.penaltySurcharge).toBe(0);
    expect(current.penaltyWaiver.saving).toBe(0);
  });

  it("reports a debt at the form's limits as too large to work out, not as a bad input", () => {
    // ¥100 billion at 1000% a day with a 100× penalty: the forms accept each figure, but a day's
    // charge alone is past 2^53 fen. The options page catches exactly this error.
    const extreme = { ...jiebei, balance: MAX_MONEY_MINOR, rate: rate("daily", MAX_RATE_PPB), penaltyMultiplier: 1_000_000 };
    expect(() => debtOptions(extreme, params)).toThrow(FinanceOverflowError);
    // A realistic large debt over the longest terms the page offers is exact.
    const large = { ...jiebei, balance: 1_000_000_000, monthlyPayment: 10_000_000 };
    expect(() => debtOptions(large, { extendMonths: 120, waiverMonths: 120, planMonths: 600, pauseUntil: "2100-12-31", lumpSum: 1 })).not.toThrow();
  });
});
