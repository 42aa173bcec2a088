import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { money } from "@/components/debts/format";
import { SimpleTable } from "@/components/ui/simple-table";
import type { StatementSummary } from "@/lib/dal/budgets";
import { formatDay } from "@/lib/i18n/dates";
import { percentChange } from "./percent-change";

/** Every saved version, newest first, with its totals and the surplus change against the one before. */
export async function VersionHistory({ statements, clientId, locale, currentId }: { statements: StatementSummary[]; clientId: string; locale: string; currentId?: string }) {
  const t = await getTranslations("budget");
  const change = (s: StatementSummary) => {
    const surplus = s.change?.surplus;
    if (!surplus) return "—";
    const fmt = (amount: number) => money(amount, s.currency, locale);
    return `${surplus.delta > 0 ? "+" : ""}${fmt(surplus.delta)}${surplus.percentPpb === null ? "" : ` (${percentChange(t, surplus.percentPpb)})`}`;
  };
  return (
    <SimpleTable
      caption={<span className="text-lg font-semibold">{t("versions")}</span>}
      rows={statements}
      rowKey={(s) => s.id}
      rowProps={(s) => ({ "aria-current": s.id === currentId ? "page" : undefined })}
      density="compact"
      columns={[
        {
          key: "version",
          header: t("versionColumn"),
          rowHeader: true,
          cell: (s) => (
            <Link href={`/clients/${clientId}/budget/${s.id}`} className="text-brand-700 underline">
              {t("version", { version: s.version })}
            </Link>
          ),
        },
        { key: "date", header: t("statementDate"), cell: (s) => formatDay(s.statementDate, locale) },
        { key: "income", header: t("totalIncome"), cell: (s) => money(s.totals.income, s.currency, locale) },
        { key: "expenditure", header: t("totalExpenditure"), cell: (s) => money(s.totals.expenditure, s.currency, locale) },
        { key: "surplus", header: t("surplusShort"), cell: (s) => money(s.totals.surplus, s.currency, locale) },
        { key: "change", header: t("surplusChange"), cell: change },
      ]}
    />
  );
}
