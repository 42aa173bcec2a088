import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { reviewDueTone } from "@/components/ui/status-tones";
import { addDays } from "@/lib/finance";
import type { ReviewRow } from "@/lib/dal/reviews";
import { formatDay } from "@/lib/i18n/dates";
import { ScheduleForm } from "./schedule-form";

type Props = { clientId: string; review: ReviewRow | null; today: string; defaultDueOn: string; locale: string };

/** The one scheduled review: when, why, a button to start it and a form to move it; or a form to add one. */
export async function NextReview({ clientId, review, today, defaultDueOn, locale }: Props) {
  const t = await getTranslations("reviews");
  const due = review ? (review.dueOn < today ? "overdue" : review.dueOn <= addDays(today, 7) ? "soon" : "later") : null;
  return (
    <Card aria-labelledby="next-review-heading">
      <CardHeader
        id="next-review-heading"
        title={t("nextTitle")}
        actions={review ? <LinkButton href={`/clients/${clientId}/reviews/${review.id}`}>{t("start")}</LinkButton> : null}
      />
      {review && due ? (
        <div className="mt-3 space-y-4">
          <p className="flex flex-wrap items-center gap-2 text-lg">
            <span>{t("dueLine", { date: formatDay(review.dueOn, locale) })}</span>
            <Badge tone={reviewDueTone[due]}>{t(`due.${due}`)}</Badge>
          </p>
          <p className="text-ink-muted">
            {t(`sources.${review.source}`)}
            {review.reason ? ` — ${review.reason}` : ""}
          </p>
          <details>
            <summary className="cursor-pointer font-medium text-brand-700">{t("rescheduleTitle")}</summary>
            <div className="mt-3">
              <ScheduleForm clientId={clientId} review={{ id: review.id, version: review.version, dueOn: review.dueOn }} defaultDueOn={defaultDueOn} />
            </div>
          </details>
        </div>
      ) : (
        <div className="mt-3 space-y-4">
          <EmptyState as="h3" title={t("noneTitle")}>
            {t("noneBody")}
          </EmptyState>
          <ScheduleForm clientId={clientId} review={null} defaultDueOn={defaultDueOn} />
        </div>
      )}
    </Card>
  );
}
