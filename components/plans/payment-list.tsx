import { money } from "@/components/debts/format";
import { Badge } from "@/components/ui/badge";
import { SimpleTable } from "@/components/ui/simple-table";
import { paymentRecordTone } from "@/components/ui/status-tones";
import type { PlanView } from "@/lib/dal/plans";
import type { CurrencyCode } from "@/lib/finance";
import { formatDay } from "@/lib/i18n/dates";
import type { Translate } from "@/lib/validation/form";
import { REVERSAL_REASON_MAX } from "@/lib/validation/plans";
import { ReversePaymentButton } from "./reverse-payment-button";

type Row = PlanView["instalments"][number]["payments"][number] & { number: number };

/**
 * What was recorded against a plan's instalments, reversed records included (struck through and
 * marked, never counted). Staff pass `clientId`: they see notes, who reversed a record and why, and a
 * Reverse button on each record that still counts. The portal sees a reversal and its day only.
 * `t` is the "plans" translator; `when` writes an instant as a day in the agency's time zone.
 */
type Props = { plan: PlanView; clientId?: string; locale: string; t: Translate; when: (at: Date) => string };

export function PaymentList({ plan, clientId, locale, t, when }: Props) {
  const rows: Row[] = plan.instalments.flatMap((instalment) => instalment.payments.map((payment) => ({ ...payment, number: instalment.number })));
  if (!rows.length) return null;
  const day = (d: string) => formatDay(d, locale);
  const outcome = (row: Row) => t(`paymentOutcomes.${row.outcome}`);
  const struck = (row: Row, text: string) => (row.reversedAt ? <s>{text}</s> : text);
  const state = (row: Row) => {
    if (!row.reversedAt) return <Badge tone={paymentRecordTone.standing}>{t("paymentStatuses.standing")}</Badge>;
    const detail = clientId ? t("reversedBy", { name: row.reversedByName ?? "—", date: when(row.reversedAt), reason: row.reversalReason ?? "—" }) : t("reversedOn", { date: when(row.reversedAt) });
    return (
      <>
        <Badge tone={paymentRecordTone.reversed}>{t("paymentStatuses.reversed")}</Badge>
        <p className="mt-1 text-ink-muted">{detail}</p>
      </>
    );
  };
  return (
    <SimpleTable
      className="mt-4"
      caption={t("paymentsTitle")}
      rows={rows}
      rowKey={(row) => row.id}
      density="compact"
      columns={[
        // The date names the row: the schedule above is the table whose rows are named by number.
        { key: "paidOn", header: t("paidOn"), rowHeader: true, className: "font-normal", cell: (row) => day(row.paidOn) },
        { key: "number", header: t("paymentInstalment"), cell: (row) => row.number },
        { key: "outcome", header: t("paymentOutcome"), cell: (row) => struck(row, outcome(row)) },
        { key: "amount", header: t("paymentAmount"), align: "end", cell: (row) => struck(row, money(row.amount, plan.currency as CurrencyCode, locale)) },
        ...(clientId ? [{ key: "note", header: t("note"), cell: (row: Row) => row.note ?? "" }] : []),
        { key: "state", header: t("status"), cell: state },
        ...(clientId
          ? [
              {
                key: "correction",
                header: t("correction"),
                cell: (row: Row) =>
                  row.reversedAt ? null : (
                    <ReversePaymentButton clientId={clientId} paymentId={row.id} number={row.number} outcome={outcome(row)} date={day(row.paidOn)} maxLength={REVERSAL_REASON_MAX} />
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
