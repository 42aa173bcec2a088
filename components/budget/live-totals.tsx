"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatMoney, parseMoney, toMonthly, type CurrencyCode, type Frequency } from "@/lib/finance";
import { budgetTotals } from "@/lib/finance/budget";
import type { EditorLine } from "./line-row";

/** Totals of what is typed so far; unreadable amounts are left out (the server will flag them on save). */
export function LiveTotals({ rows, incomeCount, currency }: { rows: EditorLine[]; incomeCount: number; currency: CurrencyCode }) {
  const t = useTranslations("budget");
  const locale = useLocale() === "zh-CN" ? "zh-CN" : "en";
  const lines = rows.flatMap((row, i) => {
    const parsed = row.amount.trim() ? parseMoney(row.amount, currency) : null;
    if (!parsed?.ok) return [];
    return [{ kind: i < incomeCount ? ("income" as const) : ("expenditure" as const), monthlyAmount: toMonthly(parsed.amount, row.frequency as Frequency) }];
  });
  const totals = budgetTotals(lines);
  const fmt = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <section aria-labelledby="live-totals-heading" className="rounded-[var(--radius-card)] border border-line bg-canvas p-4">
      <h2 id="live-totals-heading" className="font-semibold">
        {t("liveTotals")}
      </h2>
      <dl aria-live="polite" className="mt-2 grid gap-2 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-ink-muted">{t("totalIncome")}</dt>
          <dd className="text-lg font-semibold">{fmt(totals.income)}</dd>
        </div>
        <div>
          <dt className="text-sm text-ink-muted">{t("totalExpenditure")}</dt>
          <dd className="text-lg font-semibold">{fmt(totals.expenditure)}</dd>
        </div>
        <div>
          <dt className="text-sm text-ink-muted">{t("surplus")}</dt>
          <dd className={totals.surplus < 0 ? "text-lg font-semibold text-danger-fg" : "text-lg font-semibold"}>{fmt(totals.surplus)}</dd>
        </div>
      </dl>
    </section>
  );
}
