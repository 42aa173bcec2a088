import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/debts/or-not-found";
import { AdherenceSummary } from "@/components/reviews/adherence-summary";
import { CompleteReviewForm } from "@/components/reviews/complete-form";
import { formatDay } from "@/lib/i18n/dates";
import { ReviewResult } from "@/components/reviews/review-result";
import { ReviewCancelled } from "@/components/reviews/review-cancelled";
import { CancelReviewButton } from "@/components/reviews/cancel-review-button";
import { REASON_MAX } from "@/lib/validation/reviews";
import { Card, CardHeader } from "@/components/ui/card";
import { amountInput, money } from "@/components/debts/format";
import { getStatement } from "@/lib/dal/budgets";
import { agencyCurrency, agencyToday } from "@/lib/dal/debts";
import { getAdherence } from "@/lib/dal/review-completion";
import { getReview, getReviewCancellation } from "@/lib/dal/reviews";
import { getAgencySettings } from "@/lib/dal/settings";
import { addDays } from "@/lib/finance";
import { loadClient } from "../../load-client";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reviews"))("reviewTitle") };
}

type Props = { params: Promise<{ clientId: string; reviewId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function ReviewPage(props: Props) {
  const [{ clientId, reviewId }, search] = await Promise.all([props.params, props.searchParams]);
  const { user, client } = await loadClient(clientId);
  const review = await orNotFound(getReview(user, clientId, reviewId));
  const [t, locale] = await Promise.all([getTranslations("reviews"), getLocale()]);
  const back = (
    <Link href={`/clients/${clientId}/reviews`} className="text-brand-700 underline">
      {t("back")}
    </Link>
  );
  if (review.status === "cancelled") {
    const cancellation = await orNotFound(getReviewCancellation(user, clientId, review.id));
    return (
      <div className="space-y-6">
        {back}
        <ReviewCancelled review={review} cancellation={cancellation} />
      </div>
    );
  }
  if (review.status !== "scheduled") {
    return (
      <div className="space-y-6">
        {back}
        <ReviewResult clientId={clientId} review={review} justCompleted={Boolean(search.completed)} />
      </div>
    );
  }
  if (client.status === "closed") {
    // Completing would schedule the next review on a closed case: a review left scheduled is cancelled instead.
    return (
      <div className="space-y-6">
        {back}
        <Card aria-labelledby="closed-review-heading">
          <CardHeader id="closed-review-heading" title={t("reviewDue", { date: formatDay(review.dueOn, locale) })} />
          <p className="mt-2">{t("closedLeftover")}</p>
          <div className="mt-4">
            <CancelReviewButton clientId={clientId} reviewId={review.id} version={review.version} date={formatDay(review.dueOn, locale)} maxLength={REASON_MAX} />
          </div>
        </Card>
      </div>
    );
  }
  const [previous, adherence, today, currency, settings] = await Promise.all([
    orNotFound(getStatement(user, clientId, "latest")),
    orNotFound(getAdherence(user, clientId)),
    agencyToday(),
    agencyCurrency(),
    getAgencySettings(),
  ]);
  const statementCurrency = previous?.currency ?? currency;
  const toRow = (line: NonNullable<typeof previous>["lines"][number]) => ({
    category: line.category,
    description: line.description ?? "",
    amount: amountInput(line.amount, statementCurrency),
    frequency: line.frequency,
  });
  const lines = previous
    ? { income: previous.lines.filter((l) => l.kind === "income").map(toRow), expenditure: previous.lines.filter((l) => l.kind === "expenditure").map(toRow) }
    : { income: [{ category: "wages", description: "", amount: "", frequency: "monthly" }], expenditure: [{ category: "housing", description: "", amount: "", frequency: "monthly" }] };
  const m = (v: number) => money(v, statementCurrency, locale);
  return (
    <div className="space-y-6">
      {back}
      <div className="space-y-1">
        <h2 className="text-xl font-semibold">{t("reviewDue", { date: formatDay(review.dueOn, locale) })}</h2>
        <p className="text-ink-muted">{t("formIntro")}</p>
      </div>
      <Card aria-labelledby="adherence-heading">
        <CardHeader id="adherence-heading" title={t("adherenceTitle")} />
        <div className="mt-3">
          <AdherenceSummary figures={adherence} locale={locale} hasPlans={adherence.plans.length > 0} />
        </div>
      </Card>
      <Card aria-labelledby="statement-heading">
        <CardHeader id="statement-heading" title={t("statementTitle")} />
        <p className="mt-1 text-ink-muted">
          {previous
            ? t("previousTotals", { version: previous.version, date: formatDay(previous.statementDate, locale), income: m(previous.totals.income), expenditure: m(previous.totals.expenditure), surplus: m(previous.totals.surplus) })
            : t("noPrevious")}
        </p>
        <div className="mt-4">
          <CompleteReviewForm
            clientId={clientId}
            reviewId={review.id}
            version={review.version}
            statementDate={today}
            currency={statementCurrency}
            lines={lines}
            nextDueOn={addDays(today, settings.reviewIntervalDays)}
          />
        </div>
      </Card>
    </div>
  );
}

export default withClientMessages(["budget", "reviews"], ReviewPage);
