import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { formatMultiplier, formatPercent, type CurrencyCode } from "@/lib/finance";
import type { DebtOptions } from "@/lib/finance/debt-options";
import { money } from "./format";

type Props = { options: DebtOptions; currency: CurrencyCode; multiplier: number; daysOverdue: number; locale: string };

/** Today's cost of the debt: interest and penalty per day, with the rate both daily and annualised. */
export async function ChargesCard({ options, currency, multiplier, daysOverdue, locale }: Props) {
  const t = await getTranslations("debtOptions");
  const rows: [string, string][] = [
    [t("dailyRate"), formatPercent(options.rates.daily.ppb)],
    [t("annualRate"), formatPercent(options.rates.annual.ppb, { minDecimals: 2, maxDecimals: 4 })],
    [t("multiplier"), t("multiplierValue", { value: formatMultiplier(multiplier) })],
    [t("dailyInterest"), money(options.daily.interest, currency, locale)],
    [t("dailyOverdueCharge"), money(options.daily.overdueCharge, currency, locale)],
    [t("daysOverdue"), daysOverdue > 0 ? t("days", { count: daysOverdue }) : t("notOverdue")],
  ];
  if (options.overdue) rows.push([t("penaltySurcharge"), money(options.daily.penaltySurcharge, currency, locale)]);
  return (
    <Card aria-labelledby="charges-heading">
      <h3 id="charges-heading" className="text-lg font-semibold">
        {t("charges")}
      </h3>
      <dl className="mt-3 grid gap-y-2">
        {rows.map(([label, value]) => (
          <div key={label} className="flex justify-between gap-4 border-b border-line py-1">
            <dt className="text-ink-muted">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-ink-muted">{t("rateNote")}</p>
    </Card>
  );
}
