import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { assertClientVisible } from "./access";
import { assertStaff } from "./client-access";

export const TIMELINE_LIMIT = 200;

/**
 * The client's audit entries, newest first, `limit` at a time; `before` (an entry's id) continues
 * with the entries older than that one, so a long history can be read to its start. The IP address
 * stays in the audit log, not on screen.
 */
export async function listTimeline(user: SessionUser, clientId: string, { limit = TIMELINE_LIMIT, before = null }: { limit?: number; before?: number | null } = {}) {
  assertStaff(user);
  await assertClientVisible(user, clientId);
  const entries = await db()
    .select({ id: auditLog.id, action: auditLog.action, at: auditLog.at, actorName: users.name, details: auditLog.details })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.clientId, clientId),
        // The order's own key, (at, id): older than the entry named, which is this client's.
        before === null
          ? undefined
          : sql`(${auditLog.at}, ${auditLog.id}) < ((SELECT b.at FROM audit_log b WHERE b.id = ${before} AND b.client_id = ${clientId}), ${before})`,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  // Reassignments name counsellors by id; the timeline shows their names.
  const ids = [...new Set(entries.flatMap((e) => (e.action === "client.assigned" ? [e.details?.from, e.details?.to] : [])))].filter(
    (id): id is string => typeof id === "string",
  );
  const names = new Map(
    ids.length ? (await db().select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))).map((u) => [u.id, u.name]) : [],
  );
  return entries.map((e) => ({ ...e, names: Object.fromEntries(ids.map((id) => [id, names.get(id) ?? "—"])) }));
}
