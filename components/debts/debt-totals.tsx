import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import { sumMoney, type CurrencyCode } from "@/lib/finance";
import type { DebtView } from "@/lib/dal/debts";
import { money } from "./format";

type TotalsDebt = Pick<DebtView, "currency" | "currentBalance" | "instalment" | "status">;

const CLOSED = new Set<string>(["settled", "written_off"]);

const box = "rounded-[var(--radius-card)] border border-line bg-surface p-4";

/**
 * What is still owed and the contractual payments on it, per currency (amounts in different
 * currencies are never added). Settled and written-off debts are left out of both, as they are
 * left out of every offer; any balance they still show is a separate line.
 */
export async function DebtTotals({ debts, locale }: { debts: TotalsDebt[]; locale: string }) {
  const t = await getTranslations("debts");
  const currencies = [...new Set(debts.map((d) => d.currency))].sort() as CurrencyCode[];
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      {currencies.map((currency) => {
        const inCurrency = debts.filter((d) => d.currency === currency);
        const open = inCurrency.filter((d) => !CLOSED.has(d.status));
        const closed = inCurrency.filter((d) => CLOSED.has(d.status));
        const sum = (list: TotalsDebt[], pick: (d: TotalsDebt) => number) => sumMoney(list.map((d) => ({ amount: pick(d), currency })), currency).amount;
        return (
          <Fragment key={currency}>
            <div className={box}>
              <dt className="text-sm text-ink-muted">{t("totalBalance", { currency })}</dt>
              <dd className="text-xl font-semibold">{money(sum(open, (d) => d.currentBalance), currency, locale)}</dd>
            </div>
            <div className={box}>
              <dt className="text-sm text-ink-muted">{t("monthlyPayments", { currency })}</dt>
              <dd className="text-xl font-semibold">{money(sum(open, (d) => d.instalment), currency, locale)}</dd>
            </div>
            {closed.length ? (
              <div className={`${box} sm:col-span-2`}>
                <dt className="text-sm text-ink-muted">{t("closedBalance", { currency })}</dt>
                <dd>
                  <span className="font-semibold">{money(sum(closed, (d) => d.currentBalance), currency, locale)}</span>{" "}
                  <span className="text-sm text-ink-muted">{t("closedCount", { count: closed.length })}</span>
                </dd>
              </div>
            ) : null}
          </Fragment>
        );
      })}
    </dl>
  );
}
