import { formatScaled } from "@/lib/finance/decimal";
import { formatMoney, formatPercent, minorUnitExponent, type CurrencyCode, type MoneyLocale } from "@/lib/finance";

export function money(amount: number, currency: CurrencyCode, locale: string): string {
  return formatMoney(amount, currency, (locale === "zh-CN" ? "zh-CN" : "en") satisfies MoneyLocale);
}

/** Minor units as the plain decimal a user would type back ("38500.00"), for prefilled inputs. */
export function amountInput(amount: number, currency: CurrencyCode): string {
  const exponent = minorUnitExponent(currency);
  return formatScaled(BigInt(amount), exponent, exponent);
}

/** A stored rate as the percentage typed ("0.05"). */
export function rateInput(ppb: number): string {
  return formatScaled(BigInt(ppb), 7, 2);
}

export function percent(ppb: number): string {
  return formatPercent(ppb, { minDecimals: 2, maxDecimals: 2 });
}
