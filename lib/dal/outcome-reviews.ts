import "server-only";
import { and, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type Db } from "@/db/client";
import { clients, creditors, debts, outcomeReviews as OR, repaymentPlans, users, type OutcomeReviewSubject } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import type { ResolveInput, SignOffInput } from "@/lib/validation/outcome-reviews";
import { assertClientVisible, visibleClients } from "./access";
import { writeAudit } from "./audit";
import { assertCanReassign } from "./client-access";
import { ConflictError, NotFoundError } from "./errors";
import { notify } from "./notifications";

const reviewer = alias(users, "reviewer");
const counsellor = alias(users, "counsellor");
const resolver = alias(users, "resolver");

/**
 * No approved review and no open correction for this plan / this closure: it waits for sign-off.
 * A closure review covers only the closure it was made for: one made before the case was last closed
 * belongs to an earlier closure (reopening clears closed_at, closing again sets it anew). Cases closed
 * with no closed_at (data from before it was recorded) keep the old rule: any review covers them.
 */
const planAwaiting = sql`NOT EXISTS (SELECT 1 FROM outcome_reviews r WHERE r.plan_id = ${repaymentPlans.id}
  AND (r.decision = 'approved' OR r.resolved_at IS NULL))`;
const closureAwaiting = sql`NOT EXISTS (SELECT 1 FROM outcome_reviews r WHERE r.client_id = ${clients.id} AND r.subject = 'closure'
  AND (${clients.closedAt} IS NULL OR r.created_at >= ${clients.closedAt})
  AND (r.decision = 'approved' OR r.resolved_at IS NULL))`;

const SHOWN = 100;

/** Agreed plans and closed cases in the supervisor's scope that no one has signed off yet, oldest first, up to SHOWN of each. */
export async function listAwaitingSignOff(user: SessionUser) {
  assertCanReassign(user);
  const [plans, closures] = await Promise.all([
    db()
      .select({
        planId: repaymentPlans.id,
        clientId: clients.id,
        clientName: clients.fullName,
        reference: clients.reference,
        counsellorName: users.name,
        creditorNameEn: creditors.nameEn,
        creditorNameZh: creditors.nameZh,
        kind: repaymentPlans.kind,
        months: repaymentPlans.months,
        instalmentAmount: repaymentPlans.instalmentAmount,
        totalAmount: repaymentPlans.totalAmount,
        currency: repaymentPlans.currency,
        pauseUntil: repaymentPlans.pauseUntil,
        startDate: repaymentPlans.startDate,
        createdAt: repaymentPlans.createdAt,
      })
      .from(repaymentPlans)
      .innerJoin(clients, eq(clients.id, repaymentPlans.clientId))
      .innerJoin(users, eq(users.id, clients.counsellorId))
      .innerJoin(debts, eq(debts.id, repaymentPlans.debtId))
      .innerJoin(creditors, eq(creditors.id, debts.creditorId))
      // A plan ended early no longer stands as an agreement to sign off (its replacement, if any, will).
      .where(and(visibleClients(user), planAwaiting, ne(repaymentPlans.status, "ended")))
      .orderBy(repaymentPlans.createdAt)
      .limit(SHOWN + 1),
    db()
      .select({ clientId: clients.id, clientName: clients.fullName, reference: clients.reference, counsellorName: users.name, closureReason: clients.closureReason, closedAt: clients.closedAt })
      .from(clients)
      .innerJoin(users, eq(users.id, clients.counsellorId))
      .where(and(visibleClients(user), eq(clients.status, "closed"), closureAwaiting))
      .orderBy(clients.closedAt)
      .limit(SHOWN + 1),
  ]);
  // One more than shown tells the page there are more waiting than it lists (oldest first).
  return { plans: plans.slice(0, SHOWN), closures: closures.slice(0, SHOWN), morePlans: plans.length > SHOWN, moreClosures: closures.length > SHOWN };
}

/**
 * Signs off a plan or a closure. "needs_correction" notifies the client's counsellor and stays on
 * their dashboard until resolved. One decision at a time: a second sign-off while one stands (approved,
 * or a correction still open) is a conflict.
 */
export async function signOff(user: SessionUser, input: SignOffInput): Promise<{ id: string }> {
  assertCanReassign(user);
  return db().transaction(async (tx) => {
    await assertClientVisible(user, input.clientId, tx);
    const [client] = await tx.select({ counsellorId: clients.counsellorId, status: clients.status, name: clients.fullName }).from(clients).where(eq(clients.id, input.clientId)).for("update");
    if (!client) throw new NotFoundError("client");
    if (input.subject === "plan") {
      const [plan] = await tx
        .select({ id: repaymentPlans.id })
        .from(repaymentPlans)
        .where(and(eq(repaymentPlans.id, input.planId!), eq(repaymentPlans.clientId, input.clientId), planAwaiting));
      if (!plan) {
        const [exists] = await tx.select({ id: repaymentPlans.id }).from(repaymentPlans).where(and(eq(repaymentPlans.id, input.planId!), eq(repaymentPlans.clientId, input.clientId)));
        throw exists ? new ConflictError("signedOff") : new NotFoundError("plan");
      }
    } else {
      if (client.status !== "closed") throw new ConflictError("notClosed");
      const [open] = await tx.select({ id: clients.id }).from(clients).where(and(eq(clients.id, input.clientId), closureAwaiting));
      if (!open) throw new ConflictError("signedOff");
    }
    const comment = input.comment || null;
    // closed_at is stamped by the app's clock, created_at by the database's: a skew between them must
    // not date this review before the closure it decides, or it would not cover it.
    const createdAt = input.subject === "closure" ? sql`greatest(now(), (SELECT closed_at FROM clients WHERE id = ${input.clientId}))` : undefined;
    const [row] = await tx
      .insert(OR)
      .values({ clientId: input.clientId, subject: input.subject, planId: input.planId, decision: input.decision, comment, reviewerId: user.id, counsellorId: client.counsellorId, createdAt })
      .returning({ id: OR.id });
    if (!row) throw new Error("insert returned no row");
    await writeAudit(
      { actorId: user.id, action: `outcome_review.${input.decision}`, entityType: "outcome_review", entityId: row.id, clientId: input.clientId, details: { subject: input.subject, planId: input.planId, comment } },
      tx,
    );
    if (input.decision === "needs_correction") await notifyCorrection(tx, client.counsellorId, { id: row.id, clientId: input.clientId, clientName: client.name, subject: input.subject });
    return row;
  });
}

type Executor = Pick<Db, "select" | "insert">;

/** Tells a counsellor that a review of their client needs correcting; once per review and person. */
async function notifyCorrection(tx: Executor, userId: string, review: { id: string; clientId: string; clientName: string; subject: OutcomeReviewSubject }): Promise<void> {
  await notify(tx, {
    userId,
    kind: "outcome_feedback",
    clientId: review.clientId,
    // The comment and the form to answer it are on the dashboard's corrections card.
    link: "/dashboard#corrections",
    params: { client: review.clientName },
    dedupeKey: `outcome_review:${review.id}`,
  });
}

/**
 * Hands the corrections still open on these clients to the counsellor who now holds them (called in
 * the assignment's transaction): the correction is theirs to resolve, so they get the same notice.
 */
export async function notifyOpenCorrections(tx: Executor, clientIds: string[], counsellorId: string): Promise<void> {
  if (clientIds.length === 0) return;
  const open = await tx
    .select({ id: OR.id, clientId: OR.clientId, clientName: clients.fullName, subject: OR.subject })
    .from(OR)
    .innerJoin(clients, eq(clients.id, OR.clientId))
    .where(and(inArray(OR.clientId, clientIds), eq(OR.decision, "needs_correction"), isNull(OR.resolvedAt)));
  for (const review of open) await notifyCorrection(tx, counsellorId, review);
}

const correctionColumns = {
  id: OR.id,
  clientId: OR.clientId,
  clientName: clients.fullName,
  subject: OR.subject,
  planId: OR.planId,
  comment: OR.comment,
  createdAt: OR.createdAt,
  reviewerName: reviewer.name,
  counsellorName: counsellor.name,
  resolvedAt: OR.resolvedAt,
  resolutionNote: OR.resolutionNote,
};

/**
 * Corrections still open, for the dashboard card, on the clients the user may see: a counsellor's are
 * those on their own cases, including ones addressed to a counsellor who held the case before
 * (`counsellorName` is whom it was addressed to); a supervisor's or admin's, those in their scope.
 */
export async function listOpenCorrections(user: SessionUser) {
  if (!isStaff(user.role)) return [];
  return db()
    .select(correctionColumns)
    .from(OR)
    .innerJoin(clients, eq(clients.id, OR.clientId))
    .innerJoin(reviewer, eq(reviewer.id, OR.reviewerId))
    .innerJoin(counsellor, eq(counsellor.id, OR.counsellorId))
    .where(and(visibleClients(user), eq(OR.decision, "needs_correction"), isNull(OR.resolvedAt)))
    .orderBy(OR.createdAt)
    .limit(50);
}

/** Recent items sent back, open and resolved, so the supervisor sees how each was answered. */
export async function listSentBack(user: SessionUser) {
  assertCanReassign(user);
  return db()
    .select({ ...correctionColumns, resolvedByName: resolver.name })
    .from(OR)
    .innerJoin(clients, eq(clients.id, OR.clientId))
    .innerJoin(reviewer, eq(reviewer.id, OR.reviewerId))
    .innerJoin(counsellor, eq(counsellor.id, OR.counsellorId))
    // Who answered it: the counsellor it was sent to, a colleague who took the case over, or a supervisor.
    .leftJoin(resolver, eq(resolver.id, OR.resolvedById))
    .where(and(visibleClients(user), eq(OR.decision, "needs_correction")))
    .orderBy(desc(OR.createdAt))
    .limit(50);
}

/** The counsellor (or anyone who may see the client) marks a correction done, with a note. */
export async function resolveCorrection(user: SessionUser, input: ResolveInput): Promise<void> {
  if (!isStaff(user.role)) throw new NotFoundError("review");
  await db().transaction(async (tx) => {
    const [review] = await tx
      .select({ id: OR.id, clientId: OR.clientId, resolvedAt: OR.resolvedAt })
      .from(OR)
      .innerJoin(clients, eq(clients.id, OR.clientId))
      .where(and(eq(OR.id, input.reviewId), eq(OR.decision, "needs_correction"), visibleClients(user)))
      .for("update");
    if (!review) throw new NotFoundError("review");
    if (review.resolvedAt) throw new ConflictError("resolved");
    await tx
      .update(OR)
      .set({ resolvedAt: new Date(), resolvedById: user.id, resolutionNote: input.note, version: sql`${OR.version} + 1` })
      .where(eq(OR.id, review.id));
    await writeAudit({ actorId: user.id, action: "outcome_review.resolved", entityType: "outcome_review", entityId: review.id, clientId: review.clientId, details: { note: input.note } }, tx);
  });
}
