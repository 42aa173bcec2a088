import "server-only";
import { and, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { clients } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import type { AssignInput } from "@/lib/validation/clients";
import { visibleClients } from "./access";
import { writeAudit } from "./audit";
import { assertAssignable, assertCanReassign } from "./client-access";
import { NotFoundError } from "./errors";
import { notifyAssigned, notifyOpenChangeReports } from "./notify-events";
import { notifyOpenCorrections } from "./outcome-reviews";

/**
 * Hands one or several clients to a counsellor. All or nothing: if any client is not the caller's
 * to move, nothing changes and the answer is the same 404 as for a client that does not exist.
 */
export async function assignClients(user: SessionUser, input: AssignInput): Promise<{ moved: number }> {
  assertCanReassign(user);
  const ids = [...new Set(input.clientIds)];
  return db().transaction(async (tx) => {
    const rows = await tx
      .select({ id: clients.id, counsellorId: clients.counsellorId })
      .from(clients)
      .where(and(inArray(clients.id, ids), visibleClients(user)))
      .for("update");
    if (rows.length !== ids.length) throw new NotFoundError("client");
    // Only once the clients are known to be the caller's: NotFoundError("counsellor") (left or moved
    // team since the list was shown) is then a message on the form, never a way to probe clients.
    await assertAssignable(user, input.counsellorId, tx);
    const moving = rows.filter((r) => r.counsellorId !== input.counsellorId);
    if (moving.length === 0) return { moved: 0 };
    await tx
      .update(clients)
      .set({ counsellorId: input.counsellorId, version: sql`${clients.version} + 1`, updatedAt: new Date() })
      .where(inArray(clients.id, moving.map((r) => r.id)));
    for (const row of moving) {
      await writeAudit(
        {
          actorId: user.id,
          action: "client.assigned",
          entityType: "client",
          entityId: row.id,
          clientId: row.id,
          details: { from: row.counsellorId, to: input.counsellorId },
        },
        tx,
      );
    }
    await notifyAssigned(tx, user.id, moving.map((r) => r.id), input.counsellorId);
    await notifyOpenCorrections(tx, moving.map((r) => r.id), input.counsellorId);
    await notifyOpenChangeReports(tx, moving.map((r) => r.id), input.counsellorId);
    return { moved: moving.length };
  });
}

