import "server-only";
import { and, eq, inArray, isNull, ne, notLike, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { clients, digestSends, notifications, users, type NotificationKind } from "@/db/schema";
import { listDashboardSection } from "@/lib/dal/dashboard-items";
import { notify } from "@/lib/dal/notifications";
import { endLapsedPauses } from "@/lib/dal/pause-endings";
import { getAgencySettings } from "@/lib/dal/settings";
import { SECTION_CAP, dashboardSections, type DashboardItem, type DashboardSection } from "@/lib/dashboard/sections";
import { composeDigest } from "@/lib/mail/digest";
import { mailConfigured, sendMail } from "@/lib/mail";
import { instantToAgencyDate } from "@/lib/validation/agency-time";

/** Dashboard sections that also become a notification on each day they are due or overdue. */
const dueKinds: Partial<Record<DashboardSection, NotificationKind>> = {
  reviews: "review_due",
  nextActions: "next_action_due",
  instalments: "instalment_missed",
  requests: "document_request_overdue",
};

type Counsellor = { id: string; name: string; email: string; locale: "en" | "zh-CN" };

function appUrl(): string {
  return (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`).replace(/\/$/, "");
}

/** Active staff who hold at least one open case. */
async function counsellorsWithCases(): Promise<Counsellor[]> {
  const holders = db().selectDistinct({ id: clients.counsellorId }).from(clients).where(ne(clients.status, "closed"));
  return db()
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.active, true), ne(users.role, "client"), inArray(users.id, holders)));
}

/** The notice kind of an item due today or late; upcoming items stay on the dashboard only. */
function dueNoticeKind(item: DashboardItem, day: string): NotificationKind | null {
  const kind = dueKinds[item.section];
  return kind && item.dueOn !== null && item.dueOn <= day ? kind : null;
}

async function notifyDueItems(counsellor: Counsellor, items: DashboardItem[], day: string): Promise<void> {
  for (const item of items) {
    const kind = dueNoticeKind(item, day);
    if (!kind || item.dueOn === null) continue;
    await notify(db(), {
      userId: counsellor.id,
      kind,
      clientId: item.clientId,
      link: item.href,
      // Both names: the list names the creditor in the reader's language (notificationText).
      params: { client: item.clientName, creditorEn: item.creditorEn ?? "", creditorZh: item.creditorZh ?? "", title: item.title ?? "", number: item.number ?? 0, date: item.dueOn },
      // One per item per agency day, however many times or places the job runs.
      dedupeKey: `${kind}:${item.id}:${day}`,
    });
  }
}

/**
 * Earlier days' unread due-item notices of the counsellor are retired (marked read) once today's
 * run has spoken for their item: renewed today (the same item, still due), or gone from a section
 * read whole (done, or no longer the counsellor's). So the unread badge counts each waiting item
 * once, not once for every day it has waited. A section read to its cap may hold items past it,
 * so there only renewed notices are retired.
 */
async function retireEarlierNotices(counsellor: Counsellor, items: DashboardItem[], capped: DashboardSection[], day: string): Promise<void> {
  const renewed = items.flatMap((item) => {
    const kind = dueNoticeKind(item, day);
    return kind ? [`${kind}:${item.id}`] : [];
  });
  const wholeKinds = Object.entries(dueKinds).flatMap(([section, kind]) => (capped.includes(section as DashboardSection) ? [] : [kind]));
  const spokenFor: SQL[] = [];
  if (wholeKinds.length > 0) spokenFor.push(inArray(notifications.kind, wholeKinds));
  // The key is `<kind>:<item>:<day>`; without its 11-character `:<day>` it names the item.
  if (renewed.length > 0) spokenFor.push(inArray(sql`left(${notifications.dedupeKey}, -11)`, renewed));
  if (spokenFor.length === 0) return;
  await db()
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.userId, counsellor.id),
        isNull(notifications.readAt),
        inArray(notifications.kind, Object.values(dueKinds)),
        notLike(notifications.dedupeKey, `%:${day}`),
        or(...spokenFor),
      ),
    );
}

/**
 * Claims today's digest for the counsellor, then sends it. The unique (user_id, day) row is taken
 * BEFORE the mail goes out, so a second run or a second server finds it and sends nothing. A failed
 * send gives the claim back so a later run can try again.
 */
async function sendDigest(counsellor: Counsellor, items: DashboardItem[], capped: DashboardSection[], day: string): Promise<boolean> {
  const claimed = await db()
    .insert(digestSends)
    .values({ userId: counsellor.id, day, itemCount: items.length })
    .onConflictDoNothing()
    .returning({ id: digestSends.id });
  const claim = claimed[0];
  if (!claim) return false;
  try {
    await sendMail(composeDigest({ to: counsellor.email, name: counsellor.name, locale: counsellor.locale, day, items, capped, appUrl: appUrl() }));
  } catch (error) {
    await db().delete(digestSends).where(eq(digestSends.id, claim.id));
    console.error(`[daily] digest to <${counsellor.email}> failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  await db().update(digestSends).set({ sentAt: new Date() }).where(eq(digestSends.id, claim.id));
  return true;
}

/**
 * The daily job: pauses whose date has passed are ended (endLapsedPauses), then due-item
 * notifications for every counsellor with open cases (earlier days' unread ones about the same
 * items retired) and, when SMTP is
 * configured, one e-mail digest per counsellor per agency-local day. Safe to run twice, or on two
 * servers at once: notifications are deduplicated and the digest is claimed before it is sent.
 */
export async function runDailyJobs(now: Date = new Date()): Promise<{ counsellors: number; digests: number }> {
  const { timeZone } = await getAgencySettings();
  const day = instantToAgencyDate(now, timeZone);
  await endLapsedPauses(day);
  const counsellors = await counsellorsWithCases();
  let digests = 0;
  for (const counsellor of counsellors) {
    const scope = { id: counsellor.id, role: "counsellor" as const };
    const items: DashboardItem[] = [];
    const capped: DashboardSection[] = [];
    for (const section of dashboardSections) {
      const read = await listDashboardSection(scope, section);
      items.push(...read.items);
      if (read.total >= SECTION_CAP) capped.push(section);
    }
    await notifyDueItems(counsellor, items, day);
    await retireEarlierNotices(counsellor, items, capped, day);
    if (mailConfigured() && items.length > 0 && (await sendDigest(counsellor, items, capped, day))) digests++;
  }
  return { counsellors: counsellors.length, digests };
}
