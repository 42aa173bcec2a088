import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BulkAssign } from "@/components/clients/bulk-assign";
import { ClientDetails } from "@/components/clients/client-details";
import { ConsentPanel } from "@/components/clients/consent-panel";
import { InviteForm } from "@/components/clients/invite-form";
import { PortalAccess } from "@/components/clients/portal-access";
import { StatusForm } from "@/components/clients/status-form";
import { Card, CardHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { nextStatuses } from "@/lib/clients/workflow";
import { listAssignableCounsellors } from "@/lib/dal/client-access";
import { listConsents } from "@/lib/dal/consents";
import { getPortalAccess } from "@/lib/dal/portal-access";
import { loadClient } from "./load-client";
import { withClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ clientId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { client } = await loadClient((await params).clientId);
  return { title: client.fullName };
}

async function ClientOverviewPage({ params }: Props) {
  const { user, client } = await loadClient((await params).clientId);
  const senior = user.role === "supervisor" || user.role === "admin";
  const [t, consents, counsellors, portal] = await Promise.all([
    getTranslations(),
    listConsents(user, client.id),
    senior ? listAssignableCounsellors(user) : null,
    client.portalUserId ? getPortalAccess(user, client.id) : null,
  ]);
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <Card aria-labelledby="profile-heading" className="lg:col-span-2">
        <CardHeader id="profile-heading" title={t("clients.profile")} actions={<LinkButton href={`/clients/${client.id}/edit`} variant="secondary">{t("clients.edit.title")}</LinkButton>} />
        <ClientDetails client={client} />
      </Card>
      <div className="space-y-4">
        <Card aria-labelledby="status-heading">
          <h2 id="status-heading" className="text-lg font-semibold">
            {t("clients.status.title")}
          </h2>
          <StatusForm key={client.version} clientId={client.id} version={client.version} next={nextStatuses(client.status, user.role)} />
        </Card>
        {counsellors ? (
          <Card aria-labelledby="assign-heading">
            <h2 id="assign-heading" className="text-lg font-semibold">
              {t("clients.assign.title")}
            </h2>
            <div className="mt-3">
              <BulkAssign selectedIds={[client.id]} counsellors={counsellors.filter((c) => c.id !== client.counsellorId)} label={t("clients.counsellorIs", { name: client.counsellorName })} />
            </div>
          </Card>
        ) : null}
        <Card aria-labelledby="portal-heading">
          <h2 id="portal-heading" className="text-lg font-semibold">
            {t("invite.title")}
          </h2>
          {portal ? (
            <PortalAccess clientId={client.id} email={portal.email} active={portal.active} />
          ) : client.status === "closed" ? (
            <p className="mt-2 text-ink-muted">{t("invite.closedCase")}</p>
          ) : (
            <InviteForm clientId={client.id} email={client.email} />
          )}
        </Card>
      </div>
      <div className="lg:col-span-3">
        <ConsentPanel clientId={client.id} consents={consents} />
      </div>
    </div>
  );
}

export default withClientMessages(["clients.status", "clients.closure", "clients.assign", "consent", "invite"], ClientOverviewPage);
