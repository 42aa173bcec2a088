import { dateFormat } from "@/lib/i18n/formats";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import type { listSentBack } from "@/lib/dal/outcome-reviews";
import { getAgencySettings } from "@/lib/dal/settings";

type Item = Awaited<ReturnType<typeof listSentBack>>[number];

/** What was sent back and how each was answered: open until the counsellor resolves it. */
export async function SentBackList({ items }: { items: Item[] }) {
  const [t, locale, { timeZone }] = await Promise.all([getTranslations("supervision.reviews"), getLocale(), getAgencySettings()]);
  const when = dateFormat(locale, { dateStyle: "medium", timeZone });
  return (
    <Card aria-labelledby="sent-back-heading" className="space-y-3">
      <CardHeader id="sent-back-heading" title={t("sentBackTitle")} />
      {items.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("noneSentBack")}</p>
      ) : (
        <ul className="divide-y divide-line">
          {items.map((item) => (
            <li key={item.id} className="space-y-1 py-3 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium" translate="no">{item.clientName}</span>
                <span className="text-ink-muted">{t(item.subject === "plan" ? "subjectPlan" : "subjectClosure")}</span>
                <Badge tone={item.resolvedAt ? "success" : "warning"}>{t(item.resolvedAt ? "resolved" : "open")}</Badge>
              </p>
              <p>
                <span className="text-ink-muted">{t("sentBackBy", { name: item.reviewerName, date: when.format(item.createdAt) })}: </span>
                {item.comment}
              </p>
              {item.resolvedAt ? (
                <p>
                  <span className="text-ink-muted">{t("answeredBy", { name: item.resolvedByName ?? item.counsellorName, date: when.format(item.resolvedAt) })}: </span>
                  {item.resolutionNote}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
