import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { creditorShortName } from "@/components/creditors/creditor-name";
import { ClientHeading } from "@/components/debts/client-heading";
import { DebtTotals } from "@/components/debts/debt-totals";
import { money } from "@/components/debts/format";
import { orNotFound } from "@/components/debts/or-not-found";
import { PriorityNote } from "@/components/debts/priority-note";
import { rateLabel } from "@/components/debts/rate-label";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { debtStatusTone } from "@/components/ui/status-tones";
import { requireArea } from "@/lib/auth/session";
import { getClientSummary, listDebts } from "@/lib/dal/debts";
import { getAffordableOffer } from "@/lib/dal/offers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("debts"))("title") };
}

export default async function DebtsPage({ params }: { params: Promise<{ clientId: string }> }) {
  const user = await requireArea("staff");
  const { clientId } = await params;
  const client = await orNotFound(getClientSummary(user, clientId));
  const [t, locale, debts] = await Promise.all([getTranslations(), getLocale(), listDebts(user, clientId)]);
  const offer = await getAffordableOffer(user, clientId, debts);
  const offers = new Map(offer.distribution && offer.distribution.kind !== "no_funds" ? offer.distribution.offers.map((o) => [o.id, o.amount]) : []);
  return (
    <div className="space-y-6">
      <ClientHeading title={t("debts.title")}>
        <LinkButton href={`/clients/${clientId}/debts/new`}>{t("debts.add")}</LinkButton>
      </ClientHeading>
      {debts.length === 0 ? (
        <Card>
          <p>{t("debts.empty")}</p>
        </Card>
      ) : (
        <>
          <DebtTotals debts={debts} locale={locale} />
          <PriorityNote offer={offer} locale={locale} clientId={clientId} />
          {offer.statement ? null : (
            <p className="text-ink-muted">
              {t("debtOptions.noStatement")}{" "}
              <Link href={`/clients/${clientId}/budget/new`} className="text-brand-700 underline">
                {t("budget.newStatement")}
              </Link>
            </p>
          )}
          <Card className="overflow-x-auto p-0">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("debts.tableCaption", { name: client.fullName })}</caption>
              <thead className="border-b border-line bg-canvas">
                <tr>
                  {["creditor", "account", "currentBalance", "rate", "instalment", "offer", "status"].map((key) => (
                    <th key={key} scope="col" className="px-4 py-3">
                      {t(`debts.columns.${key}`)}
                    </th>
                  ))}
                  <th scope="col" className="px-4 py-3">{t("common.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {debts.map((debt) => {
                  const name = creditorShortName({ nameEn: debt.creditorNameEn, nameZh: debt.creditorNameZh }, locale);
                  const offered = offers.get(debt.id);
                  return (
                    <tr key={debt.id} className="border-b border-line align-top last:border-0">
                      <th scope="row" className="px-4 py-3 font-medium">
                        {name}
                        {debt.product ? <span className="block font-normal text-ink-muted">{debt.product}</span> : null}
                      </th>
                      <td className="px-4 py-3 font-mono">{debt.accountMasked ?? "—"}</td>
                      <td className="px-4 py-3">{money(debt.currentBalance, debt.currency, locale)}</td>
                      <td className="px-4 py-3">{rateLabel(t, debt.rateKind, debt.ratePpb)}</td>
                      <td className="px-4 py-3">{money(debt.instalment, debt.currency, locale)}</td>
                      <td className="px-4 py-3">
                        {debt.priority ? t("debts.priorityShort") : offered !== undefined ? money(offered, debt.currency, locale) : "—"}
                      </td>
                      <td className="space-y-1 px-4 py-3">
                        <Badge tone={debtStatusTone[debt.status]}>{t(`debts.statuses.${debt.status}`)}</Badge>
                        {debt.priorityKind ? (
                          <span className="block">
                            <Badge tone="warning">{t(`debts.priorityKinds.${debt.priorityKind}`)}</Badge>
                          </span>
                        ) : null}
                      </td>
                      <td className="space-x-3 px-4 py-3 whitespace-nowrap">
                        <Link href={`/clients/${clientId}/debts/${debt.id}`} className="text-brand-700 underline">
                          {t("debts.options")}
                          <span className="sr-only"> — {name}</span>
                        </Link>
                        <Link href={`/clients/${clientId}/debts/${debt.id}/edit`} className="text-brand-700 underline">
                          {t("debts.edit")}
                          <span className="sr-only"> — {name}</span>
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Card>
        </>
      )}
    </div>
  );
}
