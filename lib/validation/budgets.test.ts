import { describe, expect, it } from "vitest";
import { statementSchema } from "./budgets";
import { fieldErrors } from "./form";

const base = { statementDate: "2026-11-29", currency: "CNY", notes: "" };

function errorsOf(input: Record<string, unknown>): Record<string, string> {
  const parsed = statementSchema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error, (key) => key);
}

describe("statementSchema", () => {
  it("normalises weekly and quarterly figures to monthly and derives each line's kind from its category", () => {
    const parsed = statementSchema.parse({
      ...base,
      category: ["wages", "housing", "insurance"],
      description: ["", "Rent", ""],
      amount: ["1,500", "2800", "1200"],
      frequency: ["weekly", "monthly", "quarterly"],
    });
    expect(parsed.lines).toEqual([
      { kind: "income", category: "wages", description: null, amount: 150_000, frequency: "weekly", monthlyAmount: 650_000 },
      { kind: "expenditure", category: "housing", description: "Rent", amount: 280_000, frequency: "monthly", monthlyAmount: 280_000 },
      { kind: "expenditure", category: "insurance", description: null, amount: 120_000, frequency: "quarterly", monthlyAmount: 40_000 },
    ]);
  });

  it("accepts a single line, which FormData gives as plain strings", () => {
    const parsed = statementSchema.parse({ ...base, category: "pension", description: "", amount: "3000", frequency: "monthly" });
    expect(parsed.lines).toHaveLength(1);
  });

  it("leaves blank rows out, but refuses a statement with no amounts at all", () => {
    const input = { ...base, category: ["wages", "food"], description: ["", ""], amount: ["", " "], frequency: ["monthly", "monthly"] };
    expect(errorsOf(input).lines).toBe("budget.errors.noLines");
  });

  it("reports a bad amount against its row", () => {
    const input = { ...base, category: ["wages", "food"], description: ["", ""], amount: ["5000", "-20"], frequency: ["monthly", "weekly"] };
    expect(errorsOf(input)).toMatchObject({ "amount.1": "debts.errors.moneyNegative" });
    expect(errorsOf({ ...input, amount: ["5000", "12.345"] })).toMatchObject({ "amount.1": "debts.errors.moneyDecimals" });
    expect(errorsOf({ ...input, amount: ["lots", "20"] })).toMatchObject({ "amount.0": "debts.errors.moneyInvalid" });
  });

  it("asks for an amount when only a description was typed", () => {
    const input = { ...base, category: ["wages"], description: ["Night shifts"], amount: [""], frequency: ["monthly"] };
    expect(errorsOf(input)).toMatchObject({ "amount.0": "validation.required" });
  });

  it("refuses unknown categories and frequencies, and rows whose fields do not line up", () => {
    const one = { ...base, description: [""], amount: ["10"] };
    expect(errorsOf({ ...one, category: ["lottery"], frequency: ["monthly"] })).toMatchObject({ "category.0": "validation.invalidChoice" });
    expect(errorsOf({ ...one, category: ["wages"], frequency: ["daily"] })).toMatchObject({ "frequency.0": "validation.invalidChoice" });
    expect(errorsOf({ ...one, category: ["wages", "food"], frequency: ["monthly"] }).lines).toBe("budget.errors.lines");
  });

  it("refuses an impossible statement date", () => {
    expect(errorsOf({ ...base, statementDate: "2026-02-30", category: "wages", description: "", amount: "1", frequency: "monthly" }).statementDate).toBe(
      "budget.errors.date",
    );
  });
});
