import "server-only";
import { eq, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { clients, users } from "@/db/schema";
import { clientScope, type SessionUser } from "@/lib/auth/permissions";

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
      return inArray(
        clients.counsellorId,
        db().select({ id: users.id }).from(users).where(eq(users.supervisorId, scope.supervisorId)),
      );
    case "portal":
      return eq(clients.portalUserId, scope.portalUserId);
  }
}
