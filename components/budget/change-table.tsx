import { getTranslations } from "next-intl/server";
import { money } from "@/components/debts/format";
import type { CurrencyCode } from "@/lib/finance";
import type { BudgetChange } from "@/lib/finance/budget";
import { percentChange } from "./percent-change";

/** Income, spending and surplus against the previous version: both amounts, the change and the percentage. */
export async function ChangeTable({ change, currency, locale, previousVersion }: { change: BudgetChange; currency: CurrencyCode; locale: string; previousVersion: number }) {
  const t = await getTranslations("budget");
  const fmt = (amount: number) => money(amount, currency, locale);
  const signed = (amount: number) => (amount > 0 ? `+${fmt(amount)}` : fmt(amount));
  return (
    <table className="w-full text-left text-sm">
      <caption className="pb-2 text-left font-semibold">{t("changeAgainst", { version: previousVersion })}</caption>
      <thead className="border-b border-line bg-canvas">
        <tr>
          <th scope="col" className="px-3 py-2"><span className="sr-only">{t("measure")}</span></th>
          <th scope="col" className="px-3 py-2">{t("before")}</th>
          <th scope="col" className="px-3 py-2">{t("after")}</th>
          <th scope="col" className="px-3 py-2">{t("difference")}</th>
          <th scope="col" className="px-3 py-2">{t("percentChange")}</th>
        </tr>
      </thead>
      <tbody>
        {(["income", "expenditure", "surplus"] as const).map((key) => {
          const c = change[key];
          return (
            <tr key={key} className="border-b border-line last:border-0">
              <th scope="row" className="px-3 py-2 font-medium">{t(key === "surplus" ? "surplusShort" : key)}</th>
              <td className="px-3 py-2">{fmt(c.before)}</td>
              <td className="px-3 py-2">{fmt(c.after)}</td>
              <td className="px-3 py-2">{signed(c.delta)}</td>
              <td className="px-3 py-2">{percentChange(t, c.percentPpb)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
