import { dateFormat } from "@/lib/i18n/formats";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SentBackList } from "@/components/supervision/sent-back-list";
import { SignOffForm } from "@/components/supervision/sign-off-form";
import { SignOffQueue } from "@/components/supervision/sign-off-queue";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { listAwaitingSignOff, listSentBack } from "@/lib/dal/outcome-reviews";
import { formatMoney, isCurrencyCode } from "@/lib/finance/money";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision.reviews"))("title") };
}

/** The sign-off queue: agreed plans and closed cases nobody has signed off, each with its form. */
type Props = { searchParams: Promise<{ done?: string | string[] }> };

async function OutcomeReviewsPage({ searchParams }: Props) {
  const user = await requireArea("supervision");
  const { done } = await searchParams;
  const [t, locale, queue, sentBack] = await Promise.all([getTranslations(), getLocale(), listAwaitingSignOff(user), listSentBack(user)]);
  const moneyLocale = locale === "zh-CN" ? "zh-CN" : "en";
  const date = dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const money = (amount: number | null, currency: string) => (amount !== null && isCurrencyCode(currency) ? formatMoney(amount, currency, moneyLocale) : "—");
  const planText = (p: (typeof queue.plans)[number]) =>
    p.kind === "pause"
      ? t("supervision.reviews.pausePlan", { date: p.pauseUntil ? date.format(new Date(`${p.pauseUntil}T00:00:00Z`)) : "—" })
      : t("supervision.reviews.instalmentPlan", {
          months: p.months ?? 0,
          // The total too: an even split's first instalment (33.33 of 100.00 over 3) is not every one's.
          total: money(p.totalAmount, p.currency),
          amount: money(p.instalmentAmount, p.currency),
        });
  return (
    <div className="space-y-6">
      <PageHeader title={t("supervision.reviews.title")} description={t("supervision.reviews.intro")} breadcrumbs={[{ label: t("supervision.team.title"), href: "/supervision" }, { label: t("supervision.reviews.title") }]} />
      {done === "approved" || done === "needs_correction" ? (
        <FormMessage tone="success">{t(done === "approved" ? "supervision.reviews.approvedDone" : "supervision.reviews.sentBackDone")}</FormMessage>
      ) : null}
      <SignOffQueue
        id="plans-heading"
        title={t("supervision.reviews.plansTitle", { count: queue.plans.length, more: queue.morePlans ? "yes" : "no" })}
        empty={t("supervision.reviews.noPlans")}
        items={queue.plans.map((p) => ({
          key: p.planId,
          href: `/clients/${p.clientId}/plans`,
          clientName: p.clientName,
          detail: `${locale === "zh-CN" ? p.creditorNameZh : p.creditorNameEn} · ${planText(p)}`,
          meta: `${t("supervision.reviews.counsellor", { name: p.counsellorName })} · ${p.reference}`,
          form: <SignOffForm subject="plan" clientId={p.clientId} planId={p.planId} label={t("supervision.reviews.signOffLabel", { client: p.clientName })} />,
        }))}
      />
      <SignOffQueue
        id="closures-heading"
        title={t("supervision.reviews.closuresTitle", { count: queue.closures.length, more: queue.moreClosures ? "yes" : "no" })}
        empty={t("supervision.reviews.noClosures")}
        items={queue.closures.map((c) => ({
          key: c.clientId,
          href: `/clients/${c.clientId}`,
          clientName: c.clientName,
          detail: c.closureReason ? t(`clients.closure.${c.closureReason}`) : t("supervision.reviews.noReason"),
          meta: `${t("supervision.reviews.counsellor", { name: c.counsellorName })} · ${c.reference}`,
          form: <SignOffForm subject="closure" clientId={c.clientId} label={t("supervision.reviews.signOffLabel", { client: c.clientName })} />,
        }))}
      />
      <SentBackList items={sentBack} />
    </div>
  );
}

export default withClientMessages(["supervision.reviews"], OutcomeReviewsPage);
