import "server-only";
import { and, desc, eq, gte, like, lt, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog, clients, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import type { AuditQuery } from "@/lib/audit/query";
import { agencyDayRange } from "@/lib/validation/agency-time";
import { visibleClients } from "./access";
import { writeAudit } from "./audit";
import { NotFoundError } from "./errors";

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_MAX = 10_000;

/**
 * Admins read every row; a supervisor only rows about their team's clients (rows with no client,
 * such as staff changes, stay with admins); anyone else gets a 404. The client rule is a semi-join
 * on the (client_id, at) index.
 */
function scope(user: SessionUser): SQL {
  if (user.role === "admin") return sql`true`;
  if (user.role === "supervisor") return sql`${auditLog.clientId} IN (${db().select({ id: clients.id }).from(clients).where(visibleClients(user))})`;
  throw new NotFoundError("page");
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function whereFor(user: SessionUser, query: AuditQuery, timeZone: string): SQL {
  const { start, end } = agencyDayRange(query.from, query.to, timeZone);
  const action = query.action?.endsWith(".*") ? like(auditLog.action, `${escapeLike(query.action.slice(0, -1))}%`) : query.action ? eq(auditLog.action, query.action) : undefined;
  return and(
    scope(user),
    gte(auditLog.at, start),
    lt(auditLog.at, end),
    query.actorId ? eq(auditLog.actorId, query.actorId) : undefined,
    action,
    query.clientRef ? sql`${auditLog.clientId} = (SELECT ac.id FROM clients ac WHERE ac.reference = ${query.clientRef})` : undefined,
    query.before ? lt(auditLog.id, query.before) : undefined,
  )!;
}

function rowsQuery(user: SessionUser, query: AuditQuery, timeZone: string, limit: number) {
  return db()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorName: users.name,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      clientId: auditLog.clientId,
      clientName: clients.fullName,
      clientReference: clients.reference,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(clients, eq(clients.id, auditLog.clientId))
    .where(whereFor(user, query, timeZone))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

export type AuditRow = Awaited<ReturnType<typeof rowsQuery>>[number];

/** One page, newest first, with the cursor for the next (older) page when there is one. */
export async function listAuditLog(user: SessionUser, query: AuditQuery, timeZone: string): Promise<{ rows: AuditRow[]; next: number | null }> {
  const rows = await rowsQuery(user, query, timeZone, AUDIT_PAGE_SIZE + 1);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return { rows: page, next: rows.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null };
}

/** The filtered log for a CSV (bounded); the export is itself audited before any row leaves. */
export async function exportAuditLog(user: SessionUser, query: AuditQuery, timeZone: string): Promise<AuditRow[]> {
  scope(user);
  const { before: _before, ...filters } = query;
  await writeAudit({ actorId: user.id, action: "audit.exported", entityType: "audit_log", details: { filters } });
  return rowsQuery(user, { ...query, before: null }, timeZone, AUDIT_EXPORT_MAX);
}

/** People who may appear as actors in the filter: staff (admin), or the supervisor and their team. */
export async function listAuditActors(user: SessionUser): Promise<{ id: string; name: string }[]> {
  scope(user);
  const where = user.role === "admin" ? sql`${users.role} <> 'client'` : sql`(${users.id} = ${user.id} OR ${users.supervisorId} = ${user.id})`;
  return db().select({ id: users.id, name: users.name }).from(users).where(where).orderBy(users.name);
}
