import "server-only";
import { SECTION_CAP } from "@/lib/dashboard/sections";
import { and, asc, desc, eq, lt, lte, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { clients, reviews, users } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import { assertClientVisible, isUuid, visibleClientIds, visibleClientOf, visibleClients } from "./access";
import { NotFoundError } from "./errors";
import { sectionCut } from "./section-cut";

/** `total`: how many due reviews there are in all (up to SECTION_CAP), the same on every row. */
export type DueReview = { reviewId: string; clientId: string; clientName: string; dueOn: string; overdue: boolean; total: number };

/**
 * Scheduled reviews of the clients the user may see, due on or before `untilDay`, overdue first
 * (oldest first). `today` and `untilDay` are agency calendar dates (yyyy-mm-dd). `limit`: the rows
 * a collapsed dashboard section shows (see `sectionCut`).
 */
export async function listDueReviews(user: SessionUser, today: string, untilDay: string, limit = SECTION_CAP): Promise<DueReview[]> {
  if (!isStaff(user.role)) return [];
  // The section's rows are picked on `reviews` alone; only those it shows are joined to their client's name.
  const due = db()
    .$with("due")
    .as(
      db()
        .select({ reviewId: reviews.id, clientId: reviews.clientId, dueOn: reviews.dueOn })
        .from(reviews)
        .where(and(eq(reviews.status, "scheduled"), lte(reviews.dueOn, untilDay), visibleClientIds(reviews.clientId, user)))
        .orderBy(asc(reviews.dueOn), asc(reviews.id))
        .limit(SECTION_CAP),
    );
  const cut = sectionCut(due, due.dueOn, due.reviewId, limit);
  const rows = await db()
    .with(due)
    .select({ reviewId: due.reviewId, clientId: due.clientId, clientName: clients.fullName, dueOn: due.dueOn, total: cut.total })
    .from(due)
    .innerJoin(clients, visibleClientOf(due.clientId, user))
    .where(cut.shown)
    .orderBy(asc(due.dueOn), asc(clients.fullName));
  return rows.map((row) => ({ ...row, overdue: row.dueOn < today }));
}

/** Overdue scheduled reviews per counsellor (counsellor id → count) over the clients the user may see. */
export async function countOverdueReviewsByCounsellor(user: SessionUser, today: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!isStaff(user.role)) return out;
  const rows = await db()
    .select({ counsellorId: clients.counsellorId, n: sql<number>`count(*)::int` })
    .from(reviews)
    .innerJoin(clients, eq(clients.id, reviews.clientId))
    .where(and(eq(reviews.status, "scheduled"), lt(reviews.dueOn, today), visibleClients(user)))
    .groupBy(clients.counsellorId);
  for (const row of rows) out.set(row.counsellorId, row.n);
  return out;
}

const reviewColumns = {
  id: reviews.id,
  clientId: reviews.clientId,
  dueOn: reviews.dueOn,
  status: reviews.status,
  source: reviews.source,
  reason: reviews.reason,
  outcome: reviews.outcome,
  completedAt: reviews.completedAt,
  completedByName: users.name,
  statementId: reviews.statementId,
  instalmentsPaid: reviews.instalmentsPaid,
  instalmentsPartlyPaid: reviews.instalmentsPartlyPaid,
  instalmentsMissed: reviews.instalmentsMissed,
  arrearsAmount: reviews.arrearsAmount,
  notes: reviews.notes,
  version: reviews.version,
};

export type ReviewRow = Awaited<ReturnType<typeof listClientReviews>>[number];

/** The client's reviews: the scheduled one first, then the rest newest first. */
export async function listClientReviews(user: SessionUser, clientId: string) {
  if (!isStaff(user.role)) throw new NotFoundError("client");
  await assertClientVisible(user, clientId);
  return db()
    .select(reviewColumns)
    .from(reviews)
    .innerJoin(clients, eq(clients.id, reviews.clientId))
    .leftJoin(users, eq(users.id, reviews.completedById))
    .where(and(eq(reviews.clientId, clientId), visibleClients(user)))
    .orderBy(sql`(${reviews.status} = 'scheduled') desc`, desc(reviews.dueOn), desc(reviews.createdAt))
    .limit(100);
}

/** One review of a visible client; anything else is a 404. */
export async function getReview(user: SessionUser, clientId: string, reviewId: string): Promise<ReviewRow> {
  if (!isStaff(user.role) || !isUuid(reviewId)) throw new NotFoundError("review");
  const [row] = await db()
    .select(reviewColumns)
    .from(reviews)
    .innerJoin(clients, eq(clients.id, reviews.clientId))
    .leftJoin(users, eq(users.id, reviews.completedById))
    .where(and(eq(reviews.id, reviewId), eq(reviews.clientId, clientId), visibleClients(user)))
    .limit(1);
  if (!row) throw new NotFoundError("review");
  return row;
}

