import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { budgetChange, budgetTotals, change, isPercentAtLimit, PERCENT_CHANGE_LIMIT_PPB } from "./budget";
import { toMonthly } from "./frequency";
import { MAX_MONEY_MINOR } from "./money";
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

describe("change from a tiny or huge previous figure", () => {
  it("does not fail when a surplus goes from ¥0.01 to ¥110,000; the percentage stops at +1000%", () => {
    const c = change(1, 11_000_000);
    expect(c.delta).toBe(10_999_999);
    expect(c.percentPpb).toBe(PERCENT_CHANGE_LIMIT_PPB);
    expect(isPercentAtLimit(c.percentPpb!)).toBe(true);
    expect(formatPercent(c.percentPpb!)).toBe("1000.00%");
  });

  it("holds a fall of more than 1000% at −1000%", () => {
    const c = change(1, -11_000_000);
    expect(c.delta).toBe(-11_000_001);
    expect(c.percentPpb).toBe(-PERCENT_CHANGE_LIMIT_PPB);
    expect(isPercentAtLimit(c.percentPpb!)).toBe(true);
  });

  it("keeps a percentage just under the limit exact", () => {
    const c = change(1_000, 10_999); // +999.9%
    expect(formatPercent(c.percentPpb!)).toBe("999.90%");
    expect(isPercentAtLimit(c.percentPpb!)).toBe(false);
  });

  it("compares the largest statement the form accepts with a one-fen surplus", () => {
    // 100 lines of the largest amount, each weekly: the biggest income a statement can hold.
    const biggest = budgetTotals(Array.from({ length: 100 }, () => ({ kind: "income" as const, monthlyAmount: toMonthly(MAX_MONEY_MINOR, "weekly") })));
    const result = budgetChange({ income: 1, expenditure: biggest.income, surplus: 1 - biggest.income }, biggest);
    expect(result.income.percentPpb).toBe(PERCENT_CHANGE_LIMIT_PPB);
    expect(formatPercent(result.expenditure.percentPpb!)).toBe("-100.00%");
    expect(result.surplus.delta).toBe(2 * biggest.income - 1);
    expect(formatPercent(result.surplus.percentPpb!, { maxDecimals: 2 })).toBe("200.00%");
  });
});

describe("change properties", () => {
  // Every statement total is under 2^52 in size (see the largest statement above), so every difference fits a safe integer.
  const total = fc.oneof(fc.integer({ min: -(2 ** 52 - 1), max: 2 ** 52 - 1 }), fc.integer({ min: -1_000, max: 1_000 }));

  it("never throws, and the percentage is exact below the limit and held at it above", () => {
    fc.assert(
      fc.property(total, total, (before, after) => {
        const c = change(before, after);
        expect(c.delta).toBe(after - before);
        if (before === 0) {
          expect(c.percentPpb).toBeNull();
          return;
        }
        const ppb = c.percentPpb!;
        expect(Number.isSafeInteger(ppb)).toBe(true);
        expect(Math.abs(ppb)).toBeLessThanOrEqual(PERCENT_CHANGE_LIMIT_PPB);
        expect(Math.sign(ppb) === Math.sign(c.delta) || ppb === 0).toBe(true);
        const base = BigInt(Math.abs(before));
        const exact = BigInt(c.delta) * 1_000_000_000n;
        if (isPercentAtLimit(ppb)) {
          // The real change is at least as large as the limit shown.
          expect((exact < 0n ? -exact : exact) * 2n >= (BigInt(PERCENT_CHANGE_LIMIT_PPB) * 2n - 1n) * base).toBe(true);
        } else {
          // Rounded once: within half a ppb of the exact percentage.
          const gap = BigInt(ppb) * base - exact;
          expect((gap < 0n ? -gap : gap) * 2n <= base).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
