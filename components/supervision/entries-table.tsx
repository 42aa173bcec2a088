import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SimpleTable } from "@/components/ui/simple-table";
import { negotiationOutcomeTone } from "@/components/ui/status-tones";
import type { AnalyticsEntry } from "@/lib/dal/analytics-entries";
import { formatMoney, isCurrencyCode } from "@/lib/finance/money";
import { dateFormat } from "@/lib/i18n/formats";

type Props = { rows: AnalyticsEntry[]; timeZone: string; locale: string };

/** One page of drill-down entries; each links to the client's negotiation log. */
export async function EntriesTable({ rows, timeZone, locale }: Props) {
  const t = await getTranslations();
  const when = dateFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  const moneyLocale = locale === "zh-CN" ? "zh-CN" : "en";
  const waived = (row: AnalyticsEntry) => {
    const parts = [
      row.waivedInterest ? t("supervision.analytics.interestShort", { amount: isCurrencyCode(row.currency) ? formatMoney(row.waivedInterest, row.currency, moneyLocale) : String(row.waivedInterest) }) : null,
      row.waivedPenalty ? t("supervision.analytics.penaltyShort", { amount: isCurrencyCode(row.currency) ? formatMoney(row.waivedPenalty, row.currency, moneyLocale) : String(row.waivedPenalty) }) : null,
    ].filter(Boolean);
    return parts.length ? parts.join(", ") : "—";
  };
  return (
    <Card className="p-0">
      <SimpleTable
        caption={t("supervision.analytics.entriesTitle")}
        captionHidden
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { key: "at", header: t("supervision.analytics.contactedAt"), className: "whitespace-nowrap", cell: (row) => when.format(row.contactedAt) },
          {
            key: "client",
            header: t("supervision.analytics.client"),
            rowHeader: true,
            cell: (row) => (
              <>
                <Link href={`/clients/${row.clientId}/negotiations`} className="text-brand-700 underline">
                  {row.clientName}
                </Link>
                <span className="block text-xs text-ink-muted">{row.clientReference}</span>
              </>
            ),
          },
          { key: "creditor", header: t("supervision.analytics.creditor"), cell: (row) => (locale === "zh-CN" ? row.creditorNameZh : row.creditorNameEn) },
          { key: "counsellor", header: t("supervision.analytics.counsellor"), cell: (row) => row.counsellorName ?? t("supervision.analytics.unassigned") },
          { key: "channel", header: t("supervision.analytics.channel"), cell: (row) => t(`negotiations.channels.${row.channel}`) },
          { key: "type", header: t("supervision.analytics.requestType"), cell: (row) => t(`negotiations.requestTypes.${row.requestType}`) },
          {
            key: "outcome",
            header: t("supervision.analytics.outcome"),
            cell: (row) => (
              <>
                <Badge tone={negotiationOutcomeTone[row.outcome]}>{t(`negotiations.outcomes.${row.outcome}`)}</Badge>
                {row.correctsEntryId ? <span className="block text-xs text-ink-muted">{t("supervision.analytics.isCorrection")}</span> : null}
              </>
            ),
          },
          // Only what the figure adds up: months granted on an agreed payment extension.
          {
            key: "months",
            header: t("supervision.analytics.monthsGranted"),
            align: "end",
            cell: (row) => (row.requestType === "payment_extension" && (row.outcome === "agreed" || row.outcome === "partially_agreed") && row.grantedMonths !== null ? row.grantedMonths : "—"),
          },
          { key: "waived", header: t("supervision.analytics.waived"), cell: waived },
        ]}
      />
    </Card>
  );
}
