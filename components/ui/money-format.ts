import { numberFormat } from "@/lib/i18n/formats";
import { formatScaled } from "@/lib/finance/decimal";
import { minorUnitExponent, parseMoney, type CurrencyCode } from "@/lib/finance/money";

/** The currency symbol for the user's locale, e.g. "¥" in Chinese and "CN¥" in English for CNY. */
export function currencySymbol(currency: CurrencyCode, locale: string): string {
  const parts = numberFormat(locale, { style: "currency", currency }).formatToParts(0);
  return parts.find((p) => p.type === "currency")?.value ?? currency;
}

export function currencyName(currency: CurrencyCode, locale: string): string {
  return new Intl.DisplayNames(locale, { type: "currency" }).of(currency) ?? currency;
}

/**
 * Groups a valid amount for reading ("1234.5" → "1,234.50", "１２．５" → "12.50"), parsed by the server's
 * own `parseMoney` so the box never shows an amount other than the one that will be saved; text the
 * server refuses ("1,23", "12.345") is left exactly as typed, so its message appears against it.
 */
export function displayAmount(value: string, currency: CurrencyCode, locale: string): string {
  const parsed = parseMoney(value, currency);
  if (!parsed.ok) return value;
  const exponent = minorUnitExponent(currency);
  const format = numberFormat(locale, { minimumFractionDigits: exponent, maximumFractionDigits: exponent });
  // Intl formats a numeric string exactly (ES2023), so large amounts do not drift through a float.
  return format.format(formatScaled(BigInt(parsed.amount), exponent, exponent) as `${number}`);
}
