import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db, type Db } from "@/db/client";
import { instalments, repaymentPlans, reviews, type ReviewSource, type ReviewStatus } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import { budgetTotals } from "@/lib/finance/budget";
import { arrearsIn, planAdherenceSummary, type Adherence } from "@/lib/reviews/adherence";
import { chosenDate } from "@/lib/reviews/schedule";
import type { StatementInput } from "@/lib/validation/budgets";
import type { CompletionInput } from "@/lib/validation/reviews";
import { assertClientVisible, isUuid } from "./access";
import { writeAudit } from "./audit";
import { insertStatement } from "./budgets";
import { agencyToday } from "./debts";
import { ConflictError, NotFoundError, isUniqueViolation } from "./errors";
import { applyDecision, lockOpenCase } from "./review-schedule";

type Reader = Pick<Db, "select">;

/** Adherence over the client's plans as of `today`; the caller has checked the client is visible. */
export async function adherenceFor(executor: Reader, clientId: string, today: string): Promise<Adherence> {
  const plans = await executor
    .select({ id: repaymentPlans.id, debtId: repaymentPlans.debtId, currency: repaymentPlans.currency, kind: repaymentPlans.kind, endedOn: repaymentPlans.endedOn })
    .from(repaymentPlans)
    .where(eq(repaymentPlans.clientId, clientId));
  const rows = plans.length
    ? await executor
        .select({ planId: instalments.planId, dueDate: instalments.dueDate, amountDue: instalments.amountDue, amountPaid: instalments.amountPaid, status: instalments.status })
        .from(instalments)
        .where(inArray(instalments.planId, plans.map((p) => p.id)))
        .orderBy(asc(instalments.number))
    : [];
  return planAdherenceSummary(
    plans.map((p) => ({ ...p, instalments: rows.filter((r) => r.planId === p.id) })),
    today,
  );
}

/** The live adherence summary for the review form. */
export async function getAdherence(user: SessionUser, clientId: string): Promise<Adherence> {
  if (!isStaff(user.role)) throw new NotFoundError("client");
  await assertClientVisible(user, clientId);
  return adherenceFor(db(), clientId, await agencyToday());
}

/** What a review is now, when it changed since the completion form read it. */
export type ReviewNow = { status: ReviewStatus; dueOn: string; source: ReviewSource; reason: string | null; version: number };

/**
 * The review changed since the form read it (`current`: what it is now); nothing was saved. Still
 * scheduled means it was moved (a colleague, or a client's change report bringing it forward):
 * completing with `current.version` goes ahead. Completed or cancelled, it cannot be completed.
 */
export class ReviewChangedError extends ConflictError {
  constructor(readonly current: ReviewNow) {
    super("version");
    this.name = "ReviewChangedError";
  }
}

/**
 * Completes a scheduled review in one transaction: the fresh statement, the review with its
 * outcome and adherence snapshot, the next review scheduled, and an audit row for each.
 *
 * A review moved meanwhile is refused once (ReviewChangedError with its new version), not completed
 * silently and not blocked for good: its date alone would not change what the counsellor recorded,
 * but what moved it may (a client reporting a lost job brings it forward), so the counsellor is told
 * before the statement is saved; submitting again with the version returned completes it, and the
 * form keeps everything typed. A closed case is refused (ConflictError "closed"): completing schedules
 * the next review, and a closed case takes none; its leftover review is cancelled instead.
 */
export async function completeReview(
  user: SessionUser,
  clientId: string,
  reviewId: string,
  review: CompletionInput,
  statement: StatementInput,
): Promise<{ statementId: string; nextReviewId: string }> {
  if (!isStaff(user.role) || !isUuid(reviewId)) throw new NotFoundError("review");
  const today = await agencyToday();
  try {
    return await db().transaction(async (tx) => {
      await assertClientVisible(user, clientId, tx);
      const open = await lockOpenCase(tx, clientId);
      const [row] = await tx
        .select({ id: reviews.id, status: reviews.status, version: reviews.version, dueOn: reviews.dueOn, source: reviews.source, reason: reviews.reason })
        .from(reviews)
        .where(and(eq(reviews.id, reviewId), eq(reviews.clientId, clientId)))
        .limit(1)
        .for("update");
      if (!row) throw new NotFoundError("review");
      if (row.status !== "scheduled" || row.version !== review.version) throw new ReviewChangedError({ status: row.status, dueOn: row.dueOn, source: row.source, reason: row.reason, version: row.version });
      if (!open) throw new ConflictError("closed");
      const saved = await insertStatement(tx, user, clientId, statement);
      const adherence = await adherenceFor(tx, clientId, today);
      await tx
        .update(reviews)
        .set({
          status: "completed",
          completedAt: new Date(),
          completedById: user.id,
          outcome: review.outcome,
          notes: review.reviewNotes,
          statementId: saved.id,
          instalmentsPaid: adherence.paid,
          instalmentsPartlyPaid: adherence.partlyPaid,
          instalmentsMissed: adherence.missed,
          arrearsAmount: arrearsIn(adherence, statement.currency),
          updatedAt: new Date(),
          version: sql`${reviews.version} + 1`,
        })
        .where(eq(reviews.id, row.id));
      await writeAudit(
        {
          actorId: user.id,
          action: "review.completed",
          entityType: "review",
          entityId: row.id,
          clientId,
          details: { outcome: review.outcome, statementId: saved.id, dueOn: row.dueOn, nextDueOn: review.nextDueOn, ...budgetTotals(statement.lines), missed: adherence.missed },
        },
        tx,
      );
      const next = await applyDecision(tx, user.id, clientId, chosenDate(null, review.nextDueOn, "after_review"), null);
      return { statementId: saved.id, nextReviewId: next.reviewId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("version");
    throw error;
  }
}
