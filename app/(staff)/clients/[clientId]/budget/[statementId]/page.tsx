import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatementView } from "@/components/budget/statement-view";
import { ClientHeading } from "@/components/debts/client-heading";
import { orNotFound } from "@/components/debts/or-not-found";
import { FormMessage } from "@/components/ui/form-message";
import { requireArea } from "@/lib/auth/session";
import { getStatement, listStatements } from "@/lib/dal/budgets";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("budget"))("title") };
}

type Props = { params: Promise<{ clientId: string; statementId: string }>; searchParams: Promise<{ saved?: string }> };

export default async function StatementPage({ params, searchParams }: Props) {
  const user = await requireArea("staff");
  const [{ clientId, statementId }, { saved }] = await Promise.all([params, searchParams]);
  const [statement, all] = await orNotFound(Promise.all([getStatement(user, clientId, statementId), listStatements(user, clientId)]));
  const [t, locale] = await Promise.all([getTranslations("budget"), getLocale()]);
  if (!statement) return null;
  return (
    <div className="space-y-6">
      <Link href={`/clients/${clientId}/budget`} className="text-brand-700 underline">
        {t("back")}
      </Link>
      <ClientHeading title={t("title")} />
      <FormMessage tone="success">{saved ? t("saved", { version: statement.version }) : undefined}</FormMessage>
      <StatementView statement={statement} all={all} clientId={clientId} locale={locale} />
    </div>
  );
}
