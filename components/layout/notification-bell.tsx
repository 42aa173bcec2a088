import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { unreadNotificationCount } from "@/lib/auth/session";

/**
 * The header's way to the notifications, read out as "Notifications, 3 unread". The count comes with
 * the page's session check (one indexed count, no statement of its own).
 */
export async function NotificationBell() {
  const [t, unread] = await Promise.all([getTranslations("notifications"), unreadNotificationCount()]);
  return (
    <Link
      href="/notifications"
      aria-label={t("badgeLabel", { count: unread })}
      className="inline-flex min-h-10 items-center gap-2 rounded-[var(--radius-control)] px-2 text-sm font-medium text-ink hover:bg-brand-50"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span aria-hidden="true">{t("title")}</span>
      {unread > 0 ? (
        <span aria-hidden="true" data-testid="unread-count" className="min-w-6 rounded-full bg-danger-fg px-1.5 text-center text-xs font-semibold text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
