import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { money, percent } from "@/components/debts/format";
import type { StatementSummary } from "@/lib/dal/budgets";

/** Every saved version, newest first, with its totals and the surplus change against the one before. */
export async function VersionHistory({ statements, clientId, locale, currentId }: { statements: StatementSummary[]; clientId: string; locale: string; currentId?: string }) {
  const t = await getTranslations("budget");
  return (
    <table className="w-full text-left text-sm">
      <caption className="pb-2 text-left text-lg font-semibold">{t("versions")}</caption>
      <thead className="border-b border-line bg-canvas">
        <tr>
          <th scope="col" className="px-3 py-2">{t("versionColumn")}</th>
          <th scope="col" className="px-3 py-2">{t("statementDate")}</th>
          <th scope="col" className="px-3 py-2">{t("totalIncome")}</th>
          <th scope="col" className="px-3 py-2">{t("totalExpenditure")}</th>
          <th scope="col" className="px-3 py-2">{t("surplusShort")}</th>
          <th scope="col" className="px-3 py-2">{t("surplusChange")}</th>
        </tr>
      </thead>
      <tbody>
        {statements.map((s) => {
          const fmt = (amount: number) => money(amount, s.currency, locale);
          const surplus = s.change?.surplus;
          return (
            <tr key={s.id} className="border-b border-line last:border-0" aria-current={s.id === currentId ? "page" : undefined}>
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={`/clients/${clientId}/budget/${s.id}`} className="text-brand-700 underline">
                  {t("version", { version: s.version })}
                </Link>
              </th>
              <td className="px-3 py-2">{s.statementDate}</td>
              <td className="px-3 py-2">{fmt(s.totals.income)}</td>
              <td className="px-3 py-2">{fmt(s.totals.expenditure)}</td>
              <td className="px-3 py-2">{fmt(s.totals.surplus)}</td>
              <td className="px-3 py-2">
                {surplus ? `${surplus.delta > 0 ? "+" : ""}${fmt(surplus.delta)}${surplus.percentPpb === null ? "" : ` (${surplus.percentPpb > 0 ? "+" : ""}${percent(surplus.percentPpb)})`}` : "—"}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
