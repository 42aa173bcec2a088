import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { money } from "@/components/debts/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { clientStatusTone, debtStatusTone } from "@/components/ui/status-tones";
import { requireArea } from "@/lib/auth/session";
import { getPortalSummary } from "@/lib/dal/portal";
import { creditorName } from "@/components/creditors/creditor-name";
import { PortalNextReview } from "@/components/reviews/portal-next-review";
import type { CurrencyCode } from "@/lib/finance";
import { formatDay } from "@/lib/i18n/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portal"))("title") };
}

export default async function PortalPage() {
  const user = await requireArea("portal");
  const [t, locale, myCase] = await Promise.all([getTranslations(), getLocale(), getPortalSummary(user)]);
  const next = myCase?.nextInstalment ?? null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("portal.greeting", { name: user.name })}</h1>
      {myCase ? (
        <Card aria-labelledby="case-heading">
          <h2 id="case-heading" className="text-lg font-semibold">
            {t("portal.title")}
          </h2>
          <dl className="mt-3 grid gap-3 sm:grid-cols-2">
            <div>
              <dt className="text-sm text-ink-muted">{t("portal.reference")}</dt>
              <dd className="font-mono">{myCase.reference}</dd>
            </div>
            <div>
              <dt className="text-sm text-ink-muted">{t("portal.status")}</dt>
              <dd>
                <Badge tone={clientStatusTone[myCase.status]}>{t(`clientStatus.${myCase.status}`)}</Badge>
              </dd>
            </div>
            <div>
              <dt className="text-sm text-ink-muted">{t("portal.counsellor")}</dt>
              <dd>{myCase.counsellorName}</dd>
            </div>
          </dl>
          <p className="mt-4 text-ink-muted">{t(`portal.statusHelp.${myCase.status}`)}</p>
        </Card>
      ) : (
        <Card>
          <p>{t("portal.noCase")}</p>
        </Card>
      )}
      {myCase ? (
        <Card aria-labelledby="debts-heading">
          <h2 id="debts-heading" className="text-lg font-semibold">
            {t("portal.debts.title")}
          </h2>
          <p className="mt-1 text-sm text-ink-muted">{t("portal.debts.intro")}</p>
          {myCase.debts.length === 0 ? (
            <p className="mt-3">{t("portal.debts.empty")}</p>
          ) : (
            <ul className="mt-3 divide-y divide-line">
              {myCase.debts.map((debt) => (
                <li key={debt.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <span className="block font-medium">{creditorName({ nameEn: debt.creditorNameEn, nameZh: debt.creditorNameZh }, locale)}</span>
                    <span className="block text-sm text-ink-muted">{debt.product}</span>
                  </span>
                  <span className="flex flex-wrap items-center gap-2">
                    <span>{t("portal.debts.balance", { amount: money(debt.balance, debt.currency as CurrencyCode, locale) })}</span>
                    <Badge tone={debtStatusTone[debt.status]}>{t(`debts.statuses.${debt.status}`)}</Badge>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      ) : null}
      {myCase ? (
        <Card aria-labelledby="documents-heading">
          <h2 id="documents-heading" className="text-lg font-semibold">
            {t("documents.portalTitle")}
          </h2>
          <p className="mt-2">{t("documents.portalSummary", { open: myCase.openRequests })}</p>
          <Link href="/portal/documents" className="mt-3 inline-block min-h-10 py-2 font-medium text-brand-700 underline">
            {t("documents.portalLink")}
          </Link>
        </Card>
      ) : null}
      {myCase ? (
        <Card aria-labelledby="plans-heading">
          <h2 id="plans-heading" className="text-lg font-semibold">
            {t("portal.plans.summaryTitle")}
          </h2>
          <p className="mt-2">{t("portal.plans.summary", { count: myCase.activePlans })}</p>
          {next ? <p className="mt-1 font-medium">{t("portal.plans.nextDue", { amount: money(next.amount, next.currency as CurrencyCode, locale), date: formatDay(next.dueDate, locale) })}</p> : null}
          <Link href="/portal/plans" className="mt-3 inline-block min-h-10 py-2 font-medium text-brand-700 underline">
            {t("portal.plans.link")}
          </Link>
        </Card>
      ) : null}
      {myCase ? <PortalNextReview dueOn={myCase.nextReviewOn} closed={myCase.status === "closed"} /> : null}
      <div className="flex flex-wrap gap-x-6">
        <Link href="/help" className="inline-block min-h-10 py-2 text-brand-700 underline">
          {t("portal.prepare")}
        </Link>
        <Link href="/password" className="inline-block min-h-10 py-2 text-brand-700 underline">
          {t("nav.password")}
        </Link>
      </div>
    </div>
  );
}
