import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientHeading } from "@/components/debts/client-heading";
import { creditorOptions } from "@/components/debts/creditor-options";
import { DebtForm } from "@/components/debts/debt-form";
import { orNotFound } from "@/components/debts/or-not-found";
import { Card } from "@/components/ui/card";
import { requireArea } from "@/lib/auth/session";
import { listCreditors } from "@/lib/dal/creditors";
import { agencyCurrency, getClientSummary } from "@/lib/dal/debts";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("debts"))("addTitle") };
}

async function NewDebtPage({ params }: { params: Promise<{ clientId: string }> }) {
  const user = await requireArea("staff");
  const { clientId } = await params;
  await orNotFound(getClientSummary(user, clientId));
  const [t, locale, creditors, currency] = await Promise.all([getTranslations(), getLocale(), listCreditors(user), agencyCurrency()]);
  return (
    <div className="space-y-6">
      <Link href={`/clients/${clientId}/debts`} className="text-brand-700 underline">
        {t("debts.back")}
      </Link>
      <ClientHeading title={t("debts.addTitle")} />
      <Card>
        <DebtForm clientId={clientId} creditors={creditorOptions(creditors, locale)} currency={currency} />
      </Card>
    </div>
  );
}

export default withClientMessages(["debts"], NewDebtPage);
