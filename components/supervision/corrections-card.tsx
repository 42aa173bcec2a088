import { dateFormat } from "@/lib/i18n/formats";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/permissions";
import { listOpenCorrections } from "@/lib/dal/outcome-reviews";
import { getAgencySettings } from "@/lib/dal/settings";
import { ResolveForm } from "./resolve-form";

/**
 * Outcome reviews sent back for correction and not yet resolved. A counsellor sees those on their own
 * cases (also ones sent back before the case was handed to them) and answers each here; a supervisor
 * sees the open ones in their team. Nothing open: no card.
 */
export async function CorrectionsCard({ user }: { user: SessionUser }) {
  const items = await listOpenCorrections(user);
  if (items.length === 0) return null;
  const [t, locale, { timeZone }] = await Promise.all([getTranslations("supervision.reviews"), getLocale(), getAgencySettings()]);
  const when = dateFormat(locale, { dateStyle: "medium", timeZone });
  return (
    <Card id="corrections" aria-labelledby="corrections-heading" className="space-y-3 scroll-mt-20">
      <CardHeader id="corrections-heading" title={t("correctionsTitle", { count: items.length })} />
      <ul className="divide-y divide-line">
        {items.map((item) => (
          <li key={item.id} className="space-y-2 py-3">
            <p className="text-sm">
              <Link href={item.subject === "plan" ? `/clients/${item.clientId}/plans` : `/clients/${item.clientId}`} className="font-medium text-brand-700 underline" translate="no">
                {item.clientName}
              </Link>{" "}
              <span className="text-ink-muted">
                {t(item.subject === "plan" ? "subjectPlan" : "subjectClosure")} · {t("sentBackBy", { name: item.reviewerName, date: when.format(item.createdAt) })}
              </span>
            </p>
            <blockquote className="border-l-4 border-line-strong pl-3 text-sm">{item.comment}</blockquote>
            <ResolveForm reviewId={item.id} label={t("resolveLabel", { client: item.clientName })} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
