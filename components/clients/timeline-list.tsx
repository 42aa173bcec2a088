import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { listTimeline } from "@/lib/dal/timeline";
import { isIsoDate } from "@/lib/finance/dates";
import { formatDay } from "@/lib/i18n/dates";

type Entry = Awaited<ReturnType<typeof listTimeline>>[number];

/**
 * Audit codes to sentences in the viewer's language; a code without one still shows, by name. The
 * timeline is staff-only: a review's entry also shows its dates and the reason a counsellor gave
 * (never shown to the client).
 */
export async function TimelineList({ entries }: { entries: Entry[] }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const day = (value: unknown) => (typeof value === "string" && isIsoDate(value) ? formatDay(value, locale) : "—");
  const describe = (entry: Entry): string => {
    const key = `timeline.actions.${entry.action.replace(/\./g, "_")}`;
    const d = entry.details ?? {};
    const status = (value: unknown) => (typeof value === "string" && t.has(`clientStatus.${value}`) ? t(`clientStatus.${value}`) : "—");
    const review = entry.action.startsWith("review.");
    const values = {
      from: entry.action === "client.assigned" ? (entry.names[String(d.from)] ?? "—") : review ? day(d.from) : status(d.from),
      to: entry.action === "client.assigned" ? (entry.names[String(d.to)] ?? "—") : review ? day(d.to) : status(d.to),
      date: day(d.dueOn),
      reason: typeof d.reason === "string" && t.has(`clients.closure.${d.reason}`) ? t(`clients.closure.${d.reason}`) : "—",
      scope: typeof d.scope === "string" && t.has(`consent.scope.${d.scope}`) ? t(`consent.scope.${d.scope}`) : "—",
      fields: Array.isArray(d.fields) ? d.fields.map((f) => (t.has(`clients.fields.${String(f)}`) ? t(`clients.fields.${String(f)}`) : String(f))).join(", ") : "—",
      email: typeof d.email === "string" ? d.email : "—",
      subject: d.subject === "plan" ? "plan" : "closure",
      code: entry.action,
    };
    return t.has(key) ? t(key, values) : t("timeline.actions.other", values);
  };
  // Why a review was scheduled, moved or cancelled: the counsellor's words, or what caused it.
  const why = (entry: Entry): string | null => {
    if (!entry.action.startsWith("review.") || entry.action === "review.completed") return null;
    const d = entry.details ?? {};
    if (typeof d.reason === "string" && d.reason !== "") return t("timeline.reviewReason", { reason: d.reason });
    if (d.because === "client.closed") return t("timeline.reviewBecauseClosed");
    if (d.because === "client.reopened") return t("timeline.reviewBecauseReopened");
    if (typeof d.source === "string" && t.has(`reviews.sources.${d.source}`)) return t(`reviews.sources.${d.source}`);
    return null;
  };
  return (
    <ol className="mt-3 space-y-3">
      {entries.map((entry) => {
        const note = why(entry);
        return (
          <li key={entry.id} className="border-l-2 border-brand-200 pl-4">
            <p className="text-sm text-ink-muted">
              <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}</time>
              {" · "}
              {entry.actorName ?? t("timeline.system")}
            </p>
            <p>{describe(entry)}</p>
            {note ? <p className="whitespace-pre-line text-sm text-ink-muted">{note}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
