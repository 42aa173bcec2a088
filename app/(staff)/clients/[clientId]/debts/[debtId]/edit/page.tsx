import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientHeading } from "@/components/debts/client-heading";
import { creditorOptions } from "@/components/debts/creditor-options";
import { DebtForm } from "@/components/debts/debt-form";
import { amountInput, rateInput } from "@/components/debts/format";
import { orNotFound } from "@/components/debts/or-not-found";
import { Card } from "@/components/ui/card";
import { requireArea } from "@/lib/auth/session";
import { listCreditors } from "@/lib/dal/creditors";
import { agencyCurrency, getDebt } from "@/lib/dal/debts";
import { formatMultiplier } from "@/lib/finance";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("debts"))("editTitle") };
}

async function EditDebtPage({ params }: { params: Promise<{ clientId: string; debtId: string }> }) {
  const user = await requireArea("staff");
  const { clientId, debtId } = await params;
  const debt = await orNotFound(getDebt(user, clientId, debtId));
  const [t, locale, creditors, currency] = await Promise.all([getTranslations(), getLocale(), listCreditors(user), agencyCurrency()]);
  const values = {
    debtId: debt.id,
    version: String(debt.version),
    accountMasked: debt.accountMasked,
    creditorId: debt.creditorId,
    product: debt.product ?? "",
    currency: debt.currency,
    originalPrincipal: amountInput(debt.originalPrincipal, debt.currency),
    currentBalance: amountInput(debt.currentBalance, debt.currency),
    instalment: amountInput(debt.instalment, debt.currency),
    rate: rateInput(debt.ratePpb),
    rateKind: debt.rateKind,
    penaltyMultiplier: formatMultiplier(debt.penaltyMultiplier),
    dueDay: debt.dueDay === null ? "" : String(debt.dueDay),
    overdueSince: debt.overdueSince ?? "",
    status: debt.status,
    priorityKind: debt.priorityKind ?? "",
  };
  return (
    <div className="space-y-6">
      <Link href={`/clients/${clientId}/debts/${debtId}`} className="text-brand-700 underline">
        {t("debts.backToOptions")}
      </Link>
      <ClientHeading title={t("debts.editTitle")} />
      <Card>
        <DebtForm clientId={clientId} creditors={creditorOptions(creditors, locale)} currency={currency} debt={values} />
      </Card>
    </div>
  );
}

export default withClientMessages(["debts"], EditDebtPage);
