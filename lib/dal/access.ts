import "server-only";
import { and, eq, ne, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db/client";
import { clients, users } from "@/db/schema";
import { clientScope, type SessionUser } from "@/lib/auth/permissions";
import { recordDeniedAccess } from "./access-denied";
import { NotFoundError } from "./errors";

/**
 * The ownership rule as SQL, to be AND-ed into every query on clients (and rows hanging off a
 * client): a forgotten check cannot leak a row, and a miss is simply no row — a 404.
 */
export function visibleClients(user: Pick<SessionUser, "id" | "role">): SQL {
  const scope = clientScope(user);
  switch (scope.kind) {
    case "all":
      return sql`true`;
    case "own":
      return eq(clients.counsellorId, scope.counsellorId);
    case "team":
      // `= ANY(ARRAY(subquery))` runs the team lookup once (an InitPlan) and walks the counsellor
      // index; `IN (subquery)` let the planner pick a sequential scan of clients for a team's count.
      return sql`${clients.counsellorId} = ANY (${teamCounsellorIds(scope.supervisorId)})`;
    case "portal":
      return eq(clients.portalUserId, scope.portalUserId);
  }
}

/**
 * The ownership rule for rows hanging off a client (entries, documents, reviews ...), on their own
 * `client_id` column: the visible clients' ids as an array, looked up once per statement (an
 * InitPlan) through the counsellor index, so the planner walks the child table's client index. Joined
 * to `clients` with only `visibleClients`, the planner estimated a counsellor's few hundred clients
 * as cheaper to find by a parallel sequential scan of every client (70 ms at 100,000 clients).
 * It needs no join: a list can pick its rows first and join `clients` only for the rows it shows
 * (`visibleClientOf`).
 */
export function visibleClientIds(column: SQLWrapper, user: Pick<SessionUser, "id" | "role">): SQL {
  if (clientScope(user).kind === "all") return sql`true`;
  return sql`${column} = ANY (ARRAY(${db().select({ id: clients.id }).from(clients).where(visibleClients(user))}))`;
}

/**
 * `visibleClientIds` for work lists (missed instalments, pauses ending, unconfirmed agreements): only
 * cases that are not closed, since closing a case ends the work on it. Same InitPlan shape; for the
 * agency-wide scope a probe of the client's primary key per candidate row.
 */
export function openClientIds(column: SQLWrapper, user: Pick<SessionUser, "id" | "role">): SQL {
  if (clientScope(user).kind === "all") return sql`NOT EXISTS (SELECT 1 FROM ${clients} closed_case WHERE closed_case.id = ${column} AND closed_case.status = 'closed')`;
  return sql`${column} = ANY (ARRAY(${db().select({ id: clients.id }).from(clients).where(and(visibleClients(user), ne(clients.status, "closed")))}))`;
}

/**
 * The join condition from a row picked with `visibleClientIds` to its client, for the client's name:
 * the ownership rule is checked again on the joined client, so the join alone can never widen a list.
 */
export function visibleClientOf(clientId: SQLWrapper, user: Pick<SessionUser, "id" | "role">): SQL {
  return and(eq(clients.id, clientId), visibleClients(user))!;
}

/** A supervisor's counsellors as an array, looked up once per statement (an InitPlan). */
export function teamCounsellorIds(supervisorId: string): SQL {
  return sql`ARRAY(${db().select({ id: users.id }).from(users).where(eq(users.supervisorId, supervisorId))})`;
}

/**
 * Throws NotFoundError unless the user may see this client. Use it before touching rows that hang
 * off a client (debts, statements, documents ...), inside the same transaction where one exists.
 */
export async function assertClientVisible(
  user: Pick<SessionUser, "id" | "role">,
  clientId: string,
  executor: Pick<ReturnType<typeof db>, "select"> = db(),
): Promise<void> {
  if (!isUuid(clientId)) throw new NotFoundError("client");
  // Outside a transaction, a check this request already passed is not asked again: a client page
  // reads its client and then several lists, each of which checks the same client.
  const outside = executor === db();
  const key = seenKey(user, clientId);
  if (outside && clientsSeenThisRequest().has(key)) return;
  const [row] = await executor
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.id, clientId), visibleClients(user)))
    .limit(1);
  if (row) {
    if (outside) clientsSeenThisRequest().add(key);
    return;
  }
  // Inside a transaction the audit row waits for it to end (PGlite has one connection), so it is
  // not awaited there; it is written outside the transaction, which is about to roll back anyway.
  const denied = recordDeniedAccess(user, { type: "client", id: clientId });
  if (outside) await denied;
  throw new NotFoundError("client");
}

/**
 * Clients whose visibility the current request has established (user, role and client), kept per
 * request by React's `cache` — a new, empty set for every request, and for every call outside one
 * (scripts, tests), where nothing is remembered.
 */
const clientsSeenThisRequest = cache((): Set<string> => new Set());
const seenKey = (user: Pick<SessionUser, "id" | "role">, clientId: string) => `${user.id}|${user.role}|${clientId}`;

/** Records that a statement scoped by `visibleClients(user)` returned this client in this request. */
export function rememberClientVisible(user: Pick<SessionUser, "id" | "role">, clientId: string): void {
  clientsSeenThisRequest().add(seenKey(user, clientId));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
