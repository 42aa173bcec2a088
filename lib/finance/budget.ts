import { PPB_PER_UNIT } from "./rates";
import { assertNonNegativeInteger, assertSafeInteger, divRound, toSafeNumber } from "./rounding";

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

/**
 * Percentages of change stop at ±1000%. Past that the figure says only "far more than before" —
 * a surplus going from ¥0.01 to ¥110,000 is +1,099,999,900% — and the exact number, besides being
 * noise, would not fit a safe integer of ppb.
 */
export const PERCENT_CHANGE_LIMIT_PPB = 10 * Number(PPB_PER_UNIT);

/**
 * Change from `before` to `after`. The percentage (in ppb) is relative to |before|, null when before
 * is 0, and held at ±PERCENT_CHANGE_LIMIT_PPB when the change is that large or larger (see
 * isPercentAtLimit), so a tiny previous figure can never make the change fail.
 */
export type Change = { before: number; after: number; delta: number; percentPpb: number | null };

const LIMIT = BigInt(PERCENT_CHANGE_LIMIT_PPB);

export function change(before: number, after: number): Change {
  assertSafeInteger(before, "before");
  assertSafeInteger(after, "after");
  const difference = BigInt(after) - BigInt(before);
  // Exact for any statement the forms accept: each total stays under 2^52 (100 lines of at most 10^13 a week).
  const delta = toSafeNumber(difference, "change");
  const base = before < 0 ? -BigInt(before) : BigInt(before);
  if (base === 0n) return { before, after, delta, percentPpb: null };
  const exact = divRound(difference * PPB_PER_UNIT, base);
  const percentPpb = Number(exact > LIMIT ? LIMIT : exact < -LIMIT ? -LIMIT : exact);
  return { before, after, delta, percentPpb };
}

/** True when the percentage was held at the limit: the real change is at least that large. */
export function isPercentAtLimit(percentPpb: number): boolean {
  return Math.abs(percentPpb) >= PERCENT_CHANGE_LIMIT_PPB;
}

export type BudgetChange = { income: Change; expenditure: Change; surplus: Change };

export function budgetChange(before: BudgetTotals, after: BudgetTotals): BudgetChange {
  return {
    income: change(before.income, after.income),
    expenditure: change(before.expenditure, after.expenditure),
    surplus: change(before.surplus, after.surplus),
  };
}
