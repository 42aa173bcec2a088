import type { NegotiationRequestType } from "@/db/schema/negotiations";
import { MAX_INSTALMENT_MONTHS, equalPrincipalSchedule, rate } from "@/lib/finance";
import { isStorableDate } from "@/lib/finance/dates";
import type { LetterField, LetterProblems, LetterRequest } from "./types";

/** The figures each request puts into the letter; a figure typed for another request would be left out. */
const USES: Record<NegotiationRequestType, readonly LetterField[]> = {
  collection_pause: ["months", "until"],
  payment_extension: ["months"],
  instalment_plan: ["months", "amount"],
  interest_waiver: [],
  penalty_waiver: [],
  settlement: ["amount"],
  other: [],
};

/**
 * What is wrong with a letter's request for this debt, by field; empty when the letter can be
 * written. Every typed figure must appear in the letter as typed, and add up: a pause ends after
 * today, a settlement is not above the balance, an instalment plan does not come to more than it.
 */
export function requestProblems(request: LetterRequest, debt: { balance: number }, today: string): LetterProblems {
  const problems: LetterProblems = {};
  const { type, months, pauseUntil: until, amount } = request;
  if (months !== null && !(Number.isSafeInteger(months) && months >= 1 && months <= MAX_INSTALMENT_MONTHS)) problems.months = { key: "plans.errors.months" };
  if (until !== null && !isStorableDate(until)) problems.until = { key: "debts.errors.date" };
  if (amount !== null && !(Number.isSafeInteger(amount) && amount > 0)) problems.amount = { key: "plans.errors.amountZero" };
  const typed: Record<LetterField, boolean> = { months: months !== null, until: until !== null, amount: amount !== null };
  for (const field of ["months", "until", "amount"] as const) {
    if (typed[field] && !USES[type].includes(field)) problems[field] ??= { key: "letters.errors.notUsed" };
  }
  if (Object.keys(problems).length) return problems;
  const balance = debt.balance;
  if (type === "collection_pause" && until !== null && months !== null) problems.until = { key: "letters.errors.pauseBoth" };
  else if (type === "collection_pause" && until !== null && until <= today) problems.until = { key: "letters.errors.untilPast" };
  if (type === "settlement" && amount !== null && amount > balance) problems.amount = { key: "debtOptions.settlementAbove", values: { balance } };
  if (type === "instalment_plan" && amount !== null) {
    const total = amount * (months ?? 1);
    if (amount > balance) problems.amount = { key: "letters.errors.amountAboveBalance", values: { balance } };
    else if (months !== null && total > balance) problems.amount = { key: "letters.errors.planAboveBalance", values: { amount, months, total, balance } };
  }
  return problems;
}

/**
 * The monthly amount to propose when none was typed: the affordable offer, but never so much that
 * `months` instalments would pay more than the balance. The cap is the smallest instalment of the
 * even split the plans code makes (lib/validation/plans.ts buildSchedule: the balance spread to the
 * minor unit), so months × amount never exceeds the balance.
 */
export function proposedInstalment(offer: number, balance: number, months: number | null): number {
  if (balance <= 0) return 0;
  if (months === null) return Math.min(offer, balance);
  const even = Math.min(...equalPrincipalSchedule(balance, rate("annual", 0), months).rows.map((row) => row.payment));
  return Math.min(offer, even);
}
