import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { RouteTabs } from "@/components/ui/route-tabs";
import { requireArea, unreadNotificationCount } from "@/lib/auth/session";
import { listMyNotifications } from "@/lib/dal/notifications";
import { markAllReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

type Props = { searchParams: Promise<{ show?: string; page?: string }> };

export default async function NotificationsPage({ searchParams }: Props) {
  const user = await requireArea("staff");
  const params = await searchParams;
  const filter = params.show === "all" ? "all" : "unread";
  const [t, list, unread] = await Promise.all([
    getTranslations("notifications"),
    listMyNotifications(user, Number(params.page ?? 1), filter),
    // The same count as the header's, read with the session check.
    unreadNotificationCount(),
  ]);
  const tabs = [
    { href: "/notifications", label: `${t("unread")} (${unread})` },
    { href: "/notifications?show=all", label: t("all") },
  ];
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          unread > 0 ? (
            <form action={markAllReadAction}>
              <Button type="submit" variant="secondary">
                {t("markAllRead")}
              </Button>
            </form>
          ) : null
        }
      />
      <RouteTabs label={t("filterLabel")} tabs={tabs} current={filter === "all" ? tabs[1]!.href : tabs[0]!.href} />
      {list.rows.length === 0 ? (
        <EmptyState title={filter === "unread" ? t("emptyUnread") : t("emptyAll")} />
      ) : (
        <NotificationList rows={list.rows} />
      )}
      <Pagination page={list.page} pageCount={list.pageCount} pathname="/notifications" searchParams={filter === "all" ? { show: "all" } : {}} />
    </div>
  );
}
