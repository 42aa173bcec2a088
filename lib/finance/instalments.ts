import { monthlyFraction, type Rate } from "./rates";
import { assertNonNegativeInteger, divRound, toSafeNumber } from "./rounding";

// Instalment schedules with the monthly rate taken as annual ÷ 12, as Chinese lenders quote
// 等额本息 and 等额本金. Each row's interest is rounded on its own (that is what the creditor
// bills), and the last row takes whatever principal is left so the balance ends at exactly 0.

export type InstalmentRow = { period: number; payment: number; principal: number; interest: number; remaining: number };
export type InstalmentSchedule = {
  rows: InstalmentRow[];
  principal: number;
  totalInterest: number;
  totalPayment: number;
};

export const MAX_INSTALMENT_MONTHS = 600;

function validate(principal: number, months: number): void {
  assertNonNegativeInteger(principal, "principal");
  if (!Number.isSafeInteger(months) || months < 1 || months > MAX_INSTALMENT_MONTHS) {
    throw new RangeError(`months must be 1–${MAX_INSTALMENT_MONTHS}, got ${months}`);
  }
}

/** The level monthly payment of an annuity (等额本息): P·r·(1+r)^n / ((1+r)^n − 1), rounded once. */
export function annuityPayment(principal: number, rate: Rate, months: number): number {
  validate(principal, months);
  const { num, den } = monthlyFraction(rate);
  const p = BigInt(principal);
  const n = BigInt(months);
  if (num === 0n) return toSafeNumber(divRound(p, n), "payment");
  // With r = num/den the formula is P·num·(den+num)^n / (den·((den+num)^n − den^n)), all integers.
  const grown = (den + num) ** n;
  return toSafeNumber(divRound(p * num * grown, den * (grown - den ** n)), "payment");
}

type PrincipalFor = (period: number, interest: bigint) => bigint;

function buildSchedule(principal: number, months: number, rate: Rate, principalFor: PrincipalFor): InstalmentSchedule {
  const { num, den } = monthlyFraction(rate);
  const rows: InstalmentRow[] = [];
  let remaining = BigInt(principal);
  let totalInterest = 0n;
  for (let period = 1; period <= months; period += 1) {
    const interest = divRound(remaining * num, den);
    const wanted = period === months ? remaining : principalFor(period, interest);
    // Rounding can leave a tiny loan paid off early; never repay more than is owed, nor less than 0.
    const principalPart = wanted < 0n ? 0n : wanted > remaining ? remaining : wanted;
    remaining -= principalPart;
    totalInterest += interest;
    rows.push({
      period,
      payment: toSafeNumber(principalPart + interest),
      principal: toSafeNumber(principalPart),
      interest: toSafeNumber(interest),
      remaining: toSafeNumber(remaining),
    });
  }
  return {
    rows,
    principal,
    totalInterest: toSafeNumber(totalInterest),
    totalPayment: toSafeNumber(BigInt(principal) + totalInterest),
  };
}

/** 等额本息: equal payments; the last row absorbs the rounding so it may differ by a few minor units. */
export function annuitySchedule(principal: number, rate: Rate, months: number): InstalmentSchedule {
  const payment = BigInt(annuityPayment(principal, rate, months));
  return buildSchedule(principal, months, rate, (_period, interest) => payment - interest);
}

/** 等额本金: equal principal each month (spread to the minor unit), interest on what remains. */
export function equalPrincipalSchedule(principal: number, rate: Rate, months: number): InstalmentSchedule {
  validate(principal, months);
  const p = BigInt(principal);
  const n = BigInt(months);
  // Rounding the running total rather than each share keeps every share within one unit of P/n.
  const paidBy = (period: number) => divRound(p * BigInt(period), n);
  return buildSchedule(principal, months, rate, (period) => paidBy(period) - paidBy(period - 1));
}
