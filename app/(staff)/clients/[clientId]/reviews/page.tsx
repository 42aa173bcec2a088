import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/debts/or-not-found";
import { ChangeReports } from "@/components/reviews/change-reports";
import { NextReview } from "@/components/reviews/next-review";
import { ReviewHistory } from "@/components/reviews/review-history";
import { Card, CardHeader } from "@/components/ui/card";
import { listChangeReports } from "@/lib/dal/change-reports";
import { agencyToday } from "@/lib/dal/debts";
import { listClientReviews } from "@/lib/dal/reviews";
import { getAgencySettings } from "@/lib/dal/settings";
import { addDays } from "@/lib/finance";
import { loadClient } from "../load-client";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reviews"))("title") };
}

async function ClientReviewsPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const { user, client } = await loadClient(clientId);
  const [rows, reports, t, locale, today, settings] = await Promise.all([
    orNotFound(listClientReviews(user, clientId)),
    orNotFound(listChangeReports(user, clientId)),
    getTranslations("reviews"),
    getLocale(),
    agencyToday(),
    getAgencySettings(),
  ]);
  const scheduled = rows.find((r) => r.status === "scheduled") ?? null;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <p className="text-ink-muted">{t("intro")}</p>
      </div>
      <ChangeReports clientId={clientId} reports={reports} locale={locale} timeZone={settings.timeZone} />
      <NextReview clientId={clientId} review={scheduled} today={today} defaultDueOn={addDays(today, settings.reviewIntervalDays)} locale={locale} closed={client.status === "closed"} />
      <Card aria-labelledby="review-history-heading">
        <CardHeader id="review-history-heading" title={t("historyTitle")} />
        <div className="mt-3">
          <ReviewHistory clientId={clientId} rows={rows.filter((r) => r.status !== "scheduled")} locale={locale} />
        </div>
      </Card>
    </div>
  );
}

export default withClientMessages(["reviews"], ClientReviewsPage);
