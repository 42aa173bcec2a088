import { getTranslations } from "next-intl/server";
import { money } from "@/components/debts/format";
import type { StatementDetail } from "@/lib/dal/budgets";

/** The lines of one version as typed, with their monthly equivalents and the derived totals. */
export async function StatementLines({ statement, locale }: { statement: StatementDetail; locale: string }) {
  const t = await getTranslations("budget");
  const fmt = (amount: number) => money(amount, statement.currency, locale);
  const { totals } = statement;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{t("tableCaption", { version: statement.version })}</caption>
      <thead className="border-b border-line bg-canvas">
        <tr>
          <th scope="col" className="px-3 py-2">{t("category")}</th>
          <th scope="col" className="px-3 py-2">{t("description")}</th>
          <th scope="col" className="px-3 py-2">{t("amount")}</th>
          <th scope="col" className="px-3 py-2">{t("frequency")}</th>
          <th scope="col" className="px-3 py-2">{t("monthly")}</th>
        </tr>
      </thead>
      {(["income", "expenditure"] as const).map((kind) => (
        <tbody key={kind}>
          <tr className="bg-canvas">
            <th scope="rowgroup" colSpan={5} className="px-3 py-2 font-semibold">{t(kind)}</th>
          </tr>
          {statement.lines
            .filter((line) => line.kind === kind)
            .map((line) => (
              <tr key={line.id} className="border-b border-line">
                <th scope="row" className="px-3 py-2 font-normal">{t(`categories.${line.category}`)}</th>
                <td className="px-3 py-2">{line.description ?? ""}</td>
                <td className="px-3 py-2">{fmt(line.amount)}</td>
                <td className="px-3 py-2">{t(`frequencies.${line.frequency}`)}</td>
                <td className="px-3 py-2">{fmt(line.monthlyAmount)}</td>
              </tr>
            ))}
          <tr className="border-b border-line-strong">
            <th scope="row" colSpan={4} className="px-3 py-2 text-right font-semibold">{t(kind === "income" ? "totalIncome" : "totalExpenditure")}</th>
            <td className="px-3 py-2 font-semibold">{fmt(kind === "income" ? totals.income : totals.expenditure)}</td>
          </tr>
        </tbody>
      ))}
      <tfoot>
        <tr>
          <th scope="row" colSpan={4} className="px-3 py-2 text-right font-semibold">{t("surplus")}</th>
          <td className={totals.surplus < 0 ? "px-3 py-2 font-semibold text-danger-fg" : "px-3 py-2 font-semibold"}>{fmt(totals.surplus)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
