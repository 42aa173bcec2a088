import { assertSafeInteger, divRound, toSafeNumber } from "./rounding";

// Monthly equivalents use periods-per-year / 12 (UK money-advice convention), not "× 4 weeks",
// which would understate a weekly income by a month's worth each year.

export const FREQUENCIES = ["weekly", "fortnightly", "four_weekly", "monthly", "quarterly", "yearly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const PERIODS_PER_YEAR: Record<Frequency, number> = {
  weekly: 52,
  fortnightly: 26,
  four_weekly: 13,
  monthly: 12,
  quarterly: 4,
  yearly: 1,
};

export function isFrequency(value: string): value is Frequency {
  return (FREQUENCIES as readonly string[]).includes(value);
}

/** Converts an amount paid every `frequency` into its monthly equivalent, rounded once. */
export function toMonthly(amountMinor: number, frequency: Frequency): number {
  assertSafeInteger(amountMinor, "amount");
  const periods = BigInt(PERIODS_PER_YEAR[frequency]);
  return toSafeNumber(divRound(BigInt(amountMinor) * periods, 12n), "monthly amount");
}

/** The inverse, for showing a monthly budget line as weekly, fortnightly and so on. */
export function fromMonthly(monthlyMinor: number, frequency: Frequency): number {
  assertSafeInteger(monthlyMinor, "amount");
  const periods = BigInt(PERIODS_PER_YEAR[frequency]);
  return toSafeNumber(divRound(BigInt(monthlyMinor) * 12n, periods), "amount");
}
