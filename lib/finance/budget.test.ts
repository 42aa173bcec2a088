import { describe, expect, it } from "vitest";
import { budgetChange, budgetTotals, change } from "./budget";
import { toMonthly } from "./frequency";
import { formatPercent } from "./rates";

describe("budgetTotals", () => {
  it("derives income, spending and surplus from monthly line amounts", () => {
    const lines = [
      { kind: "income" as const, monthlyAmount: toMonthly(150_000, "weekly") }, // ¥1,500 a week = ¥6,500 a month
      { kind: "income" as const, monthlyAmount: 80_000 },
      { kind: "expenditure" as const, monthlyAmount: 350_000 },
      { kind: "expenditure" as const, monthlyAmount: toMonthly(120_000, "quarterly") },
    ];
    expect(budgetTotals(lines)).toEqual({ income: 730_000, expenditure: 390_000, surplus: 340_000 });
  });

  it("gives a negative surplus when spending is higher, and zeros for no lines", () => {
    expect(budgetTotals([{ kind: "expenditure", monthlyAmount: 500 }])).toEqual({ income: 0, expenditure: 500, surplus: -500 });
    expect(budgetTotals([])).toEqual({ income: 0, expenditure: 0, surplus: 0 });
  });

  it("refuses negative or fractional line amounts", () => {
    expect(() => budgetTotals([{ kind: "income", monthlyAmount: -1 }])).toThrow(RangeError);
    expect(() => budgetTotals([{ kind: "income", monthlyAmount: 1.5 }])).toThrow(RangeError);
  });
});

describe("change", () => {
  it("reports the difference and the percentage against the earlier figure", () => {
    const c = change(400_000, 300_000);
    expect(c.delta).toBe(-100_000);
    expect(formatPercent(c.percentPpb ?? 0)).toBe("-25.00%");
  });

  it("measures a change in a negative surplus against its size", () => {
    expect(formatPercent(change(-1_000, 1_000).percentPpb ?? 0)).toBe("200.00%");
  });

  it("has no percentage when the earlier figure was zero", () => {
    expect(change(0, 5_000)).toEqual({ before: 0, after: 5_000, delta: 5_000, percentPpb: null });
  });

  it("compares whole statements", () => {
    const result = budgetChange({ income: 100, expenditure: 80, surplus: 20 }, { income: 110, expenditure: 80, surplus: 30 });
    expect(result.income.delta).toBe(10);
    expect(result.expenditure.percentPpb).toBe(0);
    expect(formatPercent(result.surplus.percentPpb ?? 0)).toBe("50.00%");
  });
});
