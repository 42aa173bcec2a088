import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { SimpleTable } from "@/components/ui/simple-table";
import { reviewOutcomeTone } from "@/components/ui/status-tones";
import type { ReviewRow } from "@/lib/dal/reviews";
import { formatDay } from "@/lib/i18n/dates";

/** Completed (and cancelled) reviews, newest first, each linking to its record. */
export async function ReviewHistory({ clientId, rows, locale }: { clientId: string; rows: ReviewRow[]; locale: string }) {
  const t = await getTranslations("reviews");
  if (!rows.length) return <p className="text-ink-muted">{t("noHistory")}</p>;
  return (
    <SimpleTable
      caption={t("historyTitle")}
      captionHidden
      rows={rows}
      rowKey={(r) => r.id}
      density="compact"
      columns={[
        {
          key: "due",
          header: t("dueOn"),
          cell: (r) => (
            <Link href={`/clients/${clientId}/reviews/${r.id}`} className="text-brand-700 underline">
              {formatDay(r.dueOn, locale)}
            </Link>
          ),
        },
        { key: "status", header: t("status"), cell: (r) => t(`statuses.${r.status}`) },
        { key: "outcome", header: t("outcome"), cell: (r) => (r.outcome ? <Badge tone={reviewOutcomeTone[r.outcome]}>{t(`outcomes.${r.outcome}`)}</Badge> : "—") },
        { key: "by", header: t("completedBy"), cell: (r) => r.completedByName ?? "—" },
      ]}
    />
  );
}
