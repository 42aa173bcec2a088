import { describe, expect, it } from "vitest";
import { parseMoney } from "@/lib/finance/money";
import { currencySymbol, displayAmount } from "./money-format";

describe("displayAmount", () => {
  it("groups a typed amount and shows the currency's decimals", () => {
    expect(displayAmount("1234.5", "CNY", "zh-CN")).toBe("1,234.50");
    expect(displayAmount("1234567", "CNY", "en")).toBe("1,234,567.00");
    expect(displayAmount("1,234.5", "CNY", "en")).toBe("1,234.50");
  });

  it("keeps very large amounts exact (no float drift)", () => {
    expect(displayAmount("99999999999.99", "CNY", "en")).toBe("99,999,999,999.99");
  });

  it("leaves input the server will reject untouched, so the user sees what they typed", () => {
    for (const bad of ["12.345", "-5", "abc", "1.2.3", "", "900000000000"]) expect(displayAmount(bad, "CNY", "en")).toBe(bad);
  });

  it("reads full-width digits and point from a Chinese input method as the server does", () => {
    expect(parseMoney("１２．５", "CNY")).toEqual({ ok: true, amount: 1250 });
    expect(displayAmount("１２．５", "CNY", "zh-CN")).toBe("12.50");
    expect(displayAmount("１，２３４．５", "CNY", "en")).toBe("1,234.50");
  });

  it("leaves a misplaced group separator as typed rather than turning 1,23 into 123", () => {
    expect(parseMoney("1,23", "CNY").ok).toBe(false);
    for (const bad of ["1,23", "1，23", "12,34.5", "1 234"]) expect(displayAmount(bad, "CNY", "zh-CN")).toBe(bad);
  });

  it("produces a string parseMoney reads back to the same amount", () => {
    const shown = displayAmount("98765.4", "CNY", "zh-CN");
    expect(parseMoney(shown, "CNY")).toEqual(parseMoney("98765.40", "CNY"));
  });
});

describe("currencySymbol", () => {
  it("follows the locale", () => {
    expect(currencySymbol("CNY", "zh-CN")).toBe("¥");
    expect(currencySymbol("CNY", "en")).toBe("CN¥");
    expect(currencySymbol("GBP", "en")).toBe("£");
  });
});
