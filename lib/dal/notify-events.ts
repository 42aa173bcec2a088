import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { changeReports, clients, users } from "@/db/schema";
import { notify } from "./notifications";

/** The transaction of the change being reported (it is a Db too). */
type Executor = Pick<Db, "select" | "insert">;

/**
 * Tells the counsellor who now holds these clients. Someone assigning to themselves needs no
 * notice. Called inside the assignment's transaction, so a rolled-back move notifies nobody.
 */
export async function notifyAssigned(tx: Executor, actorId: string, clientIds: string[], counsellorId: string): Promise<void> {
  if (counsellorId === actorId || clientIds.length === 0) return;
  const rows = await tx.select({ id: clients.id, name: clients.fullName }).from(clients).where(inArray(clients.id, clientIds));
  for (const row of rows) {
    await notify(tx, {
      userId: counsellorId,
      kind: "assignment",
      clientId: row.id,
      link: `/clients/${row.id}`,
      params: { client: row.name },
    });
  }
}

const holder = alias(users, "holder");
const holderSupervisor = alias(users, "holder_supervisor");

/**
 * Who hears about a client's own activity (an upload, a reported change): their counsellor; while
 * that counsellor is deactivated and the case not yet reassigned, the counsellor's supervisor, who can
 * act on it and reassign the case, or the active admins when there is no such supervisor.
 */
export async function clientNoticeRecipients(tx: Executor, clientId: string): Promise<{ userIds: string[]; clientName: string } | null> {
  const [row] = await tx
    .select({ clientName: clients.fullName, counsellorId: holder.id, counsellorActive: holder.active, supervisorId: holderSupervisor.id, supervisorActive: holderSupervisor.active })
    .from(clients)
    .innerJoin(holder, eq(holder.id, clients.counsellorId))
    .leftJoin(holderSupervisor, eq(holderSupervisor.id, holder.supervisorId))
    .where(eq(clients.id, clientId))
    .limit(1);
  if (!row) return null;
  if (row.counsellorActive) return { userIds: [row.counsellorId], clientName: row.clientName };
  if (row.supervisorId && row.supervisorActive) return { userIds: [row.supervisorId], clientName: row.clientName };
  const admins = await tx.select({ id: users.id }).from(users).where(and(eq(users.role, "admin"), eq(users.active, true)));
  return { userIds: admins.map((a) => a.id), clientName: row.clientName };
}

/** Tells the client's counsellor (see clientNoticeRecipients) that the client uploaded a document through the portal. */
export async function notifyClientUpload(tx: Executor, clientId: string, documentId: string, fileName: string): Promise<void> {
  const recipients = await clientNoticeRecipients(tx, clientId);
  if (!recipients) return;
  const row = { name: recipients.clientName };
  for (const userId of recipients.userIds) await notify(tx, {
    userId,
    kind: "client_upload",
    clientId,
    link: `/clients/${clientId}/documents`,
    params: { client: row.name, file: fileName },
    dedupeKey: `upload:${documentId}`,
  });
}

/**
 * Hands the changes of circumstances these clients reported and nobody has acknowledged yet to the
 * counsellor who now holds them (called in the assignment's transaction): the notice had gone to the
 * previous counsellor, so the new one would not know the client lost a job or took on a debt.
 */
export async function notifyOpenChangeReports(tx: Executor, clientIds: string[], counsellorId: string): Promise<void> {
  if (clientIds.length === 0) return;
  const open = await tx
    .select({ id: changeReports.id, clientId: changeReports.clientId, kind: changeReports.kind, clientName: clients.fullName })
    .from(changeReports)
    .innerJoin(clients, eq(clients.id, changeReports.clientId))
    .where(and(inArray(changeReports.clientId, clientIds), isNull(changeReports.acknowledgedAt)));
  for (const report of open) {
    await notify(tx, {
      userId: counsellorId,
      kind: "change_reported",
      clientId: report.clientId,
      link: `/clients/${report.clientId}/reviews`,
      params: { client: report.clientName, change: report.kind },
      dedupeKey: `change_reported:${report.id}:${counsellorId}`,
    });
  }
}
