import { formatScaled, parseDecimal, type DecimalParseError } from "./decimal";
import { assertNonNegativeInteger, assertSafeInteger, divRound, toSafeNumber } from "./rounding";

// Rates are integers in parts per billion of the balance per period (1% = 10,000,000 ppb), so a
// daily 0.05% is exactly 500,000 and ×365 stays exact; interest math is BigInt with one rounding.
export const PPB_PER_UNIT = 1_000_000_000n;
const PERCENT_DECIMALS = 7; // 1 ppb = 0.0000001%
const DAYS_PER_YEAR = 365n;

export type RateKind = "daily" | "annual";
export type Rate = { kind: RateKind; ppb: number };

// Penalty multipliers are integers in 1/10,000ths: 1.5× is 15,000.
export const MULTIPLIER_SCALE = 10_000n;
export type PenaltyMultiplier = number;

/** Refuses rates above 1000% per period: beyond that the input is a typo, not a contract. */
export const MAX_RATE_PPB = 10 * Number(PPB_PER_UNIT);

export type ParseRateError = DecimalParseError | "too_large";
export type ParseRateResult = { ok: true; rate: Rate } | { ok: false; error: ParseRateError };
export type ParseMultiplierResult =
  | { ok: true; multiplier: PenaltyMultiplier }
  | { ok: false; error: ParseRateError };

export function rate(kind: RateKind, ppb: number): Rate {
  assertNonNegativeInteger(ppb, "rate");
  return { kind, ppb };
}

export function dailyToAnnual(daily: Rate): Rate {
  if (daily.kind === "annual") return daily;
  return rate("annual", toSafeNumber(BigInt(daily.ppb) * DAYS_PER_YEAR, "rate"));
}

/** Rounds to the nearest ppb; only for display, since interest uses the rate in its own kind. */
export function annualToDaily(annual: Rate): Rate {
  if (annual.kind === "daily") return annual;
  return rate("daily", toSafeNumber(divRound(BigInt(annual.ppb), DAYS_PER_YEAR), "rate"));
}

/**
 * The rate per day as an exact fraction of the balance, so an annual rate divided by 365 loses
 * nothing before the final rounding.
 */
export function dailyFraction(r: Rate): { num: bigint; den: bigint } {
  assertNonNegativeInteger(r.ppb, "rate");
  return { num: BigInt(r.ppb), den: r.kind === "daily" ? PPB_PER_UNIT : PPB_PER_UNIT * DAYS_PER_YEAR };
}

/** The rate per month (annual ÷ 12) as an exact fraction, as Chinese instalment contracts quote it. */
export function monthlyFraction(r: Rate): { num: bigint; den: bigint } {
  assertNonNegativeInteger(r.ppb, "rate");
  const perYear = r.kind === "daily" ? BigInt(r.ppb) * DAYS_PER_YEAR : BigInt(r.ppb);
  return { num: perYear, den: PPB_PER_UNIT * 12n };
}

/** One day's simple interest on `balance` minor units. */
export function dailyInterest(balance: number, r: Rate): number {
  return accrueInterest(balance, r, 1n, 1n, MULTIPLIER_SCALE);
}

/**
 * One day's overdue charge: while overdue the contract rate × multiplier (罚息, commonly 1.5×)
 * applies instead of the contract rate, so this is the whole charge, ordinary interest included.
 */
export function dailyPenalty(balance: number, r: Rate, multiplier: PenaltyMultiplier): number {
  assertNonNegativeInteger(multiplier, "multiplier");
  return accrueInterest(balance, r, 1n, 1n, BigInt(multiplier));
}

/**
 * Simple interest on `balance` over daysNum/daysDen days at `r` scaled by multiplier/10,000,
 * rounded once. Fractional days let a month be exactly 365/12 days.
 */
export function accrueInterest(
  balance: number,
  r: Rate,
  daysNum: bigint,
  daysDen: bigint,
  multiplier: bigint,
): number {
  assertNonNegativeInteger(balance, "balance");
  const { num, den } = dailyFraction(r);
  const numerator = BigInt(balance) * num * daysNum * multiplier;
  return toSafeNumber(divRound(numerator, den * daysDen * MULTIPLIER_SCALE), "interest");
}

/** Parses a percentage as typed ("0.05" or "0.05%") into an exact rate of the given kind. */
export function parseRatePercent(input: string, kind: RateKind = "daily"): ParseRateResult {
  const parsed = parseDecimal(input.trim().replace(/[%％]$/, ""), PERCENT_DECIMALS);
  if (!parsed.ok) return parsed;
  if (parsed.value > BigInt(MAX_RATE_PPB)) return { ok: false, error: "too_large" };
  return { ok: true, rate: rate(kind, Number(parsed.value)) };
}

/** Parses a multiplier as typed ("1.5") into 1/10,000ths. */
export function parseMultiplier(input: string): ParseMultiplierResult {
  const parsed = parseDecimal(input, 4);
  if (!parsed.ok) return parsed;
  if (parsed.value > 100n * MULTIPLIER_SCALE) return { ok: false, error: "too_large" };
  return { ok: true, multiplier: Number(parsed.value) };
}

/**
 * "0.05%", "18.25%": at least `minDecimals`, more only when the rate has them, and rounded
 * (half away from zero) to `maxDecimals` for figures such as a settlement discount of 2/3.
 */
export function formatPercent(ppb: number, { minDecimals = 2, maxDecimals = PERCENT_DECIMALS } = {}): string {
  assertSafeInteger(ppb, "percentage");
  const dropped = PERCENT_DECIMALS - Math.max(0, Math.min(maxDecimals, PERCENT_DECIMALS));
  const rounded = divRound(BigInt(ppb), 10n ** BigInt(dropped));
  return `${formatScaled(rounded, PERCENT_DECIMALS - dropped, minDecimals)}%`;
}

export function formatRate(r: Rate): string {
  return formatPercent(r.ppb);
}

/** "1.5" for a multiplier stored as 15,000. */
export function formatMultiplier(multiplier: PenaltyMultiplier): string {
  return formatScaled(BigInt(multiplier), 4, 1);
}
