import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { reviewDueTone } from "@/components/ui/status-tones";
import { addDays } from "@/lib/finance";
import type { ReviewRow } from "@/lib/dal/reviews";
import { formatDay } from "@/lib/i18n/dates";
import { REASON_MAX } from "@/lib/validation/reviews";
import { CancelReviewButton } from "./cancel-review-button";
import { ScheduleForm } from "./schedule-form";

type Props = { clientId: string; review: ReviewRow | null; today: string; defaultDueOn: string; locale: string; closed: boolean };

/**
 * The one scheduled review: when, why, a button to start it, a form to move it and a button to cancel
 * it; or a form to add one. A closed case takes no review: one left scheduled on it can only be cancelled.
 */
export async function NextReview({ clientId, review, today, defaultDueOn, locale, closed }: Props) {
  const t = await getTranslations("reviews");
  const due = review ? (review.dueOn < today ? "overdue" : review.dueOn <= addDays(today, 7) ? "soon" : "later") : null;
  const date = review ? formatDay(review.dueOn, locale) : "";
  return (
    <Card aria-labelledby="next-review-heading">
      <CardHeader
        id="next-review-heading"
        title={t("nextTitle")}
        actions={review && !closed ? <LinkButton href={`/clients/${clientId}/reviews/${review.id}`}>{t("start")}</LinkButton> : null}
      />
      {review && due ? (
        <div className="mt-3 space-y-4">
          <p className="flex flex-wrap items-center gap-2 text-lg">
            <span>{t("dueLine", { date })}</span>
            <Badge tone={reviewDueTone[due]}>{t(`due.${due}`)}</Badge>
          </p>
          <p className="text-ink-muted">
            {t(`sources.${review.source}`)}
            {review.reason ? ` — ${review.reason}` : ""}
          </p>
          {closed ? <p>{t("closedLeftover")}</p> : null}
          {closed ? null : (
            <details>
              <summary className="cursor-pointer font-medium text-brand-700">{t("rescheduleTitle")}</summary>
              <div className="mt-3">
                <ScheduleForm clientId={clientId} review={{ id: review.id, version: review.version, dueOn: review.dueOn }} defaultDueOn={defaultDueOn} />
              </div>
            </details>
          )}
          <CancelReviewButton clientId={clientId} reviewId={review.id} version={review.version} date={date} maxLength={REASON_MAX} />
        </div>
      ) : closed ? (
        <div className="mt-3">
          <EmptyState as="h3" title={t("noneTitle")}>
            {t("noneClosed")}
          </EmptyState>
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
