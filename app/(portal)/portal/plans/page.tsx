import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PlanCard } from "@/components/plans/plan-card";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireArea } from "@/lib/auth/session";
import { listMyPlans } from "@/lib/dal/plans";
import { getMyCase } from "@/lib/dal/portal";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portal.plans"))("title") };
}

/** The client's agreed plans and instalment schedules, read only. */
async function PortalPlansPage() {
  const user = await requireArea("portal");
  const [t, locale, myCase, plans] = await Promise.all([getTranslations("portal"), getLocale(), getMyCase(user), listMyPlans(user)]);
  if (!myCase) {
    return (
      <Card>
        <p>{t("noCase")}</p>
      </Card>
    );
  }
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("plans.title")}</h1>
        <p className="text-ink-muted">{t("plans.intro")}</p>
      </div>
      {plans.length ? (
        plans.map((plan) => <PlanCard key={plan.id} plan={plan} locale={locale} />)
      ) : (
        <EmptyState title={t("plans.emptyTitle")}>{t("plans.emptyBody")}</EmptyState>
      )}
    </div>
  );
}

export default withClientMessages(["plans"], PortalPlansPage);
