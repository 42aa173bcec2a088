import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/debts/or-not-found";
import { PlanCard } from "@/components/plans/plan-card";
import { CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { LinkButton } from "@/components/ui/link-button";
import { listPlans } from "@/lib/dal/plans";
import { loadClient } from "../load-client";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("title") };
}

async function ClientPlansPage(props: { params: Promise<{ clientId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ clientId }, search] = await Promise.all([props.params, props.searchParams]);
  const { user } = await loadClient(clientId);
  const [plans, t, locale] = await Promise.all([orNotFound(listPlans(user, clientId)), getTranslations("plans"), getLocale()]);
  return (
    <div className="space-y-6">
      <CardHeader title={t("title")} actions={<LinkButton href={`/clients/${clientId}/plans/new`}>{t("new")}</LinkButton>} />
      <p className="text-ink-muted">{t("intro")}</p>
      <FormMessage tone="success">{search.saved ? t("created") : undefined}</FormMessage>
      {plans.length ? (
        plans.map((plan) => <PlanCard key={plan.id} plan={plan} clientId={clientId} locale={locale} />)
      ) : (
        <EmptyState title={t("emptyTitle")} action={<LinkButton href={`/clients/${clientId}/negotiations`}>{(await getTranslations("negotiations"))("title")}</LinkButton>}>
          {t("emptyBody")}
        </EmptyState>
      )}
    </div>
  );
}

export default withClientMessages(["plans"], ClientPlansPage);
