// A repayment plan's instalment schedule: pure arithmetic in integer minor units, shared by createPlan
// (lib/dal/plans.ts) and the plan form's preview (components/plans/schedule-preview.tsx).
import { equalPrincipalSchedule } from "./instalments";
import { rate } from "./rates";

/** The same day `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export type ScheduleRow = { number: number; dueDate: string; amountDue: number };

/** Why a plan's figures cannot make a schedule (createPlan refuses with it; the plan form shows it before saving). */
export type ScheduleProblem =
  | { code: "balanceTooSmall" }
  | { code: "amountAboveBalance"; balance: number }
  | { code: "overshoot"; balance: number; months: number; amount: number; total: number; fewest: number };

/**
 * What a schedule of `months` instalments of `amount` (null: the balance split evenly) cannot be:
 * - split evenly, a balance smaller than the number of months (an instalment would be zero);
 * - an amount above the whole balance (as a letter's offer is refused, lib/letters/checks.ts);
 * - months × amount above the balance by a whole instalment or more: the last instalment would be zero
 *   or less, the balance being paid off after `fewest` months.
 * Within one instalment of the balance, the last instalment is trimmed or topped up (buildSchedule).
 */
export function scheduleProblem(balance: number, months: number, amount: number | null): ScheduleProblem | null {
  if (amount === null) return balance < months ? { code: "balanceTooSmall" } : null;
  if (amount > balance) return { code: "amountAboveBalance", balance };
  if ((months - 1) * amount >= balance) return { code: "overshoot", balance, months, amount, total: months * amount, fewest: Math.ceil(balance / amount) };
  return null;
}

/**
 * Monthly instalments from `startDate` (interest is whatever the creditor agreed, not worked out here).
 * Without an amount, the balance split evenly to the minor unit. With one, every instalment is that
 * amount, except that the schedule adds up exactly to the balance whenever months × amount comes
 * within one instalment of it: the last instalment is the remainder, balance − (months − 1) × amount —
 * trimmed when months × amount would pay more than is owed (3 × 400 on 1,000: 400, 400, 200), topped
 * up when it would fall short by less than one instalment (3 × 3,333.33 on 10,000: the last 3,333.34).
 * Short by a whole instalment or more, the plan covers that much and no more (12 × 1,000 on 52,300:
 * 12,000; the rest stays owed for a later agreement). Call only where scheduleProblem found none.
 */
export function buildSchedule(balance: number, startDate: string, months: number, amount: number | null): ScheduleRow[] {
  let amounts: number[];
  if (amount === null) amounts = equalPrincipalSchedule(balance, rate("annual", 0), months).rows.map((row) => row.payment);
  else {
    const remainder = balance - (months - 1) * amount;
    const last = Math.abs(remainder - amount) < amount ? remainder : amount;
    amounts = Array.from({ length: months }, (_, i) => (i === months - 1 ? last : amount));
  }
  return amounts.map((amountDue, i) => ({ number: i + 1, dueDate: addMonths(startDate, i), amountDue }));
}
