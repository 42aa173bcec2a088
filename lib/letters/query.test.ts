import { describe, expect, it } from "vitest";
import { letterRequest, letterSearch, readSearch } from "./query";

const parse = (search: Record<string, string>) => letterRequest(readSearch(search), "CNY");
const problems = (search: Record<string, string>) => {
  const parsed = parse(search);
  return parsed.ok ? {} : Object.fromEntries(Object.entries(parsed.problems).map(([field, p]) => [field, p?.key]));
};

describe("a letter's options from the URL", () => {
  it("keeps a pause date a letter can promise and refuses one that is not a storable date, beside the field", () => {
    expect(parse({ type: "collection_pause", until: "2027-03-01" })).toEqual({
      ok: true,
      request: { type: "collection_pause", months: null, pauseUntil: "2027-03-01", amount: null },
    });
    for (const until of ["0025-03-01", "0000-01-01", "9999-12-31"]) expect(problems({ type: "collection_pause", until })).toEqual({ until: "validation.dateRange" });
    for (const until of ["2026-02-30", "soon"]) expect(problems({ type: "collection_pause", until })).toEqual({ until: "debts.errors.date" });
  });

  it("refuses an amount that does not parse with the messages the other money fields use, instead of dropping it", () => {
    expect(problems({ type: "settlement", amount: "¥2000" })).toEqual({ amount: "debts.errors.moneyInvalid" });
    expect(problems({ type: "settlement", amount: "2000元" })).toEqual({ amount: "debts.errors.moneyInvalid" });
    expect(problems({ type: "settlement", amount: "1,000.555" })).toEqual({ amount: "debts.errors.moneyDecimals" });
    expect(problems({ type: "settlement", amount: "-5" })).toEqual({ amount: "debts.errors.moneyNegative" });
    expect(problems({ type: "settlement", amount: "9".repeat(40) })).toEqual({ amount: "debts.errors.moneyTooLarge" });
    expect(problems({ type: "settlement", amount: "0" })).toEqual({ amount: "plans.errors.amountZero" });
    expect(parse({ type: "settlement", amount: "1,000.50" })).toMatchObject({ ok: true, request: { amount: 100_050 } });
    // Typed through a Chinese IME: full-width digits are the same number.
    expect(parse({ type: "settlement", amount: "１２００" })).toMatchObject({ ok: true, request: { amount: 120_000 } });
  });

  it("refuses a month count that is not a whole number from 1 to 600", () => {
    for (const months of ["0", "abc", "601", "1.5", "-3", "12 months"]) expect(problems({ type: "payment_extension", months })).toEqual({ months: "plans.errors.months" });
    expect(parse({ type: "payment_extension", months: "１２" })).toMatchObject({ ok: true, request: { months: 12 } });
  });

  it("reports every bad field at once and hands the typed text back to the form and the links unchanged", () => {
    const query = readSearch({ type: "instalment_plan", months: "abc", amount: "¥2000" });
    expect(problems({ type: "instalment_plan", months: "abc", amount: "¥2000" })).toEqual({ months: "plans.errors.months", amount: "debts.errors.moneyInvalid" });
    expect(query).toMatchObject({ months: "abc", amount: "¥2000" });
    expect(new URLSearchParams(letterSearch(query)).get("amount")).toBe("¥2000");
  });
});
