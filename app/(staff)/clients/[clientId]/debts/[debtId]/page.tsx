import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { creditorName } from "@/components/creditors/creditor-name";
import { ChargesCard } from "@/components/debts/charges-card";
import { ClientHeading } from "@/components/debts/client-heading";
import { money } from "@/components/debts/format";
import { OfferSummary } from "@/components/debts/offer-summary";
import { OptionsComparison } from "@/components/debts/options-comparison";
import { OptionsEvidence } from "@/components/debts/options-evidence";
import { OptionsForm } from "@/components/debts/options-form";
import { orNotFound } from "@/components/debts/or-not-found";
import { PlanSection } from "@/components/debts/plan-section";
import { rateLabel } from "@/components/debts/rate-label";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { LinkButton } from "@/components/ui/link-button";
import { debtStatusTone } from "@/components/ui/status-tones";
import { requireArea } from "@/lib/auth/session";
import { evidenceReadiness } from "@/lib/dal/evidence";
import { daysOverdueOf, getDebtOptions } from "@/lib/dal/offers";
import { evidenceForSchema, optionsQuerySchema } from "@/lib/validation/debts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("debtOptions"))("pageTitle") };
}

type Search = Record<string, string | string[] | undefined>;

const OPTION_KEYS = ["extendMonths", "pauseUntil", "waiverMonths", "planMonths", "lumpSum", "clearedOn"] as const;

export default async function DebtOptionsPage(props: { params: Promise<{ clientId: string; debtId: string }>; searchParams: Promise<Search> }) {
  const user = await requireArea("staff");
  const [{ clientId, debtId }, search] = await Promise.all([props.params, props.searchParams]);
  const first = (key: string) => (Array.isArray(search[key]) ? search[key][0] : search[key]) || undefined;
  const query = optionsQuerySchema.parse(Object.fromEntries(OPTION_KEYS.map((k) => [k, first(k)])));
  const evidenceFor = evidenceForSchema.parse(first("evidenceFor"));
  const [result, readiness] = await orNotFound(Promise.all([getDebtOptions(user, clientId, debtId, query), evidenceReadiness(user, clientId, evidenceFor)]));
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const { debt, offer, options, lumpSumError, today } = result;
  // The evidence card's GET form carries the compared figures over (as parsed, never the raw URL).
  const typed = Object.fromEntries(OPTION_KEYS.flatMap((k) => (query[k] === undefined ? [] : [[k, String(query[k])]])));
  const name = creditorName({ nameEn: debt.creditorNameEn, nameZh: debt.creditorNameZh }, locale);
  const saved = first("saved");
  return (
    <div className="space-y-6">
      <Link href={`/clients/${clientId}/debts`} className="text-brand-700 underline">
        {t("debts.back")}
      </Link>
      <ClientHeading title={t("debtOptions.title", { creditor: name })}>
        <LinkButton href={`/clients/${clientId}/debts/${debtId}/edit`} variant="secondary">
          {t("debts.edit")}
        </LinkButton>
      </ClientHeading>
      <FormMessage tone="success">{saved === "created" ? t("debts.created") : saved === "updated" ? t("debts.saved") : undefined}</FormMessage>
      <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <div>
          <dt className="text-ink-muted">{t("debts.currentBalance")}</dt>
          <dd className="text-xl font-semibold">{money(debt.currentBalance, debt.currency, locale)}</dd>
        </div>
        <div>
          <dt className="text-ink-muted">{t("debts.columns.rate")}</dt>
          <dd>{rateLabel(t, debt.rateKind, debt.ratePpb)}</dd>
        </div>
        <div>
          <dt className="text-ink-muted">{t("debts.columns.account")}</dt>
          <dd className="font-mono">{debt.accountMasked ?? "—"}</dd>
        </div>
        <div>
          <dt className="text-ink-muted">{t("debts.status")}</dt>
          <dd>
            <Badge tone={debtStatusTone[debt.status]}>{t(`debts.statuses.${debt.status}`)}</Badge>
          </dd>
        </div>
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <OfferSummary offer={offer} debt={debt} locale={locale} clientId={clientId} />
        {options ? (
          <ChargesCard options={options} currency={debt.currency} multiplier={debt.penaltyMultiplier} daysOverdue={daysOverdueOf(debt, today)} locale={locale} />
        ) : (
          <Card role="note">
            <p>
              {t("debtOptions.tooLarge")}{" "}
              <Link href={`/clients/${clientId}/debts/${debtId}/edit`} className="text-brand-700 underline">
                {t("debtOptions.checkDebt")}
              </Link>
            </p>
          </Card>
        )}
      </div>
      <OptionsEvidence readiness={readiness} clientId={clientId} locale={locale} keep={typed} />
      <section aria-labelledby="compare-heading" className="space-y-4">
        <div>
          <h3 id="compare-heading" className="text-lg font-semibold">
            {t("debtOptions.compare")}
          </h3>
          <p className="text-ink-muted">{t("debtOptions.compareIntro")}</p>
        </div>
        <OptionsForm query={query} evidenceFor={evidenceFor} lumpSumError={lumpSumError ? t(`debts.errors.${LUMP_ERRORS[lumpSumError]}`) : null} />
        {options ? <OptionsComparison options={options} currency={debt.currency} balance={debt.currentBalance} locale={locale} /> : <p role="note">{t("debtOptions.tooLarge")}</p>}
      </section>
      {options ? <PlanSection options={options} currency={debt.currency} locale={locale} /> : null}
    </div>
  );
}

const LUMP_ERRORS = { invalid: "moneyInvalid", negative: "moneyNegative", too_many_decimals: "moneyDecimals", too_large: "moneyTooLarge" } as const;
