import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatementEditor } from "@/components/budget/statement-editor";
import { ClientHeading } from "@/components/debts/client-heading";
import { amountInput } from "@/components/debts/format";
import { orNotFound } from "@/components/debts/or-not-found";
import { Card } from "@/components/ui/card";
import { requireArea } from "@/lib/auth/session";
import { getStatement } from "@/lib/dal/budgets";
import { agencyCurrency, agencyToday, getClientSummary } from "@/lib/dal/debts";
import { formatDay } from "@/lib/i18n/dates";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("budget"))("newTitle") };
}

// A first statement starts with the lines almost every household has; blank rows are not saved.
const STARTER = {
  income: [{ category: "wages", description: "", amount: "", frequency: "monthly" }],
  expenditure: ["housing", "utilities", "food", "transport"].map((category) => ({ category, description: "", amount: "", frequency: "monthly" })),
};

async function NewStatementPage({ params }: { params: Promise<{ clientId: string }> }) {
  const user = await requireArea("staff");
  const { clientId } = await params;
  await orNotFound(getClientSummary(user, clientId));
  const [t, locale, previous, today, currency] = await Promise.all([getTranslations("budget"), getLocale(), getStatement(user, clientId, "latest"), agencyToday(), agencyCurrency()]);
  const prefill = previous
    ? {
        income: previous.lines.filter((l) => l.kind === "income"),
        expenditure: previous.lines.filter((l) => l.kind === "expenditure"),
      }
    : null;
  const toRow = (line: NonNullable<typeof previous>["lines"][number]) => ({
    category: line.category,
    description: line.description ?? "",
    amount: amountInput(line.amount, previous?.currency ?? currency),
    frequency: line.frequency,
  });
  return (
    <div className="space-y-6">
      <Link href={`/clients/${clientId}/budget`} className="text-brand-700 underline">
        {t("back")}
      </Link>
      <ClientHeading title={t("newTitle")} />
      <p className="text-ink-muted">{previous ? t("prefilled", { version: previous.version, date: formatDay(previous.statementDate, locale) }) : t("firstStatement")}</p>
      <Card>
        <StatementEditor
          clientId={clientId}
          statementDate={today}
          currency={previous?.currency ?? currency}
          lines={prefill ? { income: prefill.income.map(toRow), expenditure: prefill.expenditure.map(toRow) } : STARTER}
        />
      </Card>
    </div>
  );
}

export default withClientMessages(["budget"], NewStatementPage);
