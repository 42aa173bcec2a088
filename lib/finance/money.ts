import { numberFormat } from "@/lib/i18n/formats";
import { parseDecimal } from "./decimal";
import { assertSafeInteger, toSafeNumber } from "./rounding";

// Money is an integer count of minor units (fen, pence, cents) plus its currency; never a float.

export const CURRENCIES = {
  CNY: { exponent: 2 },
  GBP: { exponent: 2 },
  USD: { exponent: 2 },
  EUR: { exponent: 2 },
  HKD: { exponent: 2 },
} as const satisfies Record<string, { exponent: number }>;

export type CurrencyCode = keyof typeof CURRENCIES;
export const CURRENCY_CODES = Object.keys(CURRENCIES) as CurrencyCode[];

export type Money = { amount: number; currency: CurrencyCode };

export type MoneyLocale = "en" | "zh-CN";

/** Amounts above this are refused at input: no household debt comes near 100 billion units. */
export const MAX_MONEY_MINOR = 10 ** 13;

export type ParseMoneyError = "invalid" | "negative" | "too_many_decimals" | "too_large";
export type ParseMoneyResult = { ok: true; amount: number } | { ok: false; error: ParseMoneyError };

export class CurrencyMismatchError extends Error {
  constructor(expected: CurrencyCode, actual: CurrencyCode) {
    super(`cannot combine ${expected} with ${actual}`);
    this.name = "CurrencyMismatchError";
  }
}

export function isCurrencyCode(value: string): value is CurrencyCode {
  return Object.hasOwn(CURRENCIES, value);
}

export function minorUnitExponent(currency: CurrencyCode): number {
  return CURRENCIES[currency].exponent;
}

/** Parses a typed amount ("1,234.56", "1234.5") into minor units of `currency`. */
export function parseMoney(input: string, currency: CurrencyCode): ParseMoneyResult {
  const parsed = parseDecimal(input, minorUnitExponent(currency));
  if (!parsed.ok) return parsed;
  if (parsed.value > BigInt(MAX_MONEY_MINOR)) return { ok: false, error: "too_large" };
  return { ok: true, amount: Number(parsed.value) };
}

/** Writes minor units as "major.minor" so Intl formats the exact decimal, not a float of it. */
function toDecimalString(amount: number, exponent: number): string {
  const digits = Math.abs(amount).toString().padStart(exponent + 1, "0");
  const split = digits.length - exponent;
  const sign = amount < 0 ? "-" : "";
  return exponent === 0 ? sign + digits : `${sign}${digits.slice(0, split)}.${digits.slice(split)}`;
}

export function formatMoney(amount: number, currency: CurrencyCode, locale: MoneyLocale): string {
  assertSafeInteger(amount, "amount");
  const exponent = minorUnitExponent(currency);
  const format = numberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  // Intl (ES2023) formats a numeric string exactly; a float of a large amount could drift.
  return format.format(toDecimalString(amount, exponent) as `${number}`);
}

export function money(amount: number, currency: CurrencyCode): Money {
  assertSafeInteger(amount, "amount");
  return { amount, currency };
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
  return money(toSafeNumber(BigInt(a.amount) + BigInt(b.amount), "sum"), a.currency);
}

/** Sums in `currency`; taking the currency explicitly makes an empty list a well-defined zero. */
export function sumMoney(items: readonly Money[], currency: CurrencyCode): Money {
  let total = 0n;
  for (const item of items) {
    if (item.currency !== currency) throw new CurrencyMismatchError(currency, item.currency);
    assertSafeInteger(item.amount, "amount");
    total += BigInt(item.amount);
  }
  return money(toSafeNumber(total, "sum"), currency);
}
