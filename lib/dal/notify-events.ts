import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clients } from "@/db/schema";
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

/** Tells the client's counsellor that the client uploaded a document through the portal. */
export async function notifyClientUpload(tx: Executor, clientId: string, documentId: string, fileName: string): Promise<void> {
  const [row] = await tx.select({ counsellorId: clients.counsellorId, name: clients.fullName }).from(clients).where(eq(clients.id, clientId)).limit(1);
  if (!row) return;
  await notify(tx, {
    userId: row.counsellorId,
    kind: "client_upload",
    clientId,
    link: `/clients/${clientId}/documents`,
    params: { client: row.name, file: fileName },
    dedupeKey: `upload:${documentId}`,
  });
}
