import { dateFormat } from "@/lib/i18n/formats";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { ChangeTable } from "@/components/budget/change-table";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { reviewOutcomeTone } from "@/components/ui/status-tones";
import { requireArea } from "@/lib/auth/session";
import { listStatements } from "@/lib/dal/budgets";
import { listDebts } from "@/lib/dal/debts";
import type { ReviewRow } from "@/lib/dal/reviews";
import { compareStatements } from "@/lib/reviews/comparison";
import { AdherenceSummary } from "./adherence-summary";
import { formatDay } from "@/lib/i18n/dates";
import { Renegotiate } from "./renegotiate";

/** A completed review: outcome and notes, the adherence it recorded, the statement change and, when needed, where to renegotiate. */
export async function ReviewResult({ clientId, review, justCompleted }: { clientId: string; review: ReviewRow; justCompleted: boolean }) {
  const user = await requireArea("staff");
  const [t, locale, timeZone, statements, debts] = await Promise.all([getTranslations("reviews"), getLocale(), getTimeZone(), listStatements(user, clientId), listDebts(user, clientId)]);
  const index = statements.findIndex((s) => s.id === review.statementId);
  const current = index >= 0 ? statements[index]! : null;
  const previous = current ? (statements.find((s) => s.version === current.version - 1 && s.currency === current.currency) ?? null) : null;
  const comparison = current ? compareStatements(previous?.totals ?? null, current.totals) : null;
  const when = review.completedAt ? dateFormat(locale, { dateStyle: "medium", timeZone }).format(review.completedAt) : "—";
  return (
    <div className="space-y-6">
      <FormMessage tone="success">{justCompleted ? t("completed") : undefined}</FormMessage>
      <Card aria-labelledby="result-heading">
        <CardHeader id="result-heading" title={t("resultTitle", { date: formatDay(review.dueOn, locale) })} actions={review.outcome ? <Badge tone={reviewOutcomeTone[review.outcome]}>{t(`outcomes.${review.outcome}`)}</Badge> : <Badge>{t(`statuses.${review.status}`)}</Badge>} />
        <p className="mt-2 text-ink-muted">{t("completedLine", { date: when, name: review.completedByName ?? "—" })}</p>
        {review.notes ? <p className="mt-2 whitespace-pre-line">{review.notes}</p> : null}
      </Card>
      <Card aria-labelledby="snapshot-heading">
        <CardHeader id="snapshot-heading" title={t("adherenceAtReview")} />
        <div className="mt-3">
          <AdherenceSummary
            figures={{
              paid: review.instalmentsPaid ?? 0,
              partlyPaid: review.instalmentsPartlyPaid ?? 0,
              missed: review.instalmentsMissed ?? 0,
              arrears: review.arrearsAmount && current ? [{ currency: current.currency, amount: review.arrearsAmount }] : [],
            }}
            locale={locale}
            hasPlans={review.instalmentsPaid !== null}
          />
        </div>
      </Card>
      {current && comparison ? (
        <>
          <Card aria-labelledby="change-heading">
            <CardHeader id="change-heading" title={t("changeTitle")} />
            <div className="mt-3">
              {comparison.change && previous ? <ChangeTable change={comparison.change} currency={current.currency} locale={locale} previousVersion={previous.version} /> : <p className="text-ink-muted">{t("noComparison")}</p>}
            </div>
          </Card>
          <Renegotiate clientId={clientId} comparison={comparison} debts={debts} currency={current.currency} locale={locale} needsAdjustment={review.outcome === "needs_adjustment"} />
        </>
      ) : null}
    </div>
  );
}
