import { describe, expect, it } from "vitest";
import { editDebtSchema, newDebtSchema, optionsQuerySchema, overdueSinceFrom } from "./debts";
import { fieldErrors } from "./form";

const valid = {
  creditorId: "6f1c2b7e-8a3d-4c5e-9f10-1a2b3c4d5e6f",
  product: "借呗贷款",
  accountReference: "2088 1022 3344 5566",
  currency: "CNY",
  originalPrincipal: "50,000",
  currentBalance: "38500.5",
  instalment: "",
  rate: "0.05",
  rateKind: "daily",
  penaltyMultiplier: "",
  dueDay: "10",
  daysPastDue: "",
  overdueSince: "",
  status: "overdue",
  priorityKind: "",
};

/** The catalogue key of each field's first error (the identity "translation"). */
function errorsOf(input: Record<string, unknown>): Record<string, string> {
  const parsed = newDebtSchema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error, (key) => key);
}

describe("newDebtSchema", () => {
  it("turns typed figures into minor units and an exact rate in ppb", () => {
    const parsed = newDebtSchema.parse(valid);
    expect(parsed).toMatchObject({
      originalPrincipal: 5_000_000,
      currentBalance: 3_850_050,
      instalment: 0,
      ratePpb: 500_000,
      rateKind: "daily",
      penaltyMultiplier: null,
      dueDay: 10,
      priorityKind: null,
    });
  });

  it("reads an annual rate and a full-width amount typed through a Chinese IME", () => {
    const parsed = newDebtSchema.parse({ ...valid, rate: "18.25%", rateKind: "annual", currentBalance: "１２３４.５" });
    expect(parsed.ratePpb).toBe(182_500_000);
    expect(parsed.currentBalance).toBe(123_450);
  });

  it.each([
    ["-100", "debts.errors.moneyNegative"],
    ["abc", "debts.errors.moneyInvalid"],
    ["12.345", "debts.errors.moneyDecimals"],
    ["1e5", "debts.errors.moneyInvalid"],
    ["999999999999999", "debts.errors.moneyTooLarge"],
    ["", "validation.required"],
  ])("refuses the balance %j with %s", (balance, key) => {
    expect(errorsOf({ ...valid, currentBalance: balance }).currentBalance).toBe(key);
  });

  it.each([
    ["", "validation.required"],
    ["five", "debts.errors.rateInvalid"],
    ["-0.05", "debts.errors.rateNegative"],
    ["0.000000001", "debts.errors.rateDecimals"],
    ["1001", "debts.errors.rateTooLarge"],
  ])("refuses the rate %j with %s", (rate, key) => {
    expect(errorsOf({ ...valid, rate }).rate).toBe(key);
  });

  it.each(["0", "32", "3.5", "x", "-1"])("refuses the due day %j", (dueDay) => {
    expect(errorsOf({ ...valid, dueDay }).dueDay).toBe("debts.errors.dueDay");
  });

  it("accepts due days 1 and 31 and a blank one", () => {
    expect(newDebtSchema.parse({ ...valid, dueDay: "1" }).dueDay).toBe(1);
    expect(newDebtSchema.parse({ ...valid, dueDay: "31" }).dueDay).toBe(31);
    expect(newDebtSchema.parse({ ...valid, dueDay: "" }).dueDay).toBeNull();
  });

  it("refuses a penalty multiplier below 1× and takes 1.5 as 15,000", () => {
    expect(errorsOf({ ...valid, penaltyMultiplier: "0.5" }).penaltyMultiplier).toBe("debts.errors.multiplierBelowOne");
    expect(newDebtSchema.parse({ ...valid, penaltyMultiplier: "1.5" }).penaltyMultiplier).toBe(15_000);
  });

  it("wants either days past due or an overdue date, not both", () => {
    expect(errorsOf({ ...valid, daysPastDue: "30", overdueSince: "2026-10-01" }).daysPastDue).toBe("debts.errors.overdueBoth");
    expect(errorsOf({ ...valid, overdueSince: "2026-02-30" }).overdueSince).toBe("debts.errors.date");
  });

  it("reports every bad field of one submit at once", () => {
    expect(errorsOf({ ...valid, creditorId: "", currentBalance: "-1", originalPrincipal: "1.234", dueDay: "32", rate: "x" })).toEqual({
      creditorId: "debts.errors.creditor",
      currentBalance: "debts.errors.moneyNegative",
      originalPrincipal: "debts.errors.moneyDecimals",
      dueDay: "debts.errors.dueDay",
      rate: "debts.errors.rateInvalid",
    });
  });

  it("refuses fields the form does not have, such as a client id", () => {
    expect(errorsOf({ ...valid, clientId: "6f1c2b7e-8a3d-4c5e-9f10-1a2b3c4d5e6f" })._form).toBe("validation.unexpectedField");
  });

  it("needs the version it edits", () => {
    const debtId = "7f1c2b7e-8a3d-4c5e-9f10-1a2b3c4d5e6f";
    expect(editDebtSchema.safeParse({ ...valid, debtId }).success).toBe(false);
    expect(editDebtSchema.parse({ ...valid, debtId, version: "3" })).toMatchObject({ debtId, version: 3 });
  });
});

describe("overdueSinceFrom", () => {
  it("counts days past due back from today", () => {
    expect(overdueSinceFrom({ daysPastDue: 45, overdueSince: null }, "2026-11-29")).toEqual({ date: "2026-10-15" });
    expect(overdueSinceFrom({ daysPastDue: null, overdueSince: null }, "2026-11-29")).toEqual({ date: null });
  });

  it("refuses an overdue date in the future", () => {
    expect(overdueSinceFrom({ daysPastDue: null, overdueSince: "2026-12-01" }, "2026-11-29")).toEqual({ error: "debts.errors.dateInFuture" });
  });
});

describe("optionsQuerySchema", () => {
  it("falls back to defaults for unreadable search params", () => {
    expect(optionsQuerySchema.parse({ extendMonths: "abc", planMonths: "601", pauseUntil: "soon" })).toMatchObject({
      extendMonths: 3,
      planMonths: 12,
      pauseUntil: undefined,
    });
    expect(optionsQuerySchema.parse({ planMonths: "72", pauseUntil: "2027-01-31" })).toMatchObject({ planMonths: 72, pauseUntil: "2027-01-31" });
  });
});
