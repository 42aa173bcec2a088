// The review's view of "what changed since last time": income, spending and surplus against the
// previous statement, and whether the change is bad enough to suggest going back to the creditors.
import { budgetChange, type BudgetChange, type BudgetTotals } from "@/lib/finance/budget";

export type ReviewComparison = {
  /** Null for a first statement (nothing to compare with). Percentages are null when the previous figure was 0. */
  change: BudgetChange | null;
  incomeFell: boolean;
  surplusDropped: boolean;
  /** Income fell and the surplus dropped: the agreed payments may no longer be affordable. */
  suggestRenegotiation: boolean;
};

export function compareStatements(previous: BudgetTotals | null, current: BudgetTotals): ReviewComparison {
  if (!previous) return { change: null, incomeFell: false, surplusDropped: false, suggestRenegotiation: false };
  const change = budgetChange(previous, current);
  const incomeFell = change.income.delta < 0;
  const surplusDropped = change.surplus.delta < 0;
  return { change, incomeFell, surplusDropped, suggestRenegotiation: incomeFell && surplusDropped };
}
