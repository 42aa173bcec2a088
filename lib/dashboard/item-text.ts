import { formatMoney, isCurrencyCode, type MoneyLocale } from "@/lib/finance/money";
import type { DashboardItem } from "@/lib/dashboard/sections";
import { formatDay } from "@/lib/i18n/dates";


/** The ICU arguments of `dashboard.sections.<section>.item` (also used by the e-mail digest). */
export function itemParams(item: DashboardItem, locale: MoneyLocale): Record<string, string | number> {
  const creditor = (locale === "zh-CN" ? item.creditorZh : item.creditorEn) ?? item.creditorEn ?? "";
  const amount = item.amountMinor != null && item.currency && isCurrencyCode(item.currency) ? formatMoney(item.amountMinor, item.currency, locale) : "";
  return {
    client: item.clientName,
    creditor,
    title: item.title ?? "",
    number: item.number ?? 0,
    amount,
    date: item.dueOn ? formatDay(item.dueOn, locale) : "",
  };
}
