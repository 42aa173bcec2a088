import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { changeReports, clients } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import { afterChangeReported } from "@/lib/reviews/schedule";
import type { ChangeReportInput } from "@/lib/validation/reviews";
import { assertClientVisible, isUuid, visibleClients } from "./access";
import { writeAudit } from "./audit";
import { agencyToday } from "./debts";
import { ConflictError, NotFoundError, isUniqueViolation } from "./errors";
import { notify } from "./notifications";
import { clientNoticeRecipients } from "./notify-events";
import { applyDecision, scheduledReviewFor } from "./review-schedule";

/**
 * The signed-in client reports a change of circumstances: the report is stored, a review within a
 * week is proposed (an earlier scheduled one is kept), and the counsellor is notified (their supervisor
 * while they are deactivated: clientNoticeRecipients) — one transaction. On a closed case the report is
 * stored and the notice sent, but no review is scheduled (`reviewDueOn` null): nothing would ever take
 * it off the dashboards, and reopening the case is the counsellor's decision.
 */
export async function reportChange(user: SessionUser, input: ChangeReportInput): Promise<{ reportId: string; reviewDueOn: string | null }> {
  if (user.role !== "client") throw new NotFoundError("client");
  const today = await agencyToday();
  try {
    return await db().transaction(async (tx) => {
      const [client] = await tx
        .select({ id: clients.id, name: clients.fullName, status: clients.status })
        .from(clients)
        .where(and(visibleClients(user), eq(clients.portalUserId, user.id)))
        .limit(1)
        // A closing saved meanwhile waits for this report (and then cancels its review), or is seen.
        .for("share");
      if (!client) throw new NotFoundError("client");
      const closed = client.status === "closed";
      const [report] = await tx
        .insert(changeReports)
        .values({ clientId: client.id, kind: input.kind, details: input.details, reportedById: user.id })
        .returning({ id: changeReports.id });
      if (!report) throw new Error("insert returned no row");
      await writeAudit({ actorId: user.id, action: "change.reported", entityType: "change_report", entityId: report.id, clientId: client.id, details: { kind: input.kind, ...(closed ? { caseClosed: true } : {}) } }, tx);
      const existing = closed ? null : await scheduledReviewFor(tx, client.id);
      const review = closed ? null : await applyDecision(tx, user.id, client.id, afterChangeReported(existing, today), null, existing?.dueOn ?? null);
      const recipients = await clientNoticeRecipients(tx, client.id);
      for (const userId of recipients?.userIds ?? []) await notify(tx, {
        userId,
        kind: "change_reported",
        clientId: client.id,
        link: `/clients/${client.id}/reviews`,
        params: { client: client.name, change: input.kind, ...(review ? { date: review.dueOn } : {}) },
        dedupeKey: `change_reported:${report.id}`,
      });
      return { reportId: report.id, reviewDueOn: review?.dueOn ?? null };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("review");
    throw error;
  }
}

const columns = {
  id: changeReports.id,
  kind: changeReports.kind,
  details: changeReports.details,
  createdAt: changeReports.createdAt,
  acknowledgedAt: changeReports.acknowledgedAt,
};

/** The client's reports, unacknowledged first, newest first. */
export async function listChangeReports(user: SessionUser, clientId: string) {
  if (!isStaff(user.role)) throw new NotFoundError("client");
  await assertClientVisible(user, clientId);
  return db()
    .select(columns)
    .from(changeReports)
    .innerJoin(clients, eq(clients.id, changeReports.clientId))
    .where(and(eq(changeReports.clientId, clientId), visibleClients(user)))
    .orderBy(desc(isNull(changeReports.acknowledgedAt)), desc(changeReports.createdAt))
    .limit(50);
}

/** What the signed-in client has reported, newest first (portal). */
export async function listMyChangeReports(user: SessionUser) {
  if (user.role !== "client") return [];
  return db()
    .select(columns)
    .from(changeReports)
    .innerJoin(clients, eq(clients.id, changeReports.clientId))
    .where(visibleClients(user))
    .orderBy(desc(changeReports.createdAt))
    .limit(20);
}

/** The counsellor marks a report as seen; acknowledging twice changes nothing. */
export async function acknowledgeChange(user: SessionUser, clientId: string, reportId: string): Promise<void> {
  if (!isStaff(user.role) || !isUuid(reportId)) throw new NotFoundError("change");
  await db().transaction(async (tx) => {
    await assertClientVisible(user, clientId, tx);
    const [row] = await tx
      .update(changeReports)
      .set({ acknowledgedAt: new Date(), acknowledgedById: user.id })
      .where(and(eq(changeReports.id, reportId), eq(changeReports.clientId, clientId), isNull(changeReports.acknowledgedAt)))
      .returning({ id: changeReports.id });
    if (!row) {
      const [exists] = await tx.select({ id: changeReports.id }).from(changeReports).where(and(eq(changeReports.id, reportId), eq(changeReports.clientId, clientId))).limit(1);
      if (!exists) throw new NotFoundError("change");
      return;
    }
    await writeAudit({ actorId: user.id, action: "change.acknowledged", entityType: "change_report", entityId: reportId, clientId }, tx);
  });
}
