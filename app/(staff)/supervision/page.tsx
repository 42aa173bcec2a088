import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReassignPanel } from "@/components/supervision/reassign-panel";
import { TeamTable } from "@/components/supervision/team-table";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { isUuid } from "@/lib/dal/access";
import { listAssignableCounsellors } from "@/lib/dal/client-access";
import { agencyToday } from "@/lib/dal/debts";
import { getAgencySettings } from "@/lib/dal/settings";
import { getTeamOverview, listReassignableClients } from "@/lib/dal/team";
import { wallTimeToInstant } from "@/lib/validation/agency-time";
import { withClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision.team"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function TeamPage({ searchParams }: Props) {
  const user = await requireArea("supervision");
  const params = await searchParams;
  const [today, settings] = await Promise.all([agencyToday(), getAgencySettings()]);
  const monthStart = wallTimeToInstant(`${today.slice(0, 8)}01T00:00`, settings.timeZone) ?? new Date();
  const [t, rows, counsellors] = await Promise.all([getTranslations("supervision.team"), getTeamOverview(user, today, monthStart), listAssignableCounsellors(user)]);
  const fromParam = typeof params.from === "string" && isUuid(params.from) ? params.from : null;
  const from = rows.find((r) => r.counsellorId === fromParam) ?? null;
  const movable = from ? await listReassignableClients(user, from.counsellorId) : [];
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t(user.role === "admin" ? "introAll" : "introTeam")}
        actions={
          <>
            <LinkButton href="/supervision/analytics" variant="secondary">{t("analytics")}</LinkButton>
            <LinkButton href="/supervision/reviews" variant="secondary">{t("reviews")}</LinkButton>
          </>
        }
      />
      {rows.length === 0 ? <EmptyState title={t("empty")} /> : <TeamTable rows={rows} showSupervisor={user.role === "admin"} />}
      {from ? (
        <Card id="reassign" aria-labelledby="reassign-heading" className="space-y-3">
          <CardHeader id="reassign-heading" title={t("reassignFrom", { name: from.name })} />
          {movable.length === 0 ? (
            <p className="text-sm text-ink-muted">{t("noClients")}</p>
          ) : (
            <ReassignPanel clients={movable} counsellors={counsellors.filter((c) => c.id !== from.counsellorId)} />
          )}
        </Card>
      ) : null}
    </div>
  );
}

export default withClientMessages(["clients.assign", "supervision.team"], TeamPage);
