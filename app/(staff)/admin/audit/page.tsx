import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/supervision/audit-filters";
import { AuditTable } from "@/components/supervision/audit-table";
import { EmptyState } from "@/components/ui/empty-state";
import { FileLinkButton, LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { auditSearch, parseAuditQuery } from "@/lib/audit/query";
import { requireArea } from "@/lib/auth/session";
import { listAuditActors, listAuditLog } from "@/lib/dal/audit-log";
import { agencyToday } from "@/lib/dal/debts";
import { getAgencySettings } from "@/lib/dal/settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision.audit"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The audit log: admins everything, supervisors their team's clients; newest first, keyset-paged. */
export default async function AuditPage({ searchParams }: Props) {
  const user = await requireArea("supervision");
  const [today, settings, params] = await Promise.all([agencyToday(), getAgencySettings(), searchParams]);
  const query = parseAuditQuery(params, today);
  const [t, locale, page, actors] = await Promise.all([getTranslations("supervision.audit"), getLocale(), listAuditLog(user, query, settings.timeZone), listAuditActors(user)]);
  const search = auditSearch(query, today);
  const next = page.next ? `/admin/audit${auditSearch({ ...query, before: page.next }, today, true)}` : null;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t(user.role === "admin" ? "introAll" : "introTeam")}
        actions={
          <FileLinkButton href={`/api/admin/audit/export${search}`}>
            {t("export")}
          </FileLinkButton>
        }
      />
      <AuditFilters query={query} actors={actors} />
      {page.rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <AuditTable rows={page.rows} timeZone={settings.timeZone} locale={locale} />
      )}
      <nav aria-label={t("pages")} className="flex flex-wrap gap-3">
        {query.before ? (
          <LinkButton href={`/admin/audit${search}`} variant="secondary">
            {t("newest")}
          </LinkButton>
        ) : null}
        {next ? (
          <LinkButton href={next} variant="secondary">
            {t("older")}
          </LinkButton>
        ) : null}
      </nav>
    </div>
  );
}
