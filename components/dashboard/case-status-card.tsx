import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { clientStatusTone } from "@/components/ui/status-tones";
import { clientStatuses } from "@/db/schema/clients";
import type { SessionUser } from "@/lib/auth/permissions";
import { countMyClientsByStatus } from "@/lib/dal/dashboard";
import { numberFormat } from "@/lib/i18n/formats";

/** Cases by status (open total, each status, closed) over the clients the user may see (own, team or agency). */
export async function CaseStatusCard({ user }: { user: SessionUser }) {
  const [t, locale, counts] = await Promise.all([getTranslations(), getLocale(), countMyClientsByStatus(user)]);
  const format = numberFormat(locale);
  const open = clientStatuses.filter((s) => s !== "closed").reduce((sum, s) => sum + counts[s], 0);
  const heading =
    user.role === "counsellor" ? "dashboard.myCases" : user.role === "supervisor" ? "dashboard.teamCases" : "dashboard.allCases";
  return (
    <Card aria-labelledby="cases-heading">
      <h2 id="cases-heading" className="text-lg font-semibold">
        {t(heading)}
      </h2>
      {open + counts.closed === 0 ? (
        <p className="mt-3 text-ink-muted">{t("dashboard.empty")}</p>
      ) : (
        <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-7">
          <div className="rounded-[var(--radius-control)] bg-brand-50 p-3">
            <dt className="text-sm text-ink-muted">{t("dashboard.totalOpen")}</dt>
            <dd className="text-2xl font-semibold" data-testid="count-open">
              {format.format(open)}
            </dd>
          </div>
          {clientStatuses.map((status) => (
            <div key={status} className="rounded-[var(--radius-control)] border border-line p-3">
              <dt>
                <Badge tone={clientStatusTone[status]}>{t(`clientStatus.${status}`)}</Badge>
              </dt>
              <dd className="mt-1 text-2xl font-semibold" data-testid={`count-${status}`}>
                {format.format(counts[status])}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}
