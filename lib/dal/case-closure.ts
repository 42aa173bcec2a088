import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { documentRequests, invitations } from "@/db/schema";
import { writeAudit } from "./audit";
import { cancelScheduledReviews } from "./review-schedule";

export type ClosedWork = { reviewsCancelled: number; requestsCancelled: number; invitationsRevoked: number };

/**
 * Closing a case ends the work that was waiting on it, in the closing transaction, each with an audit
 * row: the scheduled follow-up review is cancelled, open document requests are withdrawn and portal
 * invitations not yet used stop working. Otherwise a closed case would stay on the dashboards, in the
 * daily reminders and in the supervisor's overdue counts for ever (a review can only be completed by
 * scheduling the next one). The case's open next actions leave the dashboard with it (migration 0017);
 * reopening brings those back, and schedules a review when a plan is still running
 * (scheduleAfterReopening); nothing can be scheduled on the case while it is closed.
 */
export async function closeOpenWork(tx: Transaction, actorId: string, clientId: string): Promise<ClosedWork> {
  const now = new Date();
  const because = { because: "client.closed" };
  const reviewsCancelled = await cancelScheduledReviews(tx, actorId, clientId, because);
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
  for (const request of cancelledRequests) {
    await writeAudit({ actorId, action: "document_request.cancelled", entityType: "document_request", entityId: request.id, clientId, details: { title: request.title, ...because } }, tx);
  }
  for (const invitation of revoked) {
    await writeAudit({ actorId, action: "client.invitation_revoked", entityType: "invitation", entityId: invitation.id, clientId, details: { email: invitation.email, ...because } }, tx);
  }
  return { reviewsCancelled, requestsCancelled: cancelledRequests.length, invitationsRevoked: revoked.length };
}
