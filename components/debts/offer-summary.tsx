import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { AffordableOffer } from "@/lib/dal/offers";
import type { CurrencyCode } from "@/lib/finance";
import { formatDay } from "@/lib/i18n/dates";
import { Card } from "@/components/ui/card";
import { money } from "./format";

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
    const distribution = offer.distribution;
    const amount = distribution.kind === "no_funds" ? 0 : (distribution.offers.find((o) => o.id === debt.id)?.amount ?? 0);
    body = (
      <>
        <p className="text-2xl font-semibold">{t("offerAmount", { amount: fmt(amount) })}</p>
        <p>
          {distribution.kind === "pro_rata"
            ? t("offerBasis", { surplus: fmt(offer.statement.surplus), version: offer.statement.version, date: formatDay(offer.statement.statementDate, locale) })
            : t("tokenOffer", { surplus: fmt(offer.statement.surplus), amount: fmt(amount) })}
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
    </Card>
  );
}
