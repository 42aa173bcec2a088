import { numberFormat } from "@/lib/i18n/formats";
import { minorUnitExponent, parseMoney, type CurrencyCode } from "@/lib/finance/money";

/** The currency symbol for the user's locale, e.g. "¥" in Chinese and "CN¥" in English for CNY. */
export function currencySymbol(currency: CurrencyCode, locale: string): string {
  const parts = numberFormat(locale, { style: "currency", currency }).formatToParts(0);
  return parts.find((p) => p.type === "currency")?.value ?? currency;
}

export function currencyName(currency: CurrencyCode, locale: string): string {
  return new Intl.DisplayNames(locale, { type: "currency" }).of(currency) ?? currency;
}

/** Groups a valid amount for reading ("1234.5" → "1,234.50"); anything else is left as typed for the server to reject. */
export function displayAmount(value: string, currency: CurrencyCode, locale: string): string {
  const plain = value.replace(/[\s,，]/g, "");
  if (!plain || !parseMoney(plain, currency).ok) return value;
  const exponent = minorUnitExponent(currency);
  // Intl formats a numeric string exactly (ES2023); parseMoney has already refused extra decimals.
  const format = numberFormat(locale, { minimumFractionDigits: exponent, maximumFractionDigits: exponent });
  return format.format(plain as `${number}`);
}
