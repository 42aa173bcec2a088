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
