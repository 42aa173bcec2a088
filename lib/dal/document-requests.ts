import "server-only";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { clients, documentRequests, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import type { NewRequestInput } from "@/lib/validation/documents";
import { assertClientVisible, isUuid, visibleClients } from "./access";
import { writeAudit } from "./audit";
import { assertStaff } from "./client-access";
import { NotFoundError } from "./errors";
import { missingOrChanged } from "./state-changed";
import { getAgencySettings } from "./settings";

// Overdue means past the due date in the agency's time zone, for open requests only.
async function overdueSql() {
  const { timeZone } = await getAgencySettings();
  return sql<boolean>`(${documentRequests.status} = 'open' AND ${documentRequests.dueDate} < (now() AT TIME ZONE ${timeZone})::date)`;
}

async function columns() {
  return {
    id: documentRequests.id,
    title: documentRequests.title,
    kind: documentRequests.kind,
    note: documentRequests.note,
    dueDate: documentRequests.dueDate,
    status: documentRequests.status,
    createdAt: documentRequests.createdAt,
    fulfilledAt: documentRequests.fulfilledAt,
    requestedByName: users.name,
    overdue: await overdueSql(),
  };
}

export type DocumentRequestRow = Awaited<ReturnType<typeof listDocumentRequests>>[number];

/** All requests for a client: open ones first (soonest due first), then the rest, newest first. */
export async function listDocumentRequests(user: SessionUser, clientId: string) {
  assertStaff(user); // a client reads listMyOpenRequests
  await assertClientVisible(user, clientId);
  return db()
    .select(await columns())
    .from(documentRequests)
    .innerJoin(users, eq(users.id, documentRequests.requestedById))
    .where(eq(documentRequests.clientId, clientId))
    .orderBy(sql`${documentRequests.status} <> 'open'`, asc(documentRequests.dueDate), desc(documentRequests.createdAt))
    .limit(200);
}

/** The signed-in client's open requests, soonest due first. */
export async function listMyOpenRequests(user: SessionUser) {
  if (user.role !== "client") return [];
  return db()
    .select(await columns())
    .from(documentRequests)
    .innerJoin(clients, eq(clients.id, documentRequests.clientId))
    .innerJoin(users, eq(users.id, documentRequests.requestedById))
    .where(and(visibleClients(user), eq(documentRequests.status, "open")))
    .orderBy(sql`${documentRequests.dueDate} NULLS LAST`, asc(documentRequests.createdAt))
    .limit(100);
}

export async function createDocumentRequest(user: SessionUser, input: NewRequestInput): Promise<{ id: string }> {
  assertStaff(user);
  return db().transaction(async (tx) => {
    await assertClientVisible(user, input.clientId, tx);
    const [row] = await tx
      .insert(documentRequests)
      .values({ clientId: input.clientId, title: input.title, kind: input.kind, dueDate: input.dueDate, note: input.note ?? null, requestedById: user.id })
      .returning({ id: documentRequests.id });
    if (!row) throw new Error("insert returned no row");
    await writeAudit(
      {
        actorId: user.id,
        action: "document_request.created",
        entityType: "document_request",
        entityId: row.id,
        clientId: input.clientId,
        details: { title: input.title, kind: input.kind, dueDate: input.dueDate },
      },
      tx,
    );
    return row;
  });
}

/** Withdraws an open request; ConflictError("requestClosed") if it was answered or withdrawn meanwhile. */
export async function cancelDocumentRequest(user: SessionUser, clientId: string, requestId: string): Promise<void> {
  assertStaff(user);
  if (!isUuid(requestId)) throw new NotFoundError("request");
  await db().transaction(async (tx) => {
    await assertClientVisible(user, clientId, tx);
    const [row] = await tx
      .update(documentRequests)
      .set({ status: "cancelled", cancelledAt: new Date(), cancelledById: user.id })
      .where(and(eq(documentRequests.id, requestId), eq(documentRequests.clientId, clientId), eq(documentRequests.status, "open")))
      .returning({ id: documentRequests.id, title: documentRequests.title });
    // Still this client's (so the caller may see it) but answered or withdrawn meanwhile: a conflict.
    if (!row) throw await missingOrChanged(tx, documentRequests, requestId, clientId, "requestClosed", "request");
    await writeAudit(
      { actorId: user.id, action: "document_request.cancelled", entityType: "document_request", entityId: row.id, clientId, details: { title: row.title } },
      tx,
    );
  });
}

/** Open requests past their due date across the user's visible clients (dashboard). */
export async function countOverdueRequests(user: SessionUser): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(documentRequests)
    .innerJoin(clients, eq(clients.id, documentRequests.clientId))
    .where(and(visibleClients(user), await overdueSql()));
  return row?.n ?? 0;
}
