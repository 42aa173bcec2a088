import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { db, type Db } from "@/db/client";
import { clients, invitations, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { clearSignInFailures } from "@/lib/auth/throttle";
import type { SessionUser } from "@/lib/auth/permissions";
import type { InviteInput } from "@/lib/validation/invitations";
import { assertClientVisible } from "./access";
import { writeAudit } from "./audit";
import { assertStaff } from "./client-access";
import { ConflictError, isUniqueViolation } from "./errors";

type Tx = Pick<Db, "select" | "insert" | "update">;

export const INVITATION_DAYS = 7;

/** Thrown for a token that is unknown, used, revoked or expired: the page says only that it is not valid. */
export class InvitationInvalidError extends Error {
  constructor() {
    super("invitation not valid");
    this.name = "InvitationInvalidError";
  }
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A one-time link's secret: the plain token goes into the link once; only its sha256 is stored. */
export function newLinkToken(): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000) };
}

/** Every link for the client not yet used stops working: at most one is open at a time. */
export async function revokeOpenLinks(tx: Tx, clientId: string): Promise<void> {
  await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.clientId, clientId), isNull(invitations.usedAt), isNull(invitations.revokedAt)));
}

/**
 * Invites the client to the portal. Any earlier open invitation for the client stops working. The
 * plain token is returned once, to build the link; only its sha256 is stored. A closed case takes no
 * invitation (ConflictError "caseClosed"; closing revoked the open ones). An e-mail address already
 * in use is refused (ConflictError "email") — unless it is the portal account of a returning client,
 * whose earlier case is closed: the invitation then names that account, and accepting it (which only
 * the owner of the address can do) moves the account to this case with a new password.
 */
export async function createInvitation(user: SessionUser, input: InviteInput): Promise<{ token: string; expiresAt: Date; returning: boolean }> {
  assertStaff(user);
  const { token, tokenHash, expiresAt } = newLinkToken();
  let returning = false;
  await db().transaction(async (tx) => {
    await assertClientVisible(user, input.clientId, tx);
    const [client] = await tx.select({ portalUserId: clients.portalUserId, status: clients.status }).from(clients).where(eq(clients.id, input.clientId));
    if (client?.status === "closed") throw new ConflictError("caseClosed");
    if (client?.portalUserId) throw new ConflictError("portal");
    const [taken] = await tx.select({ id: users.id, role: users.role }).from(users).where(eq(sql`lower(${users.email})`, input.email.toLowerCase()));
    if (taken && (taken.role !== "client" || (await heldByOpenCase(tx, taken.id)))) throw new ConflictError("email");
    returning = Boolean(taken);
    await revokeOpenLinks(tx, input.clientId);
    const [row] = await tx
      .insert(invitations)
      .values({ clientId: input.clientId, email: input.email, tokenHash, expiresAt, createdById: user.id, userId: taken?.id ?? null })
      .returning({ id: invitations.id });
    await writeAudit(
      {
        actorId: user.id,
        action: "client.invited",
        entityType: "invitation",
        entityId: row?.id,
        clientId: input.clientId,
        details: { email: input.email, ...(returning ? { returningAccount: true } : {}) },
      },
      tx,
    );
  });
  return { token, expiresAt, returning };
}

/** Whether a portal account belongs to a case that is not closed (it cannot move then). */
async function heldByOpenCase(tx: Tx, userId: string): Promise<boolean> {
  const [held] = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.portalUserId, userId), ne(clients.status, "closed")))
    .limit(1);
  return Boolean(held);
}

function openInvitation(token: string) {
  return and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.usedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date()));
}

/** What the set-password page shows for a valid token (`reset`: a new link for an existing account); null for any other. */
export async function findOpenInvitation(token: string): Promise<{ email: string; expiresAt: Date; reset: boolean } | null> {
  const [row] = await db()
    .select({ email: invitations.email, expiresAt: invitations.expiresAt, reset: sql<boolean>`${invitations.userId} is not null` })
    .from(invitations)
    .where(openInvitation(token))
    .limit(1);
  return row ?? null;
}

/**
 * Creates the client's portal account and links it to the case, once: the row lock and the
 * used/revoked/expiry checks make a second use (or a race of two) fail. A new sign-in link
 * (`userId` set) sets the password of that existing account instead.
 */
export async function acceptInvitation(token: string, password: string): Promise<{ email: string }> {
  const passwordHash = await hashPassword(password);
  try {
    const result = await db().transaction(async (tx) => {
      // Client row first, then the invitation: the order of everything else that touches both
      // (closing the case, a new sign-in link, revoking access), so none of them can deadlock with this.
      const [target] = await tx.select({ clientId: invitations.clientId }).from(invitations).where(openInvitation(token)).limit(1);
      if (!target) throw new InvitationInvalidError();
      await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, target.clientId)).for("update");
      const [invitation] = await tx
        .select({ id: invitations.id, clientId: invitations.clientId, email: invitations.email, userId: invitations.userId })
        .from(invitations)
        .where(openInvitation(token))
        .for("update");
      if (!invitation) throw new InvitationInvalidError();
      if (invitation.userId) return resetPortalPassword(tx, { ...invitation, userId: invitation.userId }, passwordHash);
      const [client] = await tx
        .select({ fullName: clients.fullName, locale: clients.preferredLanguage, portalUserId: clients.portalUserId })
        .from(clients)
        .where(eq(clients.id, invitation.clientId))
        .for("update");
      if (!client || client.portalUserId) throw new InvitationInvalidError();
      const [created] = await tx
        .insert(users)
        .values({ email: invitation.email, name: client.fullName, role: "client", locale: client.locale, passwordHash })
        .returning({ id: users.id });
      if (!created) throw new Error("insert returned no row");
      await tx
        .update(clients)
        .set({ portalUserId: created.id, version: sql`${clients.version} + 1`, updatedAt: new Date() })
        .where(eq(clients.id, invitation.clientId));
      await tx.update(invitations).set({ usedAt: new Date(), acceptedUserId: created.id }).where(eq(invitations.id, invitation.id));
      await writeAudit(
        { actorId: created.id, action: "client.portal_activated", entityType: "user", entityId: created.id, clientId: invitation.clientId },
        tx,
      );
      return { email: invitation.email, reset: false };
    });
    // A client locked out by wrong guesses can sign in with the password they just chose.
    if (result.reset) await clearSignInFailures(result.email.toLowerCase());
    return { email: result.email };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("email");
    throw error;
  }
}

/**
 * A new sign-in link used: the linked account gets the new password and is active again, and the
 * bumped session version ends every session opened with the old one. The link only works for the
 * account still linked to the case.
 */
async function resetPortalPassword(tx: Tx, link: { id: string; clientId: string; userId: string }, passwordHash: string): Promise<{ email: string; reset: true }> {
  const [client] = await tx.select({ portalUserId: clients.portalUserId }).from(clients).where(eq(clients.id, link.clientId)).for("update");
  if (!client) throw new InvitationInvalidError();
  if (client.portalUserId === null) await moveReturningAccount(tx, link);
  else if (client.portalUserId !== link.userId) throw new InvitationInvalidError();
  const [account] = await tx
    .update(users)
    .set({ passwordHash, active: true, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(users.id, link.userId), eq(users.role, "client")))
    .returning({ email: users.email });
  if (!account) throw new InvitationInvalidError();
  await tx.update(invitations).set({ usedAt: new Date(), acceptedUserId: link.userId }).where(eq(invitations.id, link.id));
  await writeAudit({ actorId: link.userId, action: "client.portal_password_set", entityType: "user", entityId: link.userId, clientId: link.clientId }, tx);
  return { email: account.email, reset: true };
}

/**
 * A returning client's invitation accepted: their portal account leaves the closed case it belonged
 * to and joins this one (both cases audited). Refused if that case has been reopened meanwhile, or
 * the account is no client's.
 */
async function moveReturningAccount(tx: Tx, link: { clientId: string; userId: string }): Promise<void> {
  const [account] = await tx.select({ role: users.role }).from(users).where(eq(users.id, link.userId));
  if (account?.role !== "client") throw new InvitationInvalidError();
  const [earlier] = await tx.select({ id: clients.id, status: clients.status }).from(clients).where(eq(clients.portalUserId, link.userId)).for("update");
  if (earlier && earlier.status !== "closed") throw new InvitationInvalidError();
  if (earlier) {
    await tx
      .update(clients)
      .set({ portalUserId: null, version: sql`${clients.version} + 1`, updatedAt: new Date() })
      .where(eq(clients.id, earlier.id));
    await writeAudit(
      { actorId: link.userId, action: "client.portal_moved", entityType: "user", entityId: link.userId, clientId: earlier.id, details: { toClientId: link.clientId } },
      tx,
    );
  }
  const [joined] = await tx
    .update(clients)
    .set({ portalUserId: link.userId, version: sql`${clients.version} + 1`, updatedAt: new Date() })
    .where(eq(clients.id, link.clientId))
    .returning({ fullName: clients.fullName });
  // The account greets the client by the name on the case they now follow.
  if (joined) await tx.update(users).set({ name: joined.fullName }).where(eq(users.id, link.userId));
  await writeAudit(
    { actorId: link.userId, action: "client.portal_moved", entityType: "user", entityId: link.userId, clientId: link.clientId, details: { fromClientId: earlier?.id ?? null } },
    tx,
  );
}
