import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { markReadAction } from "@/app/(staff)/notifications/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { NotificationRow } from "@/lib/dal/notifications";
import { notificationText } from "./notification-text";

/** The user's notifications: each sentence links to where to act; unread ones can be marked read. */
export async function NotificationList({ rows }: { rows: NotificationRow[] }) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  return (
    <ul className="divide-y divide-line rounded-[var(--radius-card)] border border-line bg-surface">
      {rows.map((row) => {
        const text = row.withheld ? t("notifications.withheld") : notificationText(t, row.kind, row.params, locale);
        return (
          <li key={row.id} className="flex flex-wrap items-center gap-3 px-4 py-3" data-unread={row.readAt ? undefined : "true"}>
            <div className="min-w-0 flex-1 space-y-1">
              <p className="flex flex-wrap items-center gap-2">
                {row.readAt ? null : <Badge tone="info">{t("notifications.new")}</Badge>}
                {row.withheld ? (
                  <span className={row.readAt ? "text-ink-muted" : "font-semibold text-ink-muted"}>{text}</span>
                ) : (
                  // Through /notifications/<id>, which marks the notice read and redirects to its link:
                  // a whole page load, so the header's unread count is fresh where the reader lands.
                  <a
                    href={`/notifications/${row.id}`}
                    className={row.readAt ? "text-ink underline-offset-2 hover:underline" : "font-semibold text-brand-700 underline-offset-2 hover:underline"}
                  >
                    {text}
                  </a>
                )}
              </p>
              <p className="text-xs text-ink-muted">
                <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
              </p>
            </div>
            {row.readAt ? null : (
              <form action={markReadAction}>
                <input type="hidden" name="id" value={row.id} />
                <Button type="submit" variant="secondary" aria-label={t("notifications.markReadLabel", { text })}>
                  {t("notifications.markRead")}
                </Button>
              </form>
            )}
          </li>
        );
      })}
    </ul>
  );
}
