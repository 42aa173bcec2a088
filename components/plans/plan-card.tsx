import { getTranslations } from "next-intl/server";
import { creditorName } from "@/components/creditors/creditor-name";
import { money } from "@/components/debts/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { instalmentStatusTone, planStatusTone } from "@/components/ui/status-tones";
import type { PlanView } from "@/lib/dal/plans";
import type { CurrencyCode } from "@/lib/finance";
import { PaymentForm } from "./payment-form";

/**
 * One plan: its terms, its status and the instalment schedule (分期明细). Staff pass `clientId` and get a
 * record form per open instalment; the portal leaves it out and sees the schedule read only.
 */
export async function PlanCard({ plan, clientId, locale }: { plan: PlanView; clientId?: string; locale: string }) {
  const t = await getTranslations("plans");
  const currency = plan.currency as CurrencyCode;
  const m = (v: number) => money(v, currency, locale);
  const name = creditorName({ nameEn: plan.creditorNameEn, nameZh: plan.creditorNameZh }, locale);
  const headingId = `plan-${plan.id}`;
  return (
    <Card aria-labelledby={headingId}>
      <div className="flex flex-wrap items-center gap-3">
        <h2 id={headingId} className="text-lg font-semibold">
          {[name, plan.product].filter(Boolean).join(" · ")}
        </h2>
        <Badge tone={planStatusTone[plan.status]}>{t(`statuses.${plan.status}`)}</Badge>
      </div>
      <p className="mt-1 text-sm">
        {plan.kind === "instalments" ? t("summary", { months: plan.months ?? 0, start: plan.startDate, total: m(plan.totalAmount) }) : t("pauseSummary", { start: plan.startDate, until: plan.pauseUntil ?? "" })}
        {" · "}
        {t("balance", { amount: m(plan.balance) })}
      </p>
      {plan.overrideReason ? <p className="mt-1 text-sm text-warning-fg">{t("overrideNote", { reason: plan.overrideReason })}</p> : null}
      {plan.instalments.length ? (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="text-left font-medium">{t("schedule")}</caption>
            <thead className="border-b border-line">
              <tr>
                <th scope="col" className="px-2 py-2">{t("number")}</th>
                <th scope="col" className="px-2 py-2">{t("dueDate")}</th>
                <th scope="col" className="px-2 py-2 text-right">{t("amountDue")}</th>
                <th scope="col" className="px-2 py-2 text-right">{t("amountPaid")}</th>
                <th scope="col" className="px-2 py-2">{t("status")}</th>
                {clientId ? <th scope="col" className="px-2 py-2">{t("record")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {plan.instalments.map((row) => (
                <tr key={row.id} className="border-b border-line align-top last:border-0">
                  <th scope="row" className="px-2 py-2 font-normal">{row.number}</th>
                  <td className="px-2 py-2">{row.dueDate}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{m(row.amountDue)}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{m(row.amountPaid)}</td>
                  <td className="px-2 py-2">
                    <Badge tone={instalmentStatusTone[row.status]}>{t(`instalmentStatuses.${row.status}`)}</Badge>
                  </td>
                  {clientId ? (
                    <td className="px-2 py-2">
                      {plan.status === "active" && row.status !== "paid" ? <PaymentForm clientId={clientId} instalmentId={row.id} number={row.number} currency={currency} dueDate={row.dueDate} /> : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Card>
  );
}
