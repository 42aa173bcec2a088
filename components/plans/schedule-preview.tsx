"use client";

import { useLocale, useTranslations } from "next-intl";
import { money } from "@/components/debts/format";
import { parseMoney, type CurrencyCode } from "@/lib/finance/money";
import { buildSchedule, scheduleProblem } from "@/lib/finance/plan-schedule";
import { formatDay } from "@/lib/i18n/dates";
import { scheduleProblemText } from "./schedule-problem";

type Props = { balance: number; currency: CurrencyCode; startDate: string; months: string; amount: string };

/**
 * The instalments the plan form will create, worked out as createPlan will (lib/finance/plan-schedule.ts)
 * from what is typed, or why it would be refused. Nothing until the months and the start date read.
 */
export function SchedulePreview({ balance, currency, startDate, months, amount }: Props) {
  const t = useTranslations("plans");
  const locale = useLocale();
  const count = /^\d{1,3}$/.test(months.trim()) ? Number(months.trim()) : 0;
  const typed = amount.trim() === "" ? null : parseMoney(amount, currency);
  if (count < 1 || count > 600 || !/^\d{4}-\d{2}-\d{2}$/.test(startDate) || (typed && (!typed.ok || typed.amount === 0))) return null;
  const each = typed?.ok ? typed.amount : null;
  const m = (v: number) => money(v, currency, locale);
  const problem = scheduleProblem(balance, count, each);
  let lines: string[];
  if (problem) {
    const { key, values } = scheduleProblemText(problem, m);
    lines = [t(key, values)];
  } else {
    const rows = buildSchedule(balance, startDate, count, each);
    const amounts = rows.map((r) => r.amountDue);
    const total = amounts.reduce((a, b) => a + b, 0);
    const first = amounts[0]!;
    const last = amounts.at(-1)!;
    const low = Math.min(...amounts);
    const high = Math.max(...amounts);
    lines = [
      t("previewDates", { months: count, first: formatDay(rows[0]!.dueDate, locale), last: formatDay(rows.at(-1)!.dueDate, locale) }),
      each === null && low !== high ? t("previewEven", { low: m(low), high: m(high) }) : last !== first ? t("previewLast", { count: count - 1, amount: m(first), last: m(last) }) : t("previewEqual", { amount: m(first) }),
      total === balance ? t("previewTotal", { total: m(total) }) : t("previewPartial", { total: m(total), balance: m(balance), left: m(balance - total) }),
    ];
  }
  return (
    <section aria-labelledby="plan-preview-heading" className="rounded-[var(--radius-control)] border border-line p-3 text-sm sm:col-span-2">
      <h3 id="plan-preview-heading" className="font-semibold">
        {t("preview")}
      </h3>
      <div role="status" aria-live="polite" className={problem ? "text-danger-fg" : undefined}>
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </section>
  );
}
