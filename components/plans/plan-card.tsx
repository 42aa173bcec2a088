import { getFormatter, getTranslations } from "next-intl/server";
import { creditorName } from "@/components/creditors/creditor-name";
import { money } from "@/components/debts/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SimpleTable } from "@/components/ui/simple-table";
import { instalmentStatusTone, planStatusTone } from "@/components/ui/status-tones";
import { agencyToday } from "@/lib/dal/debts";
import type { PlanView } from "@/lib/dal/plans";
import type { CurrencyCode } from "@/lib/finance";
import { formatDay } from "@/lib/i18n/dates";
import { END_REASON_CORRECTED, END_REASON_MAX } from "@/lib/validation/plans";
import { EndPlanButton } from "./end-plan-button";
import { PaymentForm } from "./payment-form";
import { PaymentList } from "./payment-list";

/**
 * One plan: its terms, its status, the instalment schedule (分期明细) and what was recorded against it.
 * Staff pass `clientId` and get a record form per open instalment, a Reverse button per record and
 * "End this plan" on an active plan; the portal leaves it out and sees them read only. On a plan ended
 * early, what was not paid and falls due from its end day on reads "no longer due".
 */
export async function PlanCard({ plan, clientId, locale }: { plan: PlanView; clientId?: string; locale: string }) {
  const [t, format, today] = await Promise.all([getTranslations("plans"), getFormatter(), agencyToday()]);
  const currency = plan.currency as CurrencyCode;
  const m = (v: number) => money(v, currency, locale);
  const day = (d: string) => formatDay(d, locale);
  const name = creditorName({ nameEn: plan.creditorNameEn, nameZh: plan.creditorNameZh }, locale);
  const headingId = `plan-${plan.id}`;
  // Unpaid past its day is overdue, as the dashboard counts it (listMissedInstalments), until someone records it;
  // partly paid past its day is overdue as well, for what is still owed on it.
  const shown = (row: PlanView["instalments"][number]) => {
    if (plan.status === "ended" && plan.endedOn && row.dueDate >= plan.endedOn && row.status !== "paid") return "no_longer_due";
    const late = row.dueDate < today;
    return row.status === "due" && late ? "overdue" : row.status === "partly_paid" && late ? "partly_paid_overdue" : row.status;
  };
  const overdue = (label: ReturnType<typeof shown>) => label === "overdue" || label === "partly_paid_overdue";
  return (
    <Card aria-labelledby={headingId}>
      <div className="flex flex-wrap items-center gap-3">
        <h2 id={headingId} className="text-lg font-semibold">
          {[name, plan.product].filter(Boolean).join(" · ")}
        </h2>
        <Badge tone={planStatusTone[plan.status]}>{t(`statuses.${plan.status}`)}</Badge>
        {clientId && plan.status === "active" ? (
          <div className="ms-auto">
            <EndPlanButton clientId={clientId} planId={plan.id} name={name} maxLength={END_REASON_MAX} />
          </div>
        ) : null}
      </div>
      <p className="mt-1 text-sm">
        {plan.kind === "instalments" ? t("summary", { months: plan.months ?? 0, start: day(plan.startDate), total: m(plan.totalAmount) }) : t("pauseSummary", { start: day(plan.startDate), until: plan.pauseUntil ? day(plan.pauseUntil) : "—" })}
        {" · "}
        {t("balance", { amount: m(plan.balance) })}
      </p>
      {plan.overrideReason ? <p className="mt-1 text-sm text-warning-fg">{t("overrideNote", { reason: plan.overrideReason })}</p> : null}
      {plan.status === "ended" && plan.endedOn ? <p className="mt-1 text-sm text-warning-fg">{endedNote(plan, day(plan.endedOn), t)}</p> : null}
      {plan.instalments.length ? (
        <SimpleTable
          className="mt-4"
          caption={t("schedule")}
          rows={plan.instalments}
          rowKey={(row) => row.id}
          density="compact"
          columns={[
            { key: "number", header: t("number"), rowHeader: true, className: "font-normal", cell: (row) => row.number },
            { key: "due", header: t("dueDate"), cell: (row) => day(row.dueDate) },
            { key: "amountDue", header: t("amountDue"), align: "end", cell: (row) => m(row.amountDue) },
            { key: "amountPaid", header: t("amountPaid"), align: "end", cell: (row) => m(row.amountPaid) },
            { key: "status", header: t("status"), cell: (row) => <Badge tone={overdue(shown(row)) ? "danger" : instalmentStatusTone[row.status]}>{t(`instalmentStatuses.${shown(row)}`)}</Badge> },
            ...(clientId
              ? [
                  {
                    key: "record",
                    header: t("record"),
                    cell: (row: PlanView["instalments"][number]) =>
                      plan.status === "active" && row.status !== "paid" ? <PaymentForm clientId={clientId} instalmentId={row.id} number={row.number} currency={currency} dueDate={row.dueDate} today={today} /> : null,
                  },
                ]
              : []),
          ]}
        />
      ) : null}
      <PaymentList plan={plan} clientId={clientId} locale={locale} t={t} when={(at) => format.dateTime(at, { dateStyle: "medium" })} />
    </Card>
  );
}

/** Why and when a plan ended early; who and why only for staff (the portal's copy has neither). */
function endedNote(plan: PlanView, on: string, t: Awaited<ReturnType<typeof getTranslations<"plans">>>): string {
  if (plan.endReason === END_REASON_CORRECTED) return t("endedByCorrection", { date: on });
  if (plan.endReason) return t("endedBy", { date: on, name: plan.endedByName ?? "—", reason: plan.endReason });
  return t("endedOn", { date: on });
}
