import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, type Db } from "@/db/client";
import { clients, invitations, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import type { PortalAccessInput } from "@/lib/validation/invitations";
import { assertClientVisible, visibleClients } from "./access";
import { writeAudit } from "./audit";
import { assertStaff } from "./client-access";
import { ConflictError } from "./errors";
import { newLinkToken, revokeOpenLinks } from "./invitations";

/**
 * A client's portal account after the invitation was accepted: staff who may see the client can
 * send a new one-time sign-in link (forgotten password, or access to restore) and revoke access.
 * The rule for who may is the invitation's: staff, and the client visible to them (else a 404).
 */

/** The client's portal account as the client page shows it; null when there is none (or no such client). */
export async function getPortalAccess(user: SessionUser, clientId: string): Promise<{ email: string; active: boolean } | null> {
  assertStaff(user);
  const [row] = await db()
    .select({ email: users.email, active: users.active })
    .from(clients)
    .innerJoin(users, eq(users.id, clients.portalUserId))
    .where(and(eq(clients.id, clientId), visibleClients(user)))
    .limit(1);
  return row ?? null;
}

/** The linked portal account, locked with the client row; ConflictError("noPortal") when there is none. */
async function lockedPortalUser(user: SessionUser, clientId: string, tx: Pick<Db, "select">) {
  await assertClientVisible(user, clientId, tx);
  const [row] = await tx
    .select({ id: users.id, email: users.email, active: users.active })
    .from(clients)
    .innerJoin(users, and(eq(users.id, clients.portalUserId), eq(users.role, "client")))
    .where(eq(clients.id, clientId))
    .for("update", { of: clients });
  if (!row) throw new ConflictError("noPortal");
  return row;
}

/**
 * A new one-time link to set a new password for the existing account, valid as long as an
 * invitation; earlier unused links stop working. The plain token is returned once, for the link.
 */
export async function sendPortalLink(user: SessionUser, input: PortalAccessInput): Promise<{ token: string; expiresAt: Date; email: string }> {
  assertStaff(user);
  const { token, tokenHash, expiresAt } = newLinkToken();
  const email = await db().transaction(async (tx) => {
    const account = await lockedPortalUser(user, input.clientId, tx);
    await revokeOpenLinks(tx, input.clientId);
    const [row] = await tx
      .insert(invitations)
      .values({ clientId: input.clientId, email: account.email, tokenHash, expiresAt, createdById: user.id, userId: account.id })
      .returning({ id: invitations.id });
    await writeAudit(
      { actorId: user.id, action: "client.portal_link_sent", entityType: "invitation", entityId: row?.id, clientId: input.clientId, details: { email: account.email, revoked: !account.active } },
      tx,
    );
    return account.email;
  });
  return { token, expiresAt, email };
}

/**
 * Withdraws the client's portal access: the account is deactivated and its session version bumped,
 * so every open session ends at once and sign-in is refused; open links stop working too. A new
 * sign-in link restores it. ConflictError("portalRevoked") when it already was.
 */
export async function revokePortalAccess(user: SessionUser, input: PortalAccessInput): Promise<{ email: string }> {
  assertStaff(user);
  return db().transaction(async (tx) => {
    const account = await lockedPortalUser(user, input.clientId, tx);
    if (!account.active) throw new ConflictError("portalRevoked");
    await tx
      .update(users)
      .set({ active: false, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, account.id));
    await revokeOpenLinks(tx, input.clientId);
    await writeAudit({ actorId: user.id, action: "client.portal_revoked", entityType: "user", entityId: account.id, clientId: input.clientId, details: { email: account.email } }, tx);
    return { email: account.email };
  });
}
