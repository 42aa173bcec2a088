import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { clients, invitations, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/permissions";
import type { InviteInput } from "@/lib/validation/invitations";
import { assertClientVisible } from "./access";
import { writeAudit } from "./audit";
import { assertStaff } from "./client-access";
import { ConflictError, isUniqueViolation } from "./errors";

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

/**
 * Invites the client to the portal. Any earlier open invitation for the client stops working. The
 * plain token is returned once, to build the link; only its sha256 is stored.
 */
export async function createInvitation(user: SessionUser, input: InviteInput): Promise<{ token: string; expiresAt: Date }> {
  assertStaff(user);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  await db().transaction(async (tx) => {
    await assertClientVisible(user, input.clientId, tx);
    const [client] = await tx.select({ portalUserId: clients.portalUserId }).from(clients).where(eq(clients.id, input.clientId));
    if (client?.portalUserId) throw new ConflictError("portal");
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, input.email.toLowerCase()));
    if (taken) throw new ConflictError("email");
    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.clientId, input.clientId), isNull(invitations.usedAt), isNull(invitations.revokedAt)));
    const [row] = await tx
      .insert(invitations)
      .values({ clientId: input.clientId, email: input.email, tokenHash: hashToken(token), expiresAt, createdById: user.id })
      .returning({ id: invitations.id });
    await writeAudit(
      { actorId: user.id, action: "client.invited", entityType: "invitation", entityId: row?.id, clientId: input.clientId, details: { email: input.email } },
      tx,
    );
  });
  return { token, expiresAt };
}

function openInvitation(token: string) {
  return and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.usedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date()));
}

/** What the set-password page shows for a valid token; null for any other. */
export async function findOpenInvitation(token: string): Promise<{ email: string; expiresAt: Date } | null> {
  const [row] = await db()
    .select({ email: invitations.email, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(openInvitation(token))
    .limit(1);
  return row ?? null;
}

/**
 * Creates the client's portal account and links it to the case, once: the row lock and the
 * used/revoked/expiry checks make a second use (or a race of two) fail.
 */
export async function acceptInvitation(token: string, password: string): Promise<{ email: string }> {
  const passwordHash = await hashPassword(password);
  try {
    return await db().transaction(async (tx) => {
      const [invitation] = await tx
        .select({ id: invitations.id, clientId: invitations.clientId, email: invitations.email })
        .from(invitations)
        .where(openInvitation(token))
        .for("update");
      if (!invitation) throw new InvitationInvalidError();
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
      return { email: invitation.email };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("email");
    throw error;
  }
}
