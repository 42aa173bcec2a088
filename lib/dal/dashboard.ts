import "server-only";
import { count } from "drizzle-orm";
import { db } from "@/db/client";
import { clients, clientStatuses, type ClientStatus } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { visibleClients } from "./access";

export type StatusCounts = Record<ClientStatus, number>;

export async function countMyClientsByStatus(user: SessionUser): Promise<StatusCounts> {
  const rows = await db()
    .select({ status: clients.status, n: count() })
    .from(clients)
    .where(visibleClients(user))
    .groupBy(clients.status);
  const counts = Object.fromEntries(clientStatuses.map((s) => [s, 0])) as StatusCounts;
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}
