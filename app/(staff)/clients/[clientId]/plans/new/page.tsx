import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { creditorName } from "@/components/creditors/creditor-name";
import { amountInput } from "@/components/debts/format";
import { orNotFound } from "@/components/debts/or-not-found";
import { PlanForm, type PlanDebtChoice } from "@/components/plans/plan-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { agencyToday, listDebts } from "@/lib/dal/debts";
import { getNegotiationEntry } from "@/lib/dal/negotiations";
import { getAgencySettings } from "@/lib/dal/settings";
import type { CurrencyCode } from "@/lib/finance";
import { formatDay } from "@/lib/i18n/dates";
import { instantToAgencyDate } from "@/lib/validation/agency-time";
import { isAgreed } from "@/lib/validation/negotiations";
import { loadClient } from "../../load-client";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("newTitle") };
}

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

async function NewPlanPage(props: { params: Promise<{ clientId: string }>; searchParams: Promise<Search> }) {
  const [{ clientId }, search] = await Promise.all([props.params, props.searchParams]);
  const { user } = await loadClient(clientId);
  const entryId = first(search.entry);
  const [debts, t, locale, today, settings] = await Promise.all([orNotFound(listDebts(user, clientId)), getTranslations("plans"), getLocale(), agencyToday(), getAgencySettings()]);
  const entry = entryId ? await orNotFound(getNegotiationEntry(user, clientId, entryId)) : null;
  // A corrected entry makes no plan (createPlan refuses it): offer its correction if that was an agreement.
  const correction = entry?.correctedById ? await orNotFound(getNegotiationEntry(user, clientId, entry.correctedById)) : null;
  const choices: PlanDebtChoice[] = debts.map((d) => ({
    id: d.id,
    currency: d.currency,
    balance: d.currentBalance,
    label: [creditorName({ nameEn: d.creditorNameEn, nameZh: d.creditorNameZh }, locale), d.product, d.accountMasked].filter(Boolean).join(" · "),
  }));
  const requested = first(search.debt);
  const initial: Record<string, string> = entry
    ? {
        entryId: entry.id,
        debtId: entry.debtId,
        kind: entry.agreedPauseUntil && !entry.grantedMonths ? "pause" : "instalments",
        startDate: today,
        months: entry.grantedMonths ? String(entry.grantedMonths) : "",
        instalmentAmount: entry.agreedMonthlyAmount !== null ? amountInput(entry.agreedMonthlyAmount, entry.currency as CurrencyCode) : "",
        pauseUntil: entry.agreedPauseUntil ?? "",
      }
    : { debtId: choices.some((c) => c.id === requested) ? requested : "", kind: "instalments", startDate: today };
  return (
    <div className="space-y-4">
      <Link href={`/clients/${clientId}/plans`} className="text-brand-700 underline">
        {t("back")}
      </Link>
      <Card aria-labelledby="plan-heading">
        <h2 id="plan-heading" className="text-lg font-semibold">
          {t("newTitle")}
        </h2>
        {entry ? (
          <p className="mt-1 text-ink-muted">
            {t("fromEntry", { date: formatDay(instantToAgencyDate(entry.contactedAt, settings.timeZone), locale), creditor: creditorName({ nameEn: entry.creditorNameEn, nameZh: entry.creditorNameZh }, locale) })}
          </p>
        ) : null}
        {entry?.correctedById ? (
          <p className="mt-2 text-sm text-warning-fg">
            {t("errors.entryCorrected")}{" "}
            {correction && isAgreed(correction.outcome) ? (
              <Link href={`/clients/${clientId}/plans/new?entry=${correction.id}`} className="text-brand-700 underline">
                {t("fromCorrection")}
              </Link>
            ) : null}
          </p>
        ) : null}
        <div className="mt-4">
          {choices.length ? (
            <PlanForm clientId={clientId} debts={choices} initial={initial} />
          ) : (
            <EmptyState title={(await getTranslations("negotiations"))("noDebts")} as="h3" action={<LinkButton href={`/clients/${clientId}/debts`}>{(await getTranslations("negotiations"))("addDebts")}</LinkButton>} />
          )}
        </div>
      </Card>
    </div>
  );
}

export default withClientMessages(["plans"], NewPlanPage);
