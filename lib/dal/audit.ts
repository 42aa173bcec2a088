import "server-only";
import { headers } from "next/headers";
import { db, type Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import { clientIp } from "@/lib/http/client-ip";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  clientId?: string | null;
  details?: Record<string, unknown>;
};

type Executor = Pick<Db, "insert">;

async function requestIp(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    return null; // outside a request (seed, jobs, tests)
  }
}

/** jsonb cannot hold \u0000: a NUL a user typed is recorded as U+FFFD rather than failing the change. */
function withoutNul(details: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(details, (_key, value: unknown) => (typeof value === "string" ? value.replaceAll("\u0000", "\uFFFD") : value))) as Record<string, unknown>;
}

/** Appends one audit row; pass the transaction so the entry commits or rolls back with the change. */
export async function writeAudit(entry: AuditEntry, executor: Executor = db()): Promise<void> {
  await executor.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    clientId: entry.clientId ?? null,
    ip: await requestIp(),
    details: entry.details ? withoutNul(entry.details) : null,
  });
}
