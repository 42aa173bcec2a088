import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { negotiationOutcomeTone } from "@/components/ui/status-tones";
import type { AnalyticsEntry } from "@/lib/dal/analytics-entries";
import { formatMoney, isCurrencyCode } from "@/lib/finance/money";

type Props = { rows: AnalyticsEntry[]; timeZone: string; locale: string };

/** One page of drill-down entries; each links to the client's negotiation log. */
export async function EntriesTable({ rows, timeZone, locale }: Props) {
  const t = await getTranslations();
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  const moneyLocale = locale === "zh-CN" ? "zh-CN" : "en";
  const waived = (row: AnalyticsEntry) => {
    const parts = [
      row.waivedInterest ? t("supervision.analytics.interestShort", { amount: isCurrencyCode(row.currency) ? formatMoney(row.waivedInterest, row.currency, moneyLocale) : String(row.waivedInterest) }) : null,
      row.waivedPenalty ? t("supervision.analytics.penaltyShort", { amount: isCurrencyCode(row.currency) ? formatMoney(row.waivedPenalty, row.currency, moneyLocale) : String(row.waivedPenalty) }) : null,
    ].filter(Boolean);
    return parts.length ? parts.join(", ") : "—";
  };
  return (
    <Card className="overflow-x-auto p-0">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("supervision.analytics.entriesTitle")}</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className="px-3 py-2">{t("supervision.analytics.contactedAt")}</th>
            <th scope="col" className="px-3 py-2">{t("supervision.analytics.client")}</th>
            <th scope="col" className="px-3 py-2">{t("supervision.analytics.creditor")}</th>
            <th scope="col" className="px-3 py-2">{t("supervision.analytics.counsellor")}</th>
            <th scope="col" className="px-3 py-2">{t("supervision.analytics.channel")}</th>
            <th scope="col" className="px-3 py-2">{t("supervision.analytics.requestType")}</th>
            <th scope="col" className="px-3 py-2">{t("supervision.analytics.outcome")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("supervision.analytics.monthsGranted")}</th>
            <th scope="col" className="px-3 py-2">{t("supervision.analytics.waived")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line last:border-0">
              <td className="whitespace-nowrap px-3 py-2">{when.format(row.contactedAt)}</td>
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={`/clients/${row.clientId}/negotiations`} className="text-brand-700 underline">
                  {row.clientName}
                </Link>
                <span className="block text-xs text-ink-muted">{row.clientReference}</span>
              </th>
              <td className="px-3 py-2">{locale === "zh-CN" ? row.creditorNameZh : row.creditorNameEn}</td>
              <td className="px-3 py-2">{row.counsellorName ?? t("supervision.analytics.unassigned")}</td>
              <td className="px-3 py-2">{t(`negotiations.channels.${row.channel}`)}</td>
              <td className="px-3 py-2">{t(`negotiations.requestTypes.${row.requestType}`)}</td>
              <td className="px-3 py-2">
                <Badge tone={negotiationOutcomeTone[row.outcome]}>{t(`negotiations.outcomes.${row.outcome}`)}</Badge>
                {row.correctsEntryId ? <span className="block text-xs text-ink-muted">{t("supervision.analytics.isCorrection")}</span> : null}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{row.grantedMonths ?? "—"}</td>
              <td className="px-3 py-2">{waived(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
