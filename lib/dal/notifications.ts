import "server-only";
import { and, count, desc, eq, isNull, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { db, type Db } from "@/db/client";
import { clients, notifications, type NotificationKind } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { isUuid, visibleClients } from "./access";
import { NotFoundError } from "./errors";

export type { NotificationKind };

/** The database handle or an open transaction (a transaction is a Db too). */
type Executor = Pick<Db, "insert">;

export type NotifyInput = {
  userId: string;
  kind: NotificationKind;
  clientId?: string | null;
  /** An app path such as `/clients/<id>/documents`: where the reader acts on it. */
  link: string;
  /** ICU arguments of the catalogue message `notifications.kinds.<kind>`. */
  params?: Record<string, string | number>;
  /** Same user + same key = the same notification: inserted once, however often the writer runs. */
  dedupeKey?: string;
};

/** Adds one notification; pass the transaction so it commits or rolls back with the change it reports. */
export async function notify(tx: Executor, input: NotifyInput): Promise<void> {
  await tx
    .insert(notifications)
    .values({
      userId: input.userId,
      kind: input.kind,
      clientId: input.clientId ?? null,
      link: input.link,
      params: input.params ?? {},
      dedupeKey: input.dedupeKey ?? null,
    })
    .onConflictDoNothing();
}

export const NOTIFICATIONS_PAGE_SIZE = 20;

export type NotificationRow = {
  id: string;
  kind: NotificationKind;
  clientId: string | null;
  link: string;
  params: Record<string, string | number>;
  readAt: Date | null;
  createdAt: Date;
  /**
   * About a client the reader can no longer see (moved to another counsellor's caseload): the link
   * and the words that name the client, a file or a request are withheld (`params` keeps only
   * dates and numbers).
   */
  withheld: boolean;
};

export type NotificationFilter = "unread" | "all";

/** The signed-in user's own notifications, newest first, one page at a time. */
export async function listMyNotifications(
  user: SessionUser,
  page: number,
  filter: NotificationFilter = "all",
): Promise<{ rows: NotificationRow[]; total: number; page: number; pageCount: number }> {
  const where = filter === "unread" ? and(eq(notifications.userId, user.id), isNull(notifications.readAt)) : eq(notifications.userId, user.id);
  const [counted] = await db().select({ total: count() }).from(notifications).where(where);
  const total = counted?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const rows = await db()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      clientId: notifications.clientId,
      link: notifications.link,
      params: notifications.params,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      // The client is joined only while the reader may still see them.
      visibleClient: clients.id,
    })
    .from(notifications)
    .leftJoin(clients, and(eq(clients.id, notifications.clientId), visibleClients(user)))
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE)
    .offset((current - 1) * NOTIFICATIONS_PAGE_SIZE);
  return { rows: rows.map(({ visibleClient, ...row }) => withhold(row, row.clientId !== null && visibleClient === null)), total, page: current, pageCount };
}

function withhold(row: Omit<NotificationRow, "withheld">, withheld: boolean): NotificationRow {
  if (!withheld) return { ...row, withheld };
  const params = Object.fromEntries(Object.entries(row.params).filter(([key]) => key === "date" || key === "number"));
  return { ...row, params, link: "/notifications", withheld };
}

/** Unread count for the header badge: one count on the (user_id, read_at, created_at) index. */
export async function countUnread(user: Pick<SessionUser, "id">): Promise<number> {
  const [row] = await db().select({ n: count() }).from(notifications).where(unread(user.id));
  return row?.n ?? 0;
}

function unread(userId: string | SQLWrapper): SQL {
  return and(eq(notifications.userId, userId), isNull(notifications.readAt))!;
}

/** The unread count of the user in `userId` (a column or value), as a subquery of a larger select. */
export function unreadCountOf(userId: SQLWrapper): SQL<number> {
  return sql<number>`(${db().select({ n: count() }).from(notifications).where(unread(userId))})`.mapWith(Number);
}

/** Marks one of the user's own notifications read; someone else's (or a missing one) is a 404. */
export async function markRead(user: Pick<SessionUser, "id">, id: string): Promise<void> {
  if (!isUuid(id)) throw new NotFoundError("notification");
  const rows = await db()
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, user.id)))
    .returning({ id: notifications.id });
  if (rows.length === 0) throw new NotFoundError("notification");
}

/**
 * Opening a notice from the list: marks it read and answers where to go — its link, or the list
 * itself when the notice is about a client the reader can no longer see (the link is withheld then,
 * as in the list) or its link is not a path of this app. Someone else's (or a missing) notice is a 404.
 */
export async function openNotification(user: SessionUser, id: string): Promise<string> {
  if (!isUuid(id)) throw new NotFoundError("notification");
  const [row] = await db()
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, user.id)))
    .returning({ link: notifications.link, clientId: notifications.clientId });
  if (!row) throw new NotFoundError("notification");
  if (!row.link.startsWith("/") || row.link.startsWith("//") || row.link.startsWith("/\\")) return "/notifications";
  if (row.clientId === null) return row.link;
  const [visible] = await db()
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.id, row.clientId), visibleClients(user)))
    .limit(1);
  return visible ? row.link : "/notifications";
}

/** Marks every unread notification of the user read; returns how many changed. */
export async function markAllRead(user: Pick<SessionUser, "id">): Promise<number> {
  const rows = await db()
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
