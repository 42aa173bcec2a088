import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { CurrencyCode } from "@/lib/finance";
import type { DebtOptions } from "@/lib/finance/debt-options";
import { formatDay } from "@/lib/i18n/dates";
import { ScheduleTable } from "./schedule-table";

/** Warnings on the proposed term, then both schedule types for the instalment plan (个性化分期). */
export async function PlanSection({ options, currency, locale }: { options: DebtOptions; currency: CurrencyCode; locale: string }) {
  const t = await getTranslations("debtOptions");
  const { plan, creditReport } = options;
  return (
    <section aria-labelledby="plan-heading" className="space-y-3">
      <h3 id="plan-heading" className="text-lg font-semibold">
        {t("planTitle", { months: plan.months })}
      </h3>
      {plan.warnings.map((warning) => (
        <p key={warning.code} role="note" className="rounded-[var(--radius-control)] bg-warning-bg px-3 py-2 text-warning-fg">
          {t(warning.code === "credit_card_instalment_term_exceeded" ? "warnings.creditCard" : "warnings.creditorMax", {
            months: warning.months,
            max: warning.maxMonths,
          })}
        </p>
      ))}
      <ScheduleTable title={t("annuity")} schedule={plan.annuity} currency={currency} locale={locale} />
      <ScheduleTable title={t("equalPrincipal")} schedule={plan.equalPrincipal} currency={currency} locale={locale} />
      <Card aria-labelledby="report-heading">
        <h3 id="report-heading" className="text-lg font-semibold">
          {t("creditReport")}
        </h3>
        <p className="mt-2">
          {creditReport ? t("creditReportBody", { cleared: formatDay(creditReport.clearedOn, locale), removal: formatDay(creditReport.removalDate, locale) }) : t("creditReportNone")}
        </p>
      </Card>
    </section>
  );
}
