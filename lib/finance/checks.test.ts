import { describe, expect, it } from "vitest";
import { checkCreditCardInstalmentTerm, creditReportRemovalDate } from "./checks";

describe("checkCreditCardInstalmentTerm", () => {
  it("accepts personalised instalments of up to 60 months", () => {
    expect(checkCreditCardInstalmentTerm(1)).toBeNull();
    expect(checkCreditCardInstalmentTerm(36)).toBeNull();
    expect(checkCreditCardInstalmentTerm(60)).toBeNull();
  });

  it("warns beyond 60 months", () => {
    expect(checkCreditCardInstalmentTerm(61)).toEqual({ code: "credit_card_instalment_term_exceeded", months: 61, maxMonths: 60 });
    expect(checkCreditCardInstalmentTerm(84)).toMatchObject({ months: 84 });
  });

  it("refuses terms that are not a whole positive number of months", () => {
    expect(() => checkCreditCardInstalmentTerm(0)).toThrow(RangeError);
    expect(() => checkCreditCardInstalmentTerm(-12)).toThrow(RangeError);
    expect(() => checkCreditCardInstalmentTerm(12.5)).toThrow(RangeError);
  });
});

describe("creditReportRemovalDate", () => {
  it("is five years after the adverse record ended", () => {
    expect(creditReportRemovalDate("2021-06-15")).toBe("2026-06-15");
    expect(creditReportRemovalDate("2019-12-31")).toBe("2024-12-31");
    expect(creditReportRemovalDate("2019-02-28")).toBe("2024-02-28");
  });

  it("moves an end on 29 February to 28 February five years on", () => {
    expect(creditReportRemovalDate("2020-02-29")).toBe("2025-02-28");
    expect(creditReportRemovalDate("2024-02-29")).toBe("2029-02-28");
  });

  it("refuses a non-date", () => {
    expect(() => creditReportRemovalDate("2023-02-29")).toThrow(RangeError);
    expect(() => creditReportRemovalDate("29/02/2020")).toThrow(RangeError);
  });
});
