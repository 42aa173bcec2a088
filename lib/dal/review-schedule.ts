import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, type Db } from "@/db/client";
import { agencySettings, reviews, type ReviewSource } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import { DEFAULT_AFTER_AGREEMENT_DAYS, afterPlanAgreed, chosenDate, type ScheduleDecision } from "@/lib/reviews/schedule";
import { instantToAgencyDate } from "@/lib/validation/agency-time";
import type { RescheduleInput, ScheduleInput } from "@/lib/validation/reviews";
import { assertClientVisible, isUuid } from "./access";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError, isUniqueViolation } from "./errors";

type Tx = Pick<Db, "select" | "insert" | "update">;

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

/** Writes what the schedule rules decided, with an audit row; "keep" writes nothing. */
export async function applyDecision(tx: Tx, actorId: string | null, clientId: string, decision: ScheduleDecision, reason: string | null, previousDueOn: string | null = null): Promise<{ reviewId: string; dueOn: string; changed: boolean }> {
  if (decision.action === "keep") return { reviewId: decision.reviewId, dueOn: decision.dueOn, changed: false };
  if (decision.action === "move") {
    await tx
      .update(reviews)
      .set({ dueOn: decision.dueOn, source: decision.source, reason, updatedAt: new Date(), version: sql`${reviews.version} + 1` })
      .where(eq(reviews.id, decision.reviewId));
    await writeAudit({ actorId, action: "review.rescheduled", entityType: "review", entityId: decision.reviewId, clientId, details: { from: previousDueOn, to: decision.dueOn, source: decision.source, reason } }, tx);
    return { reviewId: decision.reviewId, dueOn: decision.dueOn, changed: true };
  }
  const [row] = await tx
    .insert(reviews)
    .values({ clientId, dueOn: decision.dueOn, source: decision.source, reason, createdById: actorId })
    .returning({ id: reviews.id });
  if (!row) throw new Error("insert returned no row");
  await writeAudit({ actorId, action: "review.scheduled", entityType: "review", entityId: row.id, clientId, details: { dueOn: decision.dueOn, source: decision.source, reason } }, tx);
  return { reviewId: row.id, dueOn: decision.dueOn, changed: true };
}

/**
 * Called inside createPlan's transaction: the first review falls N days (agency setting) after today.
 * Settings are read through the transaction: on the embedded database a query on another
 * connection would wait for this transaction to end, and it never would.
 */
export async function scheduleAfterPlanAgreed(tx: Tx, user: SessionUser, clientId: string): Promise<void> {
  const [settings] = await tx
    .select({ timeZone: agencySettings.timeZone, days: agencySettings.reviewAfterAgreementDays })
    .from(agencySettings)
    .where(eq(agencySettings.id, 1))
    .limit(1);
  const today = instantToAgencyDate(new Date(), settings?.timeZone ?? "Asia/Shanghai");
  const reviewAfterAgreementDays = settings?.days ?? DEFAULT_AFTER_AGREEMENT_DAYS;
  const existing = await scheduledReviewFor(tx, clientId);
  await applyDecision(tx, user.id, clientId, afterPlanAgreed(existing, today, reviewAfterAgreementDays), null, existing?.dueOn ?? null);
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
    const existing = await scheduledReviewFor(tx, clientId);
    if (!existing || existing.id !== input.reviewId) throw new NotFoundError("review");
    if (existing.version !== input.version) throw new ConflictError("version");
    const decision = chosenDate(existing, input.dueOn, "manual");
    if (decision.action === "keep") return;
    await applyDecision(tx, user.id, clientId, decision, input.reason, existing.dueOn);
  });
}

/** Schedules a review by hand; one already scheduled is moved to the chosen date instead (audited). */
export async function scheduleReview(user: SessionUser, clientId: string, input: ScheduleInput, source: ReviewSource = "manual"): Promise<{ reviewId: string }> {
  if (!isStaff(user.role)) throw new NotFoundError("client");
  return inTransaction(async (tx) => {
    await assertClientVisible(user, clientId, tx);
    const existing = await scheduledReviewFor(tx, clientId);
    const result = await applyDecision(tx, user.id, clientId, chosenDate(existing, input.dueOn, source), input.reason, existing?.dueOn ?? null);
    return { reviewId: result.reviewId };
  });
}
