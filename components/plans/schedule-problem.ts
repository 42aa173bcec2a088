import type { ScheduleProblem } from "@/lib/finance/plan-schedule";

/** How a schedule problem is told, next to which field: a key under "plans" and its values (`m` writes an amount). */
export function scheduleProblemText(problem: ScheduleProblem, m: (amount: number) => string): { field: "months" | "instalmentAmount"; key: string; values: Record<string, string | number> } {
  switch (problem.code) {
    case "balanceTooSmall":
      return { field: "months", key: "errors.balanceTooSmall", values: {} };
    case "amountAboveBalance":
      return { field: "instalmentAmount", key: "errors.amountAboveBalance", values: { balance: m(problem.balance) } };
    case "overshoot":
      return { field: "instalmentAmount", key: "errors.overshoot", values: { months: problem.months, amount: m(problem.amount), total: m(problem.total), balance: m(problem.balance), fewest: problem.fewest } };
  }
}
