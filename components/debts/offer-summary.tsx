import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { AffordableOffer } from "@/lib/dal/offers";
import type { CurrencyCode } from "@/lib/finance";
import { formatDay } from "@/lib/i18n/dates";
import { Card } from "@/components/ui/card";
import { money } from "./format";
import { PriorityNote } from "./priority-note";

type Debt = { id: string; priority: boolean; currency: CurrencyCode; status: string; currentBalance: number };

/** What the client can afford to offer this creditor, from the latest statement's surplus. */
export async function OfferSummary({ offer, debt, locale, clientId }: { offer: AffordableOffer; debt: Debt; locale: string; clientId: string }) {
  const t = await getTranslations("debtOptions");
  const fmt = (amount: number) => money(amount, debt.currency, locale);
  let body: React.ReactNode;
  if (debt.status === "settled" || debt.status === "written_off") body = <p>{t("closed")}</p>;
  else if (!offer.statement || !offer.distribution) {
    body = (
      <p>
        {t("noStatement")}{" "}
        <Link href={`/clients/${clientId}/budget/new`} className="text-brand-700 underline">
          {t("recordStatement")}
        </Link>
      </p>
    );
  } else if (offer.otherCurrencyIds.includes(debt.id)) body = <p>{t("otherCurrency")}</p>;
  else if (debt.priority) body = <p>{t("priorityDebt")}</p>;
  else {
    const { distribution, statement } = offer;
    const amount = distribution.kind === "no_funds" ? 0 : (distribution.offers.find((o) => o.id === debt.id)?.amount ?? 0);
    const shortfall = offer.priority?.shortfall ?? 0;
    const basis = { surplus: fmt(statement.surplus), version: statement.version, date: formatDay(statement.statementDate, locale) };
    body = (
      <>
        <p className="text-2xl font-semibold">{t("offerAmount", { amount: fmt(amount) })}</p>
        <p>
          {distribution.kind === "pro_rata"
            ? shortfall > 0
              ? t("offerBasisAfterPriority", { ...basis, available: fmt(offer.priority?.available ?? 0), shortfall: fmt(shortfall) })
              : t("offerBasis", basis)
            : shortfall > 0 && statement.surplus > 0
              ? t("tokenAfterPriority", { surplus: fmt(statement.surplus), shortfall: fmt(shortfall), amount: fmt(amount) })
              : t("tokenOffer", { surplus: fmt(statement.surplus), amount: fmt(amount) })}
        </p>
        {distribution.kind === "pro_rata" && amount === debt.currentBalance ? <p>{t("fullyCovered")}</p> : null}
      </>
    );
  }
  return (
    <Card aria-labelledby="offer-heading" className="space-y-2">
      <h3 id="offer-heading" className="text-lg font-semibold">
        {t("affordableOffer")}
      </h3>
      {body}
      {debt.status === "settled" || debt.status === "written_off" ? null : <PriorityNote offer={offer} locale={locale} clientId={clientId} />}
    </Card>
  );
}
