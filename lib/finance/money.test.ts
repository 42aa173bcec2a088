import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CURRENCY_CODES,
  CurrencyMismatchError,
  MAX_MONEY_MINOR,
  addMoney,
  formatMoney,
  isCurrencyCode,
  minorUnitExponent,
  money,
  parseMoney,
  sumMoney,
} from "./money";

describe("parseMoney", () => {
  it.each([
    ["1,234.56", 123456],
    ["1234.5", 123450],
    ["1234", 123400],
    ["0.05", 5],
    [".5", 50],
    ["  12.30 ", 1230],
    ["1.50000", 150],
    ["１，２３４．５６", 123456],
    ["0", 0],
  ])("reads %j as %i minor units", (input, amount) => {
    expect(parseMoney(input, "GBP")).toEqual({ ok: true, amount });
  });

  it.each(["", "   ", "abc", "12a", "1,23", "1.2.3", "+5", "1e5", "¥12", "£5", "12 34"])("refuses %j as invalid", (input) => {
    expect(parseMoney(input, "CNY")).toEqual({ ok: false, error: "invalid" });
  });

  it("names negative and over-precise amounts", () => {
    expect(parseMoney("-5", "USD")).toEqual({ ok: false, error: "negative" });
    expect(parseMoney("-1,234.56", "USD")).toEqual({ ok: false, error: "negative" });
    expect(parseMoney("1.234", "USD")).toEqual({ ok: false, error: "too_many_decimals" });
  });

  it("accepts exactly 10^13 minor units and refuses one more", () => {
    expect(parseMoney("100,000,000,000.00", "EUR")).toEqual({ ok: true, amount: MAX_MONEY_MINOR });
    expect(parseMoney("100000000000.01", "EUR")).toEqual({ ok: false, error: "too_large" });
    // Far past 2^53: must be reported as too large, not silently rounded.
    expect(parseMoney("99999999999999999999", "EUR")).toEqual({ ok: false, error: "too_large" });
  });

  it("reads back any amount written with or without thousands separators", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_MONEY_MINOR }), fc.boolean(), (amount, grouped) => {
        const major = Math.floor(amount / 100);
        const minor = (amount % 100).toString().padStart(2, "0");
        const whole = grouped ? major.toLocaleString("en-US") : major.toString();
        expect(parseMoney(`${whole}.${minor}`, "HKD")).toEqual({ ok: true, amount });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("formatMoney", () => {
  it("formats in English and Chinese", () => {
    expect(formatMoney(123456, "GBP", "en")).toBe("£1,234.56");
    expect(formatMoney(123456, "CNY", "zh-CN")).toBe("¥1,234.56");
    expect(formatMoney(123456, "CNY", "en")).toBe("CN¥1,234.56");
    expect(formatMoney(5, "USD", "en")).toBe("$0.05");
    expect(formatMoney(-5, "USD", "en")).toBe("-$0.05");
    expect(formatMoney(0, "HKD", "en")).toBe("HK$0.00");
    expect(formatMoney(100, "EUR", "zh-CN")).toBe("€1.00");
  });

  it("is exact at the top of the safe integer range, where a float would drift", () => {
    expect(formatMoney(9007199254740991, "USD", "en")).toBe("$90,071,992,547,409.91");
    expect(formatMoney(9007199254740985, "GBP", "en")).toBe("£90,071,992,547,409.85");
    expect(formatMoney(9007199254740987, "GBP", "en")).toBe("£90,071,992,547,409.87");
  });

  it("refuses fractional minor units", () => {
    expect(() => formatMoney(12.5, "GBP", "en")).toThrow(RangeError);
  });

  it("shows what parseMoney reads back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_MONEY_MINOR }), (amount) => {
        const text = formatMoney(amount, "GBP", "en").replace("£", "");
        expect(parseMoney(text, "GBP")).toEqual({ ok: true, amount });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("currencies", () => {
  it("knows the five currencies, each with two minor digits", () => {
    expect([...CURRENCY_CODES].sort()).toEqual(["CNY", "EUR", "GBP", "HKD", "USD"]);
    for (const code of CURRENCY_CODES) expect(minorUnitExponent(code)).toBe(2);
    expect(isCurrencyCode("CNY")).toBe(true);
    expect(isCurrencyCode("JPY")).toBe(false);
    expect(isCurrencyCode("toString")).toBe(false);
  });
});

describe("addMoney and sumMoney", () => {
  it("adds amounts of one currency", () => {
    expect(addMoney(money(150, "CNY"), money(275, "CNY"))).toEqual({ amount: 425, currency: "CNY" });
    expect(sumMoney([money(1, "GBP"), money(2, "GBP"), money(-3, "GBP")], "GBP")).toEqual({ amount: 0, currency: "GBP" });
    expect(sumMoney([], "USD")).toEqual({ amount: 0, currency: "USD" });
  });

  it("refuses to mix currencies", () => {
    expect(() => addMoney(money(1, "GBP"), money(1, "EUR"))).toThrow(CurrencyMismatchError);
    expect(() => sumMoney([money(1, "CNY"), money(1, "HKD")], "CNY")).toThrow(CurrencyMismatchError);
    expect(() => sumMoney([money(1, "CNY")], "HKD")).toThrow(CurrencyMismatchError);
  });

  it("refuses a total no number can hold exactly", () => {
    expect(() => addMoney(money(Number.MAX_SAFE_INTEGER, "GBP"), money(1, "GBP"))).toThrow(RangeError);
    expect(() => money(0.1, "GBP")).toThrow(RangeError);
  });

  it("sums to the same total in any order", () => {
    const amounts = fc.array(fc.integer({ min: -MAX_MONEY_MINOR, max: MAX_MONEY_MINOR }), { maxLength: 30 });
    fc.assert(
      fc.property(amounts, (list) => {
        const items = list.map((a) => money(a, "EUR"));
        const total = sumMoney(items, "EUR");
        expect(sumMoney([...items].reverse(), "EUR")).toEqual(total);
        expect(items.reduce(addMoney, money(0, "EUR"))).toEqual(total);
        expect(total.amount).toBe(list.reduce((s, a) => s + a, 0));
      }),
      { numRuns: 1000 },
    );
  });
});
