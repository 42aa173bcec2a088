import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ClientTabs } from "@/components/clients/client-tabs";
import { Badge } from "@/components/ui/badge";
import { clientStatusTone } from "@/components/ui/status-tones";
import { loadClient } from "./load-client";

const TABS = ["", "debts", "budget", "documents", "negotiations", "plans", "reviews", "timeline"] as const;

export default async function ClientLayout({ children, params }: { children: ReactNode; params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const { client } = await loadClient(clientId);
  const t = await getTranslations();
  const base = `/clients/${client.id}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{client.fullName}</h1>
        <span className="font-mono text-ink-muted">{client.reference}</span>
        <Badge tone={clientStatusTone[client.status]}>{t(`clientStatus.${client.status}`)}</Badge>
        <span className="text-sm text-ink-muted">{t("clients.counsellorIs", { name: client.counsellorName })}</span>
      </div>
      <ClientTabs label={t("clients.tabs.label")} tabs={TABS.map((tab) => ({ href: tab ? `${base}/${tab}` : base, label: t(`clients.tabs.${tab || "overview"}`) }))} />
      <div>{children}</div>
    </div>
  );
}
