import { PPB_PER_UNIT } from "./rates";
import { assertNonNegativeInteger, divRound, toSafeNumber } from "./rounding";

// Totals of an income & expenditure statement are always derived from its lines, never typed.

export type BudgetLine = { kind: "income" | "expenditure"; monthlyAmount: number };
export type BudgetTotals = { income: number; expenditure: number; surplus: number };

export function budgetTotals(lines: readonly BudgetLine[]): BudgetTotals {
  let income = 0n;
  let expenditure = 0n;
  for (const line of lines) {
    assertNonNegativeInteger(line.monthlyAmount, "monthly amount");
    if (line.kind === "income") income += BigInt(line.monthlyAmount);
    else expenditure += BigInt(line.monthlyAmount);
  }
  return {
    income: toSafeNumber(income, "income"),
    expenditure: toSafeNumber(expenditure, "expenditure"),
    surplus: toSafeNumber(income - expenditure, "surplus"),
  };
}

/** Change from `before` to `after`; the percentage (in ppb) is relative to |before| and null when before is 0. */
export type Change = { before: number; after: number; delta: number; percentPpb: number | null };

export function change(before: number, after: number): Change {
  const delta = toSafeNumber(BigInt(after) - BigInt(before), "change");
  const base = before < 0 ? -BigInt(before) : BigInt(before);
  const percentPpb = base === 0n ? null : toSafeNumber(divRound(BigInt(delta) * PPB_PER_UNIT, base));
  return { before, after, delta, percentPpb };
}

export type BudgetChange = { income: Change; expenditure: Change; surplus: Change };

export function budgetChange(before: BudgetTotals, after: BudgetTotals): BudgetChange {
  return {
    income: change(before.income, after.income),
    expenditure: change(before.expenditure, after.expenditure),
    surplus: change(before.surplus, after.surplus),
  };
}
