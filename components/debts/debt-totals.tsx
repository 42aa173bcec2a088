import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import { sumMoney, type CurrencyCode } from "@/lib/finance";
import type { DebtView } from "@/lib/dal/debts";
import { money } from "./format";

const CLOSED = new Set(["settled", "written_off"]);

/** Balance and contractual payments per currency: amounts in different currencies are never added. */
export async function DebtTotals({ debts, locale }: { debts: DebtView[]; locale: string }) {
  const t = await getTranslations("debts");
  const currencies = [...new Set(debts.map((d) => d.currency))].sort() as CurrencyCode[];
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      {currencies.map((currency) => {
        const inCurrency = debts.filter((d) => d.currency === currency);
        const balance = sumMoney(inCurrency.map((d) => ({ amount: d.currentBalance, currency })), currency);
        const payments = sumMoney(inCurrency.filter((d) => !CLOSED.has(d.status)).map((d) => ({ amount: d.instalment, currency })), currency);
        return (
          <Fragment key={currency}>
            <div className="rounded-[var(--radius-card)] border border-line bg-surface p-4">
              <dt className="text-sm text-ink-muted">{t("totalBalance", { currency })}</dt>
              <dd className="text-xl font-semibold">{money(balance.amount, currency, locale)}</dd>
            </div>
            <div className="rounded-[var(--radius-card)] border border-line bg-surface p-4">
              <dt className="text-sm text-ink-muted">{t("monthlyPayments", { currency })}</dt>
              <dd className="text-xl font-semibold">{money(payments.amount, currency, locale)}</dd>
            </div>
          </Fragment>
        );
      })}
    </dl>
  );
}
