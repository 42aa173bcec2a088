import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { documentRequests, invitations, reviews } from "@/db/schema";
import { writeAudit } from "./audit";

export type ClosedWork = { reviewsCancelled: number; requestsCancelled: number; invitationsRevoked: number };

/**
 * Closing a case ends the work that was waiting on it, in the closing transaction, each with an audit
 * row: the scheduled follow-up review is cancelled, open document requests are withdrawn and portal
 * invitations not yet used stop working. Otherwise a closed case would stay on the dashboards, in the
 * daily reminders and in the supervisor's overdue counts for ever (a review can only be completed by
 * scheduling the next one). The case's open next actions leave the dashboard with it (migration 0017);
 * reopening brings those back, and a review is then scheduled as for any case.
 */
export async function closeOpenWork(tx: Transaction, actorId: string, clientId: string): Promise<ClosedWork> {
  const now = new Date();
  const cancelledReviews = await tx
    .update(reviews)
    .set({ status: "cancelled", updatedAt: now, version: sql`${reviews.version} + 1` })
    .where(and(eq(reviews.clientId, clientId), eq(reviews.status, "scheduled")))
    .returning({ id: reviews.id, dueOn: reviews.dueOn });
  const cancelledRequests = await tx
    .update(documentRequests)
    .set({ status: "cancelled", cancelledAt: now, cancelledById: actorId })
    .where(and(eq(documentRequests.clientId, clientId), eq(documentRequests.status, "open")))
    .returning({ id: documentRequests.id, title: documentRequests.title });
  const revoked = await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.clientId, clientId), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id, email: invitations.email });
  const because = { because: "client.closed" };
  for (const review of cancelledReviews) {
    await writeAudit({ actorId, action: "review.cancelled", entityType: "review", entityId: review.id, clientId, details: { dueOn: review.dueOn, ...because } }, tx);
  }
  for (const request of cancelledRequests) {
    await writeAudit({ actorId, action: "document_request.cancelled", entityType: "document_request", entityId: request.id, clientId, details: { title: request.title, ...because } }, tx);
  }
  for (const invitation of revoked) {
    await writeAudit({ actorId, action: "client.invitation_revoked", entityType: "invitation", entityId: invitation.id, clientId, details: { email: invitation.email, ...because } }, tx);
  }
  return { reviewsCancelled: cancelledReviews.length, requestsCancelled: cancelledRequests.length, invitationsRevoked: revoked.length };
}
