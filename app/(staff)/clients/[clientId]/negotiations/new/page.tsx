import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { creditorName } from "@/components/creditors/creditor-name";
import { amountInput } from "@/components/debts/format";
import { orNotFound } from "@/components/debts/or-not-found";
import { EntryForm, type DebtChoice } from "@/components/negotiations/entry-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { listDebts } from "@/lib/dal/debts";
import { getNegotiationEntry } from "@/lib/dal/negotiations";
import { getLikelyOutcomes } from "@/lib/dal/outcome-history";
import { getAgencySettings } from "@/lib/dal/settings";
import type { CurrencyCode } from "@/lib/finance";
import { instantToWallTime } from "@/lib/validation/agency-time";
import { loadClient } from "../../load-client";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("negotiations"))("newTitle") };
}

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** Prefill values of a correction: the original entry as it was typed. */
function asTyped(entry: Awaited<ReturnType<typeof getNegotiationEntry>>, timeZone: string): Record<string, string> {
  const currency = entry.currency as CurrencyCode;
  const money = (v: number | null) => (v === null ? "" : amountInput(v, currency));
  const text = (v: string | number | null) => (v === null ? "" : String(v));
  return {
    correctsEntryId: entry.id,
    debtId: entry.debtId,
    contactedAt: instantToWallTime(entry.contactedAt, timeZone),
    channel: entry.channel,
    counterpartName: entry.counterpartName,
    counterpartReference: text(entry.counterpartReference),
    requestType: entry.requestType,
    requestedMonths: text(entry.requestedMonths),
    requestedAmount: money(entry.requestedAmount),
    requestedInterestWaiver: money(entry.requestedInterestWaiver),
    requestedPenaltyWaiver: money(entry.requestedPenaltyWaiver),
    requestedPauseUntil: text(entry.requestedPauseUntil),
    outcome: entry.outcome,
    grantedMonths: text(entry.grantedMonths),
    waivedInterest: money(entry.waivedInterest),
    waivedPenalty: money(entry.waivedPenalty),
    agreedMonthlyAmount: money(entry.agreedMonthlyAmount),
    agreedPauseUntil: text(entry.agreedPauseUntil),
    notes: text(entry.notes),
    nextActionDate: text(entry.nextActionDate),
  };
}

async function NewEntryPage(props: { params: Promise<{ clientId: string }>; searchParams: Promise<Search> }) {
  const [{ clientId }, search] = await Promise.all([props.params, props.searchParams]);
  const { user } = await loadClient(clientId);
  const corrects = first(search.corrects);
  const [debts, settings, t, locale] = await Promise.all([orNotFound(listDebts(user, clientId)), getAgencySettings(), getTranslations("negotiations"), getLocale()]);
  const original = corrects ? await orNotFound(getNegotiationEntry(user, clientId, corrects)) : null;
  const likely = await getLikelyOutcomes(user, [...new Set(debts.map((d) => d.creditorId))]);
  const choices: DebtChoice[] = debts.map((d) => ({
    id: d.id,
    currency: d.currency,
    creditorId: d.creditorId,
    label: [creditorName({ nameEn: d.creditorNameEn, nameZh: d.creditorNameZh }, locale), d.product, d.accountMasked].filter(Boolean).join(" · "),
  }));
  const requested = first(search.debt);
  const initial = original
    ? asTyped(original, settings.timeZone)
    : { debtId: choices.some((c) => c.id === requested) ? requested : (choices.length === 1 ? choices[0]!.id : ""), contactedAt: instantToWallTime(new Date(), settings.timeZone) };
  return (
    <div className="space-y-4">
      <Link href={`/clients/${clientId}/negotiations`} className="text-brand-700 underline">
        {t("back")}
      </Link>
      <Card aria-labelledby="entry-heading">
        <h2 id="entry-heading" className="text-lg font-semibold">
          {original ? t("correctTitle") : t("newTitle")}
        </h2>
        {original ? <p className="mt-1 text-ink-muted">{t("correctIntro")}</p> : null}
        <div className="mt-4">
          {choices.length ? (
            <EntryForm clientId={clientId} debts={choices} timeZone={settings.timeZone} initial={initial} likely={likely} />
          ) : (
            <EmptyState title={t("noDebts")} as="h3" action={<LinkButton href={`/clients/${clientId}/debts`}>{t("addDebts")}</LinkButton>} />
          )}
        </div>
      </Card>
    </div>
  );
}

export default withClientMessages(["negotiations"], NewEntryPage);
