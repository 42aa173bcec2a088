import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TimelineList } from "@/components/clients/timeline-list";
import { Card } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { listTimeline, TIMELINE_LIMIT } from "@/lib/dal/timeline";
import { loadClient } from "../load-client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("clients.tabs"))("timeline") };
}

type Props = { params: Promise<{ clientId: string }>; searchParams: Promise<{ before?: string | string[] }> };

export default async function ClientTimelinePage({ params, searchParams }: Props) {
  const { user, client } = await loadClient((await params).clientId);
  const raw = (await searchParams).before;
  const before = typeof raw === "string" && /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
  const [t, read] = await Promise.all([getTranslations("timeline"), listTimeline(user, client.id, { limit: TIMELINE_LIMIT + 1, before })]);
  const entries = read.slice(0, TIMELINE_LIMIT);
  const older = read.length > TIMELINE_LIMIT ? entries.at(-1)?.id : undefined;
  const path = `/clients/${client.id}/timeline`;
  return (
    <Card aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {entries.length === 0 ? <p className="mt-2 text-ink-muted">{t("empty")}</p> : <TimelineList entries={entries} />}
      {before !== null || older !== undefined ? (
        <nav aria-label={t("pages")} className="mt-3 flex flex-wrap gap-4 text-sm">
          {before !== null ? (
            <Link href={path} className="text-brand-700 underline">
              {t("newest")}
            </Link>
          ) : null}
          {older !== undefined ? (
            <Link href={`${path}?before=${older}`} className="text-brand-700 underline">
              {t("older", { count: TIMELINE_LIMIT })}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </Card>
  );
}
