import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FREQUENCIES, PERIODS_PER_YEAR, fromMonthly, isFrequency, toMonthly, type Frequency } from "./frequency";

describe("toMonthly", () => {
  it("converts the worked examples exactly", () => {
    expect(toMonthly(5000, "weekly")).toBe(21667); // £50 a week → £216.67 a month
    expect(toMonthly(80000, "fortnightly")).toBe(173333); // £800 a fortnight → £1,733.33
    expect(toMonthly(30000, "quarterly")).toBe(10000); // £300 a quarter → £100.00
  });

  it("uses 13 four-weekly periods and 1 yearly period", () => {
    expect(toMonthly(100000, "four_weekly")).toBe(108333);
    expect(toMonthly(120000, "yearly")).toBe(10000);
    expect(toMonthly(123457, "monthly")).toBe(123457);
  });

  it("rounds a half up, away from zero, for credits and refunds alike", () => {
    expect(toMonthly(3, "quarterly")).toBe(1); // 12/12 exactly
    expect(toMonthly(6, "yearly")).toBe(1); // 0.5 → 1
    expect(toMonthly(-6, "yearly")).toBe(-1);
    expect(toMonthly(5, "yearly")).toBe(0); // 0.4166…
  });

  it("refuses fractional minor units", () => {
    expect(() => toMonthly(10.5, "weekly")).toThrow(RangeError);
  });

  it("is within half a minor unit of amount × periods / 12 and odd-symmetric", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 13), max: 10 ** 13 }), fc.constantFrom(...FREQUENCIES), (amount, frequency) => {
        const monthly = toMonthly(amount, frequency);
        const error = Math.abs(monthly * 12 - amount * PERIODS_PER_YEAR[frequency]);
        expect(error).toBeLessThanOrEqual(6);
        expect(toMonthly(-amount, frequency)).toBe(-monthly || 0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("fromMonthly", () => {
  it("shows a monthly amount per period", () => {
    expect(fromMonthly(21667, "weekly")).toBe(5000);
    expect(fromMonthly(10000, "quarterly")).toBe(30000);
    expect(fromMonthly(10000, "yearly")).toBe(120000);
  });

  it("round-trips amounts that were converted to monthly, for the coarser periods", () => {
    const coarse = fc.constantFrom<Frequency>("monthly", "quarterly", "yearly");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), coarse, (amount, frequency) => {
        expect(fromMonthly(toMonthly(amount * 12, frequency), frequency)).toBe(amount * 12);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("isFrequency", () => {
  it("accepts only the six frequencies", () => {
    expect(FREQUENCIES.every(isFrequency)).toBe(true);
    expect(isFrequency("daily")).toBe(false);
  });
});
