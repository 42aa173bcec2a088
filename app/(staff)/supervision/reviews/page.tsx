import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SentBackList } from "@/components/supervision/sent-back-list";
import { SignOffForm } from "@/components/supervision/sign-off-form";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { listAwaitingSignOff, listSentBack } from "@/lib/dal/outcome-reviews";
import { formatMoney, isCurrencyCode } from "@/lib/finance/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision.reviews"))("title") };
}

/** The sign-off queue: agreed plans and closed cases nobody has signed off, each with its form. */
type Props = { searchParams: Promise<{ done?: string | string[] }> };

export default async function OutcomeReviewsPage({ searchParams }: Props) {
  const user = await requireArea("supervision");
  const { done } = await searchParams;
  const [t, locale, queue, sentBack] = await Promise.all([getTranslations(), getLocale(), listAwaitingSignOff(user), listSentBack(user)]);
  const moneyLocale = locale === "zh-CN" ? "zh-CN" : "en";
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const planText = (p: (typeof queue.plans)[number]) =>
    p.kind === "pause"
      ? t("supervision.reviews.pausePlan", { date: p.pauseUntil ? date.format(new Date(`${p.pauseUntil}T00:00:00Z`)) : "—" })
      : t("supervision.reviews.instalmentPlan", {
          months: p.months ?? 0,
          amount: p.instalmentAmount !== null && isCurrencyCode(p.currency) ? formatMoney(p.instalmentAmount, p.currency, moneyLocale) : "—",
        });
  return (
    <div className="space-y-6">
      <PageHeader title={t("supervision.reviews.title")} description={t("supervision.reviews.intro")} breadcrumbs={[{ label: t("supervision.team.title"), href: "/supervision" }, { label: t("supervision.reviews.title") }]} />
      {done === "approved" || done === "needs_correction" ? (
        <FormMessage tone="success">{t(done === "approved" ? "supervision.reviews.approvedDone" : "supervision.reviews.sentBackDone")}</FormMessage>
      ) : null}
      <Card aria-labelledby="plans-heading" className="space-y-3">
        <CardHeader id="plans-heading" title={t("supervision.reviews.plansTitle", { count: queue.plans.length })} />
        {queue.plans.length === 0 ? (
          <EmptyState as="h3" title={t("supervision.reviews.noPlans")} />
        ) : (
          <ul className="divide-y divide-line">
            {queue.plans.map((p) => (
              <li key={p.planId} className="grid gap-3 py-4 lg:grid-cols-2">
                <div className="space-y-1 text-sm">
                  <h3 className="text-base font-semibold">
                    <Link href={`/clients/${p.clientId}/plans`} className="text-brand-700 underline" translate="no">
                      {p.clientName}
                    </Link>
                  </h3>
                  <p>{locale === "zh-CN" ? p.creditorNameZh : p.creditorNameEn} · {planText(p)}</p>
                  <p className="text-ink-muted">{t("supervision.reviews.counsellor", { name: p.counsellorName })} · {p.reference}</p>
                </div>
                <SignOffForm subject="plan" clientId={p.clientId} planId={p.planId} label={t("supervision.reviews.signOffLabel", { client: p.clientName })} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card aria-labelledby="closures-heading" className="space-y-3">
        <CardHeader id="closures-heading" title={t("supervision.reviews.closuresTitle", { count: queue.closures.length })} />
        {queue.closures.length === 0 ? (
          <EmptyState as="h3" title={t("supervision.reviews.noClosures")} />
        ) : (
          <ul className="divide-y divide-line">
            {queue.closures.map((c) => (
              <li key={c.clientId} className="grid gap-3 py-4 lg:grid-cols-2">
                <div className="space-y-1 text-sm">
                  <h3 className="text-base font-semibold">
                    <Link href={`/clients/${c.clientId}`} className="text-brand-700 underline" translate="no">
                      {c.clientName}
                    </Link>
                  </h3>
                  <p>{c.closureReason ? t(`clients.closure.${c.closureReason}`) : t("supervision.reviews.noReason")}</p>
                  <p className="text-ink-muted">{t("supervision.reviews.counsellor", { name: c.counsellorName })} · {c.reference}</p>
                </div>
                <SignOffForm subject="closure" clientId={c.clientId} label={t("supervision.reviews.signOffLabel", { client: c.clientName })} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <SentBackList items={sentBack} />
    </div>
  );
}
