import "server-only";
import { and, eq, gte, isNull, or, sql } from "drizzle-orm";
import { db, type Db } from "@/db/client";
import { agencySettings, clients, repaymentPlans, reviews } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import { DEFAULT_AFTER_AGREEMENT_DAYS, afterPlanAgreed, chosenDate, type ScheduleDecision } from "@/lib/reviews/schedule";
import { instantToAgencyDate } from "@/lib/validation/agency-time";
import type { CancelReviewInput, RescheduleInput, ScheduleInput } from "@/lib/validation/reviews";
import { assertClientVisible, isUuid } from "./access";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError, isUniqueViolation } from "./errors";

type Tx = Pick<Db, "select" | "insert" | "update">;

/** Scheduling by hand found a review already scheduled (the form showed none): nothing was changed. */
export class ReviewAlreadyScheduledError extends ConflictError {
  constructor(readonly dueOn: string) {
    super("scheduled");
    this.name = "ReviewAlreadyScheduledError";
  }
}

/**
 * Whether the client's case is open (not closed), share-locking the client's row for the rest of the
 * transaction: a closing saved meanwhile waits and then cancels what this transaction scheduled, or
 * (if first) is seen here. Take it before locking a review (closing locks the client, then its reviews).
 */
export async function lockOpenCase(tx: Pick<Db, "select">, clientId: string): Promise<boolean> {
  const [row] = await tx.select({ status: clients.status }).from(clients).where(eq(clients.id, clientId)).limit(1).for("share");
  return row !== undefined && row.status !== "closed";
}

/** The client's one scheduled review, locked for the rest of the transaction. */
export async function scheduledReviewFor(tx: Tx, clientId: string) {
  const [row] = await tx
    .select({ id: reviews.id, dueOn: reviews.dueOn, version: reviews.version })
    .from(reviews)
    .where(and(eq(reviews.clientId, clientId), eq(reviews.status, "scheduled")))
    .limit(1)
    .for("update");
  return row ?? null;
}

/** Writes what the schedule rules decided, with an audit row (`because` joins its details); "keep" writes nothing. */
export async function applyDecision(
  tx: Tx,
  actorId: string | null,
  clientId: string,
  decision: ScheduleDecision,
  reason: string | null,
  previousDueOn: string | null = null,
  because: Record<string, unknown> = {},
): Promise<{ reviewId: string; dueOn: string; changed: boolean }> {
  if (decision.action === "keep") return { reviewId: decision.reviewId, dueOn: decision.dueOn, changed: false };
  if (decision.action === "move") {
    await tx
      .update(reviews)
      .set({ dueOn: decision.dueOn, source: decision.source, reason, updatedAt: new Date(), version: sql`${reviews.version} + 1` })
      .where(eq(reviews.id, decision.reviewId));
    await writeAudit({ actorId, action: "review.rescheduled", entityType: "review", entityId: decision.reviewId, clientId, details: { from: previousDueOn, to: decision.dueOn, source: decision.source, reason, ...because } }, tx);
    return { reviewId: decision.reviewId, dueOn: decision.dueOn, changed: true };
  }
  const [row] = await tx
    .insert(reviews)
    .values({ clientId, dueOn: decision.dueOn, source: decision.source, reason, createdById: actorId })
    .returning({ id: reviews.id });
  if (!row) throw new Error("insert returned no row");
  await writeAudit({ actorId, action: "review.scheduled", entityType: "review", entityId: row.id, clientId, details: { dueOn: decision.dueOn, source: decision.source, reason, ...because } }, tx);
  return { reviewId: row.id, dueOn: decision.dueOn, changed: true };
}

/**
 * Cancels the client's scheduled review (only `reviewId`, when given), each with a "review.cancelled"
 * audit row carrying `details` (the counsellor's reason, or what cancelled it: { because: "client.closed" }).
 * Case closure and the counsellor's "cancel review" both end a review this way.
 */
export async function cancelScheduledReviews(tx: Tx, actorId: string | null, clientId: string, details: Record<string, unknown>, reviewId?: string): Promise<number> {
  const cancelled = await tx
    .update(reviews)
    .set({ status: "cancelled", updatedAt: new Date(), version: sql`${reviews.version} + 1` })
    .where(and(eq(reviews.clientId, clientId), eq(reviews.status, "scheduled"), reviewId ? eq(reviews.id, reviewId) : undefined))
    .returning({ id: reviews.id, dueOn: reviews.dueOn });
  for (const review of cancelled) {
    await writeAudit({ actorId, action: "review.cancelled", entityType: "review", entityId: review.id, clientId, details: { dueOn: review.dueOn, ...details } }, tx);
  }
  return cancelled.length;
}

/**
 * The agency's day and first-review interval, read through the transaction: on the embedded database
 * a query on another connection would wait for this transaction to end, and it never would.
 */
async function scheduleSettings(tx: Pick<Db, "select">): Promise<{ today: string; afterDays: number }> {
  const [settings] = await tx
    .select({ timeZone: agencySettings.timeZone, days: agencySettings.reviewAfterAgreementDays })
    .from(agencySettings)
    .where(eq(agencySettings.id, 1))
    .limit(1);
  return { today: instantToAgencyDate(new Date(), settings?.timeZone ?? "Asia/Shanghai"), afterDays: settings?.days ?? DEFAULT_AFTER_AGREEMENT_DAYS };
}

/**
 * Called inside createPlan's transaction: the first review falls N days (agency setting) after today.
 * A closed case gets none (closing cancelled its review; nothing would ever take a new one off the lists).
 */
export async function scheduleAfterPlanAgreed(tx: Tx, user: SessionUser, clientId: string): Promise<void> {
  if (!(await lockOpenCase(tx, clientId))) return;
  const { today, afterDays } = await scheduleSettings(tx);
  const existing = await scheduledReviewFor(tx, clientId);
  await applyDecision(tx, user.id, clientId, afterPlanAgreed(existing, today, afterDays), null, existing?.dueOn ?? null);
}

/**
 * Called inside the reopening's transaction (lib/dal/clients.ts): closing cancelled the case's review,
 * so a reopened case with a plan still running gets one as if the plan had just been agreed — N days
 * from today unless an earlier one stands — audited with `because: "client.reopened"`. A case with no
 * running plan has nothing to follow up yet; its next agreement schedules one. A pause plan past its
 * date has ended (it is marked completed only when the plans are next read).
 */
export async function scheduleAfterReopening(tx: Tx, actorId: string, clientId: string): Promise<void> {
  const { today, afterDays } = await scheduleSettings(tx);
  const [running] = await tx
    .select({ id: repaymentPlans.id })
    .from(repaymentPlans)
    .where(
      and(
        eq(repaymentPlans.clientId, clientId),
        eq(repaymentPlans.status, "active"),
        or(eq(repaymentPlans.kind, "instalments"), isNull(repaymentPlans.pauseUntil), gte(repaymentPlans.pauseUntil, today)),
      ),
    )
    .limit(1);
  if (!running) return;
  const existing = await scheduledReviewFor(tx, clientId);
  await applyDecision(tx, actorId, clientId, afterPlanAgreed(existing, today, afterDays), null, existing?.dueOn ?? null, { because: "client.reopened" });
}

async function inTransaction<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db().transaction(run);
  } catch (error) {
    // Someone else scheduled one for this client at the same moment (one scheduled per client).
    if (isUniqueViolation(error)) throw new ConflictError("version");
    throw error;
  }
}

/** Moves the scheduled review to another date; the reason is required and the version must match. */
export async function rescheduleReview(user: SessionUser, clientId: string, input: RescheduleInput): Promise<void> {
  if (!isStaff(user.role) || !isUuid(input.reviewId)) throw new NotFoundError("review");
  await inTransaction(async (tx) => {
    await assertClientVisible(user, clientId, tx);
    if (!(await lockOpenCase(tx, clientId))) throw new ConflictError("closed");
    const existing = await scheduledReviewFor(tx, clientId);
    if (!existing || existing.id !== input.reviewId) throw new NotFoundError("review");
    if (existing.version !== input.version) throw new ConflictError("version");
    const decision = chosenDate(existing, input.dueOn, "manual");
    if (decision.action === "keep") return;
    await applyDecision(tx, user.id, clientId, decision, input.reason, existing.dueOn);
  });
}

/**
 * Schedules a review by hand where none stands (audited). One scheduled meanwhile is not moved: the
 * counsellor had not seen it (it may be a review a client's change report brought forward), so the
 * answer is ReviewAlreadyScheduledError and they move it, if they still want to, knowingly. A closed
 * case is refused (ConflictError "closed").
 */
export async function scheduleReview(user: SessionUser, clientId: string, input: ScheduleInput): Promise<{ reviewId: string }> {
  if (!isStaff(user.role)) throw new NotFoundError("client");
  return inTransaction(async (tx) => {
    await assertClientVisible(user, clientId, tx);
    if (!(await lockOpenCase(tx, clientId))) throw new ConflictError("closed");
    const existing = await scheduledReviewFor(tx, clientId);
    if (existing) throw new ReviewAlreadyScheduledError(existing.dueOn);
    const result = await applyDecision(tx, user.id, clientId, chosenDate(null, input.dueOn, "manual"), input.reason);
    return { reviewId: result.reviewId };
  });
}

/**
 * Cancels the scheduled review with the counsellor's reason (audited): the version must be the one the
 * page showed. Allowed on a closed case too, where a review left scheduled could otherwise never leave.
 */
export async function cancelReview(user: SessionUser, clientId: string, input: CancelReviewInput): Promise<void> {
  if (!isStaff(user.role) || !isUuid(input.reviewId)) throw new NotFoundError("review");
  await inTransaction(async (tx) => {
    await assertClientVisible(user, clientId, tx);
    await lockOpenCase(tx, clientId);
    const [row] = await tx
      .select({ status: reviews.status, version: reviews.version })
      .from(reviews)
      .where(and(eq(reviews.id, input.reviewId), eq(reviews.clientId, clientId)))
      .limit(1)
      .for("update");
    if (!row) throw new NotFoundError("review");
    if (row.status !== "scheduled" || row.version !== input.version) throw new ConflictError("version");
    await cancelScheduledReviews(tx, user.id, clientId, { reason: input.reason }, input.reviewId);
  });
}
