import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TimelineList } from "@/components/clients/timeline-list";
import { Card } from "@/components/ui/card";
import { listTimeline, TIMELINE_LIMIT } from "@/lib/dal/timeline";
import { loadClient } from "../load-client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("clients.tabs"))("timeline") };
}

export default async function ClientTimelinePage({ params }: { params: Promise<{ clientId: string }> }) {
  const { user, client } = await loadClient((await params).clientId);
  const [t, entries] = await Promise.all([getTranslations("timeline"), listTimeline(user, client.id)]);
  return (
    <Card aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {entries.length === 0 ? <p className="mt-2 text-ink-muted">{t("empty")}</p> : <TimelineList entries={entries} />}
      {entries.length === TIMELINE_LIMIT ? <p className="mt-3 text-sm text-ink-muted">{t("limited", { count: TIMELINE_LIMIT })}</p> : null}
    </Card>
  );
}
