import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { reviewOutcomeTone } from "@/components/ui/status-tones";
import type { ReviewRow } from "@/lib/dal/reviews";
import { formatDay } from "@/lib/i18n/dates";

/** Completed (and cancelled) reviews, newest first, each linking to its record. */
export async function ReviewHistory({ clientId, rows, locale }: { clientId: string; rows: ReviewRow[]; locale: string }) {
  const t = await getTranslations("reviews");
  if (!rows.length) return <p className="text-ink-muted">{t("noHistory")}</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{t("historyTitle")}</caption>
      <thead className="border-b border-line bg-canvas">
        <tr>
          <th scope="col" className="px-3 py-2">{t("dueOn")}</th>
          <th scope="col" className="px-3 py-2">{t("status")}</th>
          <th scope="col" className="px-3 py-2">{t("outcome")}</th>
          <th scope="col" className="px-3 py-2">{t("completedBy")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-line last:border-0">
            <td className="px-3 py-2">
              <Link href={`/clients/${clientId}/reviews/${r.id}`} className="text-brand-700 underline">
                {formatDay(r.dueOn, locale)}
              </Link>
            </td>
            <td className="px-3 py-2">{t(`statuses.${r.status}`)}</td>
            <td className="px-3 py-2">{r.outcome ? <Badge tone={reviewOutcomeTone[r.outcome]}>{t(`outcomes.${r.outcome}`)}</Badge> : "—"}</td>
            <td className="px-3 py-2">{r.completedByName ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
