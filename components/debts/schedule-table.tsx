import { getTranslations } from "next-intl/server";
import type { CurrencyCode, InstalmentSchedule } from "@/lib/finance";
import { money } from "./format";

/** The month-by-month schedule, folded away until asked for (a 60-month plan is a long table). */
export async function ScheduleTable({ title, schedule, currency, locale }: { title: string; schedule: InstalmentSchedule; currency: CurrencyCode; locale: string }) {
  const t = await getTranslations("debtOptions");
  const fmt = (amount: number) => money(amount, currency, locale);
  return (
    <details className="rounded-[var(--radius-card)] border border-line bg-surface p-4">
      <summary className="cursor-pointer font-medium">
        {title} — {t("totalPayment")}: {fmt(schedule.totalPayment)}, {t("totalInterest")}: {fmt(schedule.totalInterest)}
      </summary>
      <div className="mt-3 max-h-96 overflow-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <thead className="sticky top-0 bg-canvas">
            <tr>
              {(["period", "payment", "principal", "interest", "remaining"] as const).map((key) => (
                <th key={key} scope="col" className="px-3 py-2">
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {schedule.rows.map((row) => (
              <tr key={row.period} className="border-b border-line last:border-0">
                <th scope="row" className="px-3 py-1 font-normal">{row.period}</th>
                <td className="px-3 py-1">{fmt(row.payment)}</td>
                <td className="px-3 py-1">{fmt(row.principal)}</td>
                <td className="px-3 py-1">{fmt(row.interest)}</td>
                <td className="px-3 py-1">{fmt(row.remaining)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
