import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_RATE_PPB,
  annualToDaily,
  dailyInterest,
  dailyPenalty,
  dailyToAnnual,
  formatMultiplier,
  formatPercent,
  formatRate,
  parseMultiplier,
  parseRatePercent,
  rate,
} from "./rates";

const JIEBEI_DAILY = rate("daily", 500_000); // 0.05% a day

describe("daily consumer-credit rate, worked example", () => {
  it("¥10,000 at 0.05% a day costs ¥5 a day and 18.25% a year", () => {
    expect(dailyInterest(1_000_000, JIEBEI_DAILY)).toBe(500);
    expect(dailyToAnnual(JIEBEI_DAILY)).toEqual({ kind: "annual", ppb: 182_500_000 });
    expect(formatRate(dailyToAnnual(JIEBEI_DAILY))).toBe("18.25%");
    expect(formatRate(JIEBEI_DAILY)).toBe("0.05%");
  });

  it("overdue at 1.5× the daily charge is ¥7.50", () => {
    expect(dailyPenalty(1_000_000, JIEBEI_DAILY, 15_000)).toBe(750);
  });

  it("gives the same daily interest whether the rate is held as daily or as annual", () => {
    expect(dailyInterest(1_000_000, rate("annual", 182_500_000))).toBe(500);
  });
});

describe("conversions", () => {
  it("annualToDaily rounds to the nearest ppb", () => {
    expect(annualToDaily(rate("annual", 182_500_000))).toEqual({ kind: "daily", ppb: 500_000 });
    expect(annualToDaily(rate("annual", 240_000_000))).toEqual({ kind: "daily", ppb: 657_534 }); // 657,534.2…
    expect(annualToDaily(JIEBEI_DAILY)).toBe(JIEBEI_DAILY);
  });

  it("interest on an annual rate divides by 365 before rounding, not after", () => {
    // 24% a year is 0.0657534…% a day; the rate rounded to a whole ppb is 2 fen a day short on ¥100m.
    expect(dailyInterest(1_000_000, rate("annual", 240_000_000))).toBe(658);
    expect(dailyInterest(100_000_000, rate("annual", 240_000_000))).toBe(65_753);
    expect(dailyInterest(100_000_000, annualToDaily(rate("annual", 240_000_000)))).toBe(65_753);
    expect(dailyInterest(10_000_000_000, rate("annual", 240_000_000))).toBe(6_575_342);
    expect(dailyInterest(10_000_000_000, annualToDaily(rate("annual", 240_000_000)))).toBe(6_575_340);
  });

  it("daily → annual → daily is the identity", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_RATE_PPB }), (ppb) => {
        expect(annualToDaily(dailyToAnnual(rate("daily", ppb)))).toEqual(rate("daily", ppb));
      }),
      { numRuns: 1000 },
    );
  });

  it("a daily rate and its annual equivalent charge the same interest", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), fc.integer({ min: 0, max: 10_000_000 }), (balance, ppb) => {
        const daily = rate("daily", ppb);
        expect(dailyInterest(balance, dailyToAnnual(daily))).toBe(dailyInterest(balance, daily));
      }),
      { numRuns: 1000 },
    );
  });

  it("a 1× multiplier charges exactly ordinary interest, and a larger one never less", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 13 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 10_000, max: 40_000 }),
        (balance, ppb, multiplier) => {
          const r = rate("daily", ppb);
          expect(dailyPenalty(balance, r, 10_000)).toBe(dailyInterest(balance, r));
          expect(dailyPenalty(balance, r, multiplier)).toBeGreaterThanOrEqual(dailyInterest(balance, r));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("refuses negative or fractional rates and balances", () => {
    expect(() => rate("daily", -1)).toThrow(RangeError);
    expect(() => rate("daily", 0.5)).toThrow(RangeError);
    expect(() => dailyInterest(-100, JIEBEI_DAILY)).toThrow(RangeError);
    expect(() => dailyPenalty(100, JIEBEI_DAILY, 1.5)).toThrow(RangeError);
  });

  it("refuses a charge too large to hold exactly rather than rounding it", () => {
    expect(() => dailyPenalty(Number.MAX_SAFE_INTEGER, rate("daily", 1_000_000_000), 20_000)).toThrow(RangeError);
  });
});

describe("parseRatePercent", () => {
  it.each([
    ["0.05", 500_000],
    ["0.05%", 500_000],
    [" 0.0325 % ", 325_000],
    ["18.25", 182_500_000],
    ["０．０５％", 500_000],
    ["0.0000001", 1],
    ["1000", MAX_RATE_PPB],
  ])("reads %j exactly", (input, ppb) => {
    expect(parseRatePercent(input)).toEqual({ ok: true, rate: { kind: "daily", ppb } });
  });

  it("keeps the kind it is told", () => {
    expect(parseRatePercent("24", "annual")).toEqual({ ok: true, rate: { kind: "annual", ppb: 240_000_000 } });
  });

  it("names each kind of bad input", () => {
    expect(parseRatePercent("")).toEqual({ ok: false, error: "invalid" });
    expect(parseRatePercent("five")).toEqual({ ok: false, error: "invalid" });
    expect(parseRatePercent("%")).toEqual({ ok: false, error: "invalid" });
    expect(parseRatePercent("-0.05")).toEqual({ ok: false, error: "negative" });
    expect(parseRatePercent("0.00000001")).toEqual({ ok: false, error: "too_many_decimals" });
    expect(parseRatePercent("1000.0000001")).toEqual({ ok: false, error: "too_large" });
  });

  it("reads back every rate it formats", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_RATE_PPB }), (ppb) => {
        expect(parseRatePercent(formatPercent(ppb), "annual")).toEqual({ ok: true, rate: { kind: "annual", ppb } });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("formatPercent", () => {
  it("keeps two decimals and any further significant ones", () => {
    expect(formatPercent(0)).toBe("0.00%");
    expect(formatPercent(240_000_000)).toBe("24.00%");
    expect(formatPercent(325_000)).toBe("0.0325%");
    expect(formatPercent(1)).toBe("0.0000001%");
  });

  it("rounds half away from zero to a maximum number of decimals", () => {
    expect(formatPercent(666_666_667, { maxDecimals: 2 })).toBe("66.67%");
    expect(formatPercent(12_345_000, { maxDecimals: 2 })).toBe("1.23%");
    expect(formatPercent(12_350_000, { maxDecimals: 2 })).toBe("1.24%");
    expect(formatPercent(12_500_000, { minDecimals: 0, maxDecimals: 0 })).toBe("1%");
    expect(formatPercent(15_000_000, { minDecimals: 0, maxDecimals: 0 })).toBe("2%");
  });
});

describe("penalty multipliers", () => {
  it("parses and formats in 1/10,000ths", () => {
    expect(parseMultiplier("1.5")).toEqual({ ok: true, multiplier: 15_000 });
    expect(parseMultiplier("1.3333")).toEqual({ ok: true, multiplier: 13_333 });
    expect(parseMultiplier("1.33333")).toEqual({ ok: false, error: "too_many_decimals" });
    expect(parseMultiplier("101")).toEqual({ ok: false, error: "too_large" });
    expect(parseMultiplier("x")).toEqual({ ok: false, error: "invalid" });
    expect(formatMultiplier(15_000)).toBe("1.5");
    expect(formatMultiplier(10_000)).toBe("1.0");
  });
});
