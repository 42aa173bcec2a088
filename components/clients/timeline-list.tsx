import { getFormatter, getTranslations } from "next-intl/server";
import type { listTimeline } from "@/lib/dal/timeline";

type Entry = Awaited<ReturnType<typeof listTimeline>>[number];

/** Audit codes to sentences in the viewer's language; a code without one still shows, by name. */
export async function TimelineList({ entries }: { entries: Entry[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const describe = (entry: Entry): string => {
    const key = `timeline.actions.${entry.action.replace(/\./g, "_")}`;
    const d = entry.details ?? {};
    const status = (value: unknown) => (typeof value === "string" && t.has(`clientStatus.${value}`) ? t(`clientStatus.${value}`) : "—");
    const values = {
      from: entry.action === "client.assigned" ? (entry.names[String(d.from)] ?? "—") : status(d.from),
      to: entry.action === "client.assigned" ? (entry.names[String(d.to)] ?? "—") : status(d.to),
      reason: typeof d.reason === "string" && t.has(`clients.closure.${d.reason}`) ? t(`clients.closure.${d.reason}`) : "—",
      scope: typeof d.scope === "string" && t.has(`consent.scope.${d.scope}`) ? t(`consent.scope.${d.scope}`) : "—",
      fields: Array.isArray(d.fields) ? d.fields.map((f) => (t.has(`clients.fields.${String(f)}`) ? t(`clients.fields.${String(f)}`) : String(f))).join(", ") : "—",
      email: typeof d.email === "string" ? d.email : "—",
      subject: d.subject === "plan" ? "plan" : "closure",
      code: entry.action,
    };
    return t.has(key) ? t(key, values) : t("timeline.actions.other", values);
  };
  return (
    <ol className="mt-3 space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="border-l-2 border-brand-200 pl-4">
          <p className="text-sm text-ink-muted">
            <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}</time>
            {" · "}
            {entry.actorName ?? t("timeline.system")}
          </p>
          <p>{describe(entry)}</p>
        </li>
      ))}
    </ol>
  );
}
