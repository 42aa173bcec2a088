import { dateFormat } from "@/lib/i18n/formats";
import { getLocale, getTranslations } from "next-intl/server";
import type { AnalyticsQuery } from "@/lib/analytics/query";

type Props = { query: AnalyticsQuery; total: number; capped: boolean; names: { creditor?: string; counsellor?: string } };

/** Says in words which figure these entries stand behind: the range and every filter in force. */
export async function SliceSummary({ query, total, capped, names }: Props) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const date = dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const day = (iso: string) => date.format(new Date(`${iso}T00:00:00Z`));
  const facts = [
    t("supervision.analytics.range", { from: day(query.from), to: day(query.to) }),
    query.creditorId ? `${t("supervision.analytics.creditor")}: ${names.creditor ?? "—"}` : null,
    query.counsellorId ? `${t("supervision.analytics.counsellor")}: ${names.counsellor ?? "—"}` : null,
    query.requestType ? `${t("supervision.analytics.requestType")}: ${t(`negotiations.requestTypes.${query.requestType}`)}` : null,
    query.channel ? `${t("supervision.analytics.channel")}: ${t(`negotiations.channels.${query.channel}`)}` : null,
    query.outcome ? `${t("supervision.analytics.outcome")}: ${t(`supervision.analytics.slices.${query.outcome}`)}` : null,
  ].filter((f): f is string => f !== null);
  return (
    <div className="space-y-1" data-testid="slice-summary">
      <ul className="flex flex-wrap gap-2 text-sm">
        {facts.map((fact) => (
          <li key={fact} className="rounded-full border border-line bg-surface px-3 py-1">
            {fact}
          </li>
        ))}
      </ul>
      <p className="text-sm text-ink-muted">{capped ? t("supervision.analytics.entriesCapped", { count: total }) : t("supervision.analytics.entriesCount", { count: total })}</p>
    </div>
  );
}
