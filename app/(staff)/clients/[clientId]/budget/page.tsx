import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { StatementView } from "@/components/budget/statement-view";
import { ClientHeading } from "@/components/debts/client-heading";
import { orNotFound } from "@/components/debts/or-not-found";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { requireArea } from "@/lib/auth/session";
import { getStatement, listStatements } from "@/lib/dal/budgets";
import { getClientSummary } from "@/lib/dal/debts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("budget"))("title") };
}

export default async function BudgetPage({ params }: { params: Promise<{ clientId: string }> }) {
  const user = await requireArea("staff");
  const { clientId } = await params;
  await orNotFound(getClientSummary(user, clientId));
  const [t, locale, latest, all] = await Promise.all([getTranslations("budget"), getLocale(), getStatement(user, clientId, "latest"), listStatements(user, clientId)]);
  return (
    <div className="space-y-6">
      <ClientHeading title={t("title")}>
        <LinkButton href={`/clients/${clientId}/budget/new`}>{t("newStatement")}</LinkButton>
      </ClientHeading>
      <p className="text-ink-muted">{t("intro")}</p>
      {latest ? (
        <StatementView statement={latest} all={all} clientId={clientId} locale={locale} />
      ) : (
        <Card>
          <p>{t("empty")}</p>
        </Card>
      )}
    </div>
  );
}
