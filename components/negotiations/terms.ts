import { money } from "@/components/debts/format";
import type { CurrencyCode } from "@/lib/finance";
import { formatDay } from "@/lib/i18n/dates";
import type { Translate } from "@/lib/validation/form";

type Figures = { months: number | null; pauseUntil: string | null; amount: number | null; interest: number | null; penalty: number | null; monthly?: number | null };

/** "3 months · penalty waived ¥500.00 · …": the figures of a request or of the agreed terms, blanks left out. */
export function figuresText(t: Translate, f: Figures, currency: CurrencyCode, locale: string): string {
  const m = (v: number) => money(v, currency, locale);
  return [
    f.months !== null ? t("months", { count: f.months }) : null,
    f.pauseUntil ? t("pauseUntil", { date: formatDay(f.pauseUntil, locale) }) : null,
    f.amount !== null ? t("amount", { amount: m(f.amount) }) : null,
    f.monthly != null ? t("monthly", { amount: m(f.monthly) }) : null,
    f.interest !== null ? t("interestWaived", { amount: m(f.interest) }) : null,
    f.penalty !== null ? t("penaltyWaived", { amount: m(f.penalty) }) : null,
  ]
    .filter(Boolean)
    .join(" · ");
}
