import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import type { ReviewCancellation, ReviewRow } from "@/lib/dal/reviews";
import { formatDay } from "@/lib/i18n/dates";
import { dateFormat } from "@/lib/i18n/formats";

/** A cancelled review: when, by whom and why (from its audit entry), and what it had been scheduled for. */
export async function ReviewCancelled({ review, cancellation }: { review: ReviewRow; cancellation: ReviewCancellation | null }) {
  const [t, locale, timeZone] = await Promise.all([getTranslations("reviews"), getLocale(), getTimeZone()]);
  const why = cancellation?.reason ?? (cancellation?.because === "client.closed" ? t("cancelledBecauseClosed") : null);
  return (
    <Card aria-labelledby="result-heading">
      <CardHeader id="result-heading" title={t("resultTitle", { date: formatDay(review.dueOn, locale) })} actions={<Badge>{t("statuses.cancelled")}</Badge>} />
      <p className="mt-2 text-ink-muted">
        {cancellation
          ? t("cancelledLine", { date: dateFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(cancellation.at), name: cancellation.byName ?? t("cancelledBySystem") })
          : t("cancelledUnknown")}
      </p>
      {why ? (
        <p className="mt-2 whitespace-pre-line">
          <span className="font-medium">{t("cancelReasonShown")}</span> {why}
        </p>
      ) : null}
      <p className="mt-2 text-ink-muted">
        {t(`sources.${review.source}`)}
        {review.reason ? ` — ${review.reason}` : ""}
      </p>
    </Card>
  );
}
