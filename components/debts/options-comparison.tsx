import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { SimpleTable } from "@/components/ui/simple-table";
import type { CurrencyCode } from "@/lib/finance";
import type { DebtOptions } from "@/lib/finance/debt-options";
import { formatDay } from "@/lib/i18n/dates";
import { money, percent } from "./format";

type Row = { key: string; option: string; details: string; cost?: string; saving?: string };
type Props = { options: DebtOptions; currency: CurrencyCode; balance: number; locale: string };

/** Each negotiable option side by side: what it means, what it costs and what it saves. */
export async function OptionsComparison({ options, currency, balance, locale }: Props) {
  const t = await getTranslations("debtOptions");
  const fmt = (amount: number) => money(amount, currency, locale);
  const { extension, pause, interestWaiver, penaltyWaiver, plan, settlement } = options;
  const annuity = plan.annuity;
  const equal = plan.equalPrincipal;
  const rows: Row[] = [
    {
      key: "extension",
      option: t("extension", { months: extension.months }),
      details: t("extensionBody", { deferred: fmt(extension.deferredPayments) }),
      cost: fmt(extension.extraInterest),
    },
    pause === null
      ? { key: "pause", option: t("pauseTitle"), details: t("pauseNone") }
      : "error" in pause
        ? { key: "pause", option: t("pauseTitle"), details: t("pauseError") }
        : {
            key: "pause",
            option: t("pause", { date: formatDay(pause.until, locale) }),
            details: t("pauseBody", { days: pause.days, interest: fmt(pause.interest), penalty: fmt(pause.penalty) }),
            cost: fmt(pause.total),
          },
    { key: "interestWaiver", option: t("interestWaiver", { months: interestWaiver.months }), details: t("interestWaiverBody"), saving: fmt(interestWaiver.saving) },
    {
      key: "penaltyWaiver",
      option: t("penaltyWaiver", { months: penaltyWaiver.months }),
      details: options.overdue ? t("penaltyWaiverBody") : t("penaltyWaiverNone"),
      saving: fmt(penaltyWaiver.saving),
    },
    {
      key: "annuity",
      option: t("annuityOption", { months: plan.months }),
      details: t("annuityBody", { payment: fmt(annuity.rows[0]?.payment ?? 0) }),
      cost: fmt(annuity.totalInterest),
    },
    {
      key: "equalPrincipal",
      option: t("equalPrincipalOption", { months: plan.months }),
      details: t("equalPrincipalBody", { first: fmt(equal.rows[0]?.payment ?? 0), last: fmt(equal.rows.at(-1)?.payment ?? 0) }),
      cost: fmt(equal.totalInterest),
    },
    settlement === null
      ? { key: "settlement", option: t("settlementTitle"), details: t("settlementNone") }
      : "error" in settlement
        ? { key: "settlement", option: t("settlementTitle"), details: t("settlementAbove", { balance: fmt(balance) }) }
        : {
            key: "settlement",
            option: t("settlementTitle"),
            details: t("settlementBody", { lumpSum: fmt(settlement.lumpSum), balance: fmt(balance), percent: percent(settlement.discountPpb) }),
            saving: fmt(settlement.saved),
          },
  ];
  return (
    <Card className="p-0">
      <SimpleTable
        caption={<span className="block px-4 pt-4 text-lg font-semibold">{t("comparisonCaption")}</span>}
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          { key: "option", header: t("option"), rowHeader: true, cell: (row) => row.option },
          { key: "details", header: t("details"), cell: (row) => row.details },
          { key: "cost", header: t("cost"), className: "whitespace-nowrap", cell: (row) => row.cost ?? "—" },
          { key: "saving", header: t("saving"), className: "whitespace-nowrap", cell: (row) => row.saving ?? "—" },
        ]}
      />
    </Card>
  );
}
