import { dateFormat } from "@/lib/i18n/formats";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import type { listChangeReports } from "@/lib/dal/change-reports";
import { AcknowledgeButton } from "./acknowledge-button";

type Report = Awaited<ReturnType<typeof listChangeReports>>[number];

/** Changes of circumstances the client reported in the portal; new ones first, each to acknowledge. */
export async function ChangeReports({ clientId, reports, locale, timeZone }: { clientId: string; reports: Report[]; locale: string; timeZone: string }) {
  if (!reports.length) return null;
  const t = await getTranslations("reviews");
  const when = dateFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <Card aria-labelledby="changes-heading">
      <CardHeader id="changes-heading" title={t("changesTitle")} />
      <ul className="mt-3 divide-y divide-line">
        {reports.map((r) => (
          <li key={r.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
            <div className="space-y-1">
              <p className="font-medium">
                {t(`changeKinds.${r.kind}`)} <span className="text-sm font-normal text-ink-muted">· {when.format(r.createdAt)}</span>
              </p>
              <p className="whitespace-pre-line">{r.details}</p>
            </div>
            {r.acknowledgedAt ? (
              <Badge tone="neutral">{t("acknowledged")}</Badge>
            ) : (
              <AcknowledgeButton clientId={clientId} reportId={r.id} change={t(`changeKinds.${r.kind}`)} date={when.format(r.createdAt)} />
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
