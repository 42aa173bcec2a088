import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import type { TimelineFilter } from "@/lib/validation/negotiations";

/** The log's own URL with its filters kept and, for an older page, the entry it continues after. */
export function timelineHref(base: string, filter: TimelineFilter, before?: string): string {
  const query = new URLSearchParams(Object.entries({ ...filter, before }).filter((pair): pair is [string, string] => Boolean(pair[1])));
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

/**
 * Says that the log is read a page at a time once it is longer than one, and links to the newest and
 * the older entries (keyset on the log's order, `before` the last entry shown).
 */
type Props = { base: string; filter: TimelineFilter; pageSize: number; before: string | null; older: string | undefined };

export async function TimelinePages({ base, filter, pageSize, before, older }: Props) {
  if (before === null && older === undefined) return null;
  const t = await getTranslations("negotiations");
  return (
    <nav aria-label={t("pages")} className="flex flex-wrap items-baseline gap-4 text-sm">
      <p className="text-ink-muted">{t("pageNote", { count: pageSize })}</p>
      {before !== null ? (
        <Link href={timelineHref(base, filter)} className="text-brand-700 underline">
          {t("newestPage")}
        </Link>
      ) : null}
      {older !== undefined ? (
        <Link href={timelineHref(base, filter, older)} className="text-brand-700 underline">
          {t("olderPage")}
        </Link>
      ) : null}
    </nav>
  );
}
