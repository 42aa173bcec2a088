import "server-only";
import { SECTION_CAP } from "@/lib/dashboard/sections";
import { and, asc, desc, eq, lt, lte, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog, clients, reviews, users } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import { assertClientVisible, isUuid, openClientIds, visibleClientOf, visibleClients } from "./access";
import { NotFoundError } from "./errors";
import { sectionCut } from "./section-cut";

/** `total`: how many due reviews there are in all (up to SECTION_CAP), the same on every row. */
export type DueReview = { reviewId: string; clientId: string; clientName: string; dueOn: string; overdue: boolean; total: number };

/**
 * Scheduled reviews of the open cases the user may see, due on or before `untilDay`, overdue first
 * (oldest first). `today` and `untilDay` are agency calendar dates (yyyy-mm-dd). `limit`: the rows
 * a collapsed dashboard section shows (see `sectionCut`). A closed case's review (closing cancels it;
 * one left from before is cancelled on the reviews page) is no work for anyone.
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
        .where(and(eq(reviews.status, "scheduled"), lte(reviews.dueOn, untilDay), openClientIds(reviews.clientId, user)))
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

/** Overdue scheduled reviews per counsellor (counsellor id → count) over the open cases the user may see. */
export async function countOverdueReviewsByCounsellor(user: SessionUser, today: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!isStaff(user.role)) return out;
  const rows = await db()
    .select({ counsellorId: clients.counsellorId, n: sql<number>`count(*)::int` })
    .from(reviews)
    .innerJoin(clients, eq(clients.id, reviews.clientId))
    .where(and(eq(reviews.status, "scheduled"), lt(reviews.dueOn, today), visibleClients(user), ne(clients.status, "closed")))
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


export type ReviewCancellation = { at: Date; byName: string | null; reason: string | null; because: string | null };

/**
 * Who cancelled a review, when and why, from its "review.cancelled" audit entry: the counsellor's
 * reason, or `because` what cancelled it ("client.closed"). Null when none is recorded.
 */
export async function getReviewCancellation(user: SessionUser, clientId: string, reviewId: string): Promise<ReviewCancellation | null> {
  if (!isStaff(user.role) || !isUuid(reviewId)) throw new NotFoundError("review");
  await assertClientVisible(user, clientId);
  const [row] = await db()
    .select({ at: auditLog.at, byName: users.name, details: auditLog.details })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.clientId, clientId), eq(auditLog.entityType, "review"), eq(auditLog.entityId, reviewId), eq(auditLog.action, "review.cancelled")))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(1);
  if (!row) return null;
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);
  return { at: row.at, byName: row.byName, reason: text(row.details?.reason), because: text(row.details?.because) };
}
