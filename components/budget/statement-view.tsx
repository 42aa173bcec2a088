import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { StatementDetail, StatementSummary } from "@/lib/dal/budgets";
import { formatDay } from "@/lib/i18n/dates";
import { ChangeTable } from "./change-table";
import { StatementLines } from "./statement-lines";
import { VersionHistory } from "./version-history";

/** One version in full, its change against the previous one, and the history of all versions. */
export async function StatementView({ statement, all, clientId, locale }: { statement: StatementDetail; all: StatementSummary[]; clientId: string; locale: string }) {
  const t = await getTranslations("budget");
  const previous = all.find((s) => s.version < statement.version);
  return (
    <div className="space-y-6">
      <Card className="space-y-3 overflow-x-auto">
        <h3 className="text-lg font-semibold">{t("versionOf", { version: statement.version, date: formatDay(statement.statementDate, locale) })}</h3>
        <StatementLines statement={statement} locale={locale} />
        {statement.notes ? <p className="text-ink-muted">{statement.notes}</p> : null}
      </Card>
      <Card className="overflow-x-auto">
        {statement.change && previous ? (
          <ChangeTable change={statement.change} currency={statement.currency} locale={locale} previousVersion={previous.version} />
        ) : (
          <p>{previous ? t("currencyChanged") : t("noPrevious")}</p>
        )}
      </Card>
      <Card className="overflow-x-auto">
        <VersionHistory statements={all} clientId={clientId} locale={locale} currentId={statement.id} />
      </Card>
    </div>
  );
}
