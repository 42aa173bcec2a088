import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import {
  extensionCost,
  interestWaiverSaving,
  pauseCost,
  penaltyWaiverSaving,
  settlementSaving,
  type DebtTerms,
} from "./options";
import { formatPercent, rate } from "./rates";

// ¥10,000 at 0.05% a day (¥5 a day), 1.5× when overdue, paying ¥1,000 a month.
const current: DebtTerms = {
  balance: 1_000_000,
  rate: rate("daily", 500_000),
  penaltyMultiplier: 15_000,
  daysOverdue: 0,
  monthlyPayment: 100_000,
};
const overdue: DebtTerms = { ...current, daysOverdue: 45 };

describe("extensionCost", () => {
  it("charges contract interest for N × 365/12 days and defers N payments", () => {
    expect(extensionCost(current, 3)).toEqual({ months: 3, extraInterest: 45_625, deferredPayments: 300_000 });
    expect(extensionCost(current, 1)).toMatchObject({ extraInterest: 15_208 }); // 30.4166… days × ¥5
    expect(extensionCost(current, 12)).toMatchObject({ extraInterest: 182_500 }); // 18.25% of ¥10,000
    expect(extensionCost(current, 0)).toEqual({ months: 0, extraInterest: 0, deferredPayments: 0 });
  });

  it("uses exactly 365/12 days a month, not 30.4167", () => {
    // ¥10m for ten years: 30.4167-day months would add 2,000 fen.
    expect(extensionCost({ ...current, balance: 1_000_000_000 }, 120).extraInterest).toBe(1_825_000_000);
  });

  it("charges no penalty on an overdue debt, because the extension brings it current", () => {
    expect(extensionCost(overdue, 3).extraInterest).toBe(45_625);
  });
});

describe("pauseCost", () => {
  it("accrues interest for each day of the pause on a current debt", () => {
    expect(pauseCost(current, { from: "2025-01-01", until: "2025-04-01" })).toEqual({ days: 90, interest: 45_000, penalty: 0, total: 45_000 });
  });

  it("adds the penalty surcharge on an overdue debt unless it is waived", () => {
    const pause = { from: "2024-02-01", until: "2024-03-01" };
    expect(pauseCost(overdue, pause)).toEqual({ days: 29, interest: 14_500, penalty: 7_250, total: 21_750 });
    expect(pauseCost(overdue, { ...pause, penaltyWaived: true })).toEqual({ days: 29, interest: 14_500, penalty: 0, total: 14_500 });
    expect(pauseCost(overdue, { ...pause, interestWaived: true, penaltyWaived: true })).toEqual({ days: 29, interest: 0, penalty: 0, total: 0 });
  });

  it("rounds once over the whole pause, not day by day", () => {
    // 3.33 yuan at ¥0.001665 a day: 0 fen a day if rounded daily, 5 fen over 30 days.
    expect(pauseCost({ ...current, balance: 333 }, { from: "2025-06-01", until: "2025-07-01" }).interest).toBe(5);
  });

  it("refuses a pause that ends before it starts, or bad dates", () => {
    expect(() => pauseCost(current, { from: "2025-04-01", until: "2025-03-31" })).toThrow(RangeError);
    expect(() => pauseCost(current, { from: "2025-02-29", until: "2025-03-31" })).toThrow(RangeError);
    expect(pauseCost(current, { from: "2025-04-01", until: "2025-04-01" }).total).toBe(0);
  });
});

describe("waivers", () => {
  it("an interest waiver saves contract interest over the horizon", () => {
    expect(interestWaiverSaving(current, { months: 12 })).toBe(182_500);
    expect(interestWaiverSaving(overdue, { days: 30 })).toBe(15_000);
    expect(interestWaiverSaving({ ...current, rate: rate("annual", 182_500_000) }, { days: 30 })).toBe(15_000);
  });

  it("a penalty waiver saves the surcharge on an overdue debt and nothing on a current one", () => {
    expect(penaltyWaiverSaving(overdue, { days: 30 })).toBe(7_500);
    expect(penaltyWaiverSaving(overdue, { months: 6 })).toBe(45_625);
    expect(penaltyWaiverSaving(current, { months: 6 })).toBe(0);
    expect(penaltyWaiverSaving({ ...overdue, penaltyMultiplier: 10_000 }, { months: 6 })).toBe(0);
  });

  it("refuses a multiplier below 1× and other bad terms", () => {
    expect(() => penaltyWaiverSaving({ ...overdue, penaltyMultiplier: 5_000 }, { days: 1 })).toThrow(RangeError);
    expect(() => interestWaiverSaving({ ...current, balance: -1 }, { days: 1 })).toThrow(RangeError);
    expect(() => interestWaiverSaving(current, { days: -1 })).toThrow(RangeError);
    expect(() => extensionCost(current, 1.5)).toThrow(RangeError);
  });

  it("interest plus penalty always equals the total, and both only grow with time", () => {
    const terms = fc.record({
      balance: fc.integer({ min: 0, max: 10 ** 12 }),
      // Up to 0.2% a day or 100% a year; far beyond that the totals pass 2^53 and are refused.
      rate: fc.oneof(
        fc.record({ kind: fc.constant("daily" as const), ppb: fc.integer({ min: 0, max: 2_000_000 }) }),
        fc.record({ kind: fc.constant("annual" as const), ppb: fc.integer({ min: 0, max: 10 ** 9 }) }),
      ),
      penaltyMultiplier: fc.integer({ min: 10_000, max: 30_000 }),
      daysOverdue: fc.nat(400),
      monthlyPayment: fc.nat(10 ** 8),
    });
    fc.assert(
      fc.property(terms, fc.nat(3650), fc.nat(3650), (debt, a, b) => {
        const [shorter, longer] = a <= b ? [a, b] : [b, a];
        const from = "2025-01-01";
        const short = pauseCost(debt, { from, until: addDays(from, shorter) });
        const long = pauseCost(debt, { from, until: addDays(from, longer) });
        expect(long.interest + long.penalty).toBe(long.total);
        expect(long.penalty).toBeGreaterThanOrEqual(0);
        expect(long.interest).toBeGreaterThanOrEqual(short.interest);
        expect(long.total).toBeGreaterThanOrEqual(short.total);
        expect(interestWaiverSaving(debt, { days: longer })).toBe(long.interest);
        expect(penaltyWaiverSaving(debt, { days: longer })).toBe(long.penalty);
        if (debt.daysOverdue === 0) expect(long.penalty).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("settlementSaving", () => {
  it("reports the amount saved and the discount", () => {
    const deal = settlementSaving(1_000_000, 700_000);
    expect(deal).toEqual({ saved: 300_000, discountPpb: 300_000_000 });
    expect(formatPercent(deal.discountPpb)).toBe("30.00%");
    const third = settlementSaving(300_000, 100_000);
    expect(third.saved).toBe(200_000);
    expect(formatPercent(third.discountPpb, { maxDecimals: 2 })).toBe("66.67%");
  });

  it("handles full payment and a zero balance", () => {
    expect(settlementSaving(500, 500)).toEqual({ saved: 0, discountPpb: 0 });
    expect(settlementSaving(0, 0)).toEqual({ saved: 0, discountPpb: 0 });
    expect(settlementSaving(500, 0)).toEqual({ saved: 500, discountPpb: 1_000_000_000 });
  });

  it("refuses a lump sum above the balance", () => {
    expect(() => settlementSaving(500, 501)).toThrow(RangeError);
  });
});

