import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, clients, invitations, users } from "@/db/schema";
import { authenticate } from "@/lib/auth/authenticate";
import type { SessionUser } from "@/lib/auth/permissions";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { changeClientStatus, createClient, updateClient } from "./clients";
import { ConflictError, NotFoundError } from "./errors";
import { acceptInvitation, createInvitation, findOpenInvitation, InvitationInvalidError } from "./invitations";
import { getPortalAccess, revokePortalAccess, sendPortalLink } from "./portal-access";

type Claims = { id: string; role: SessionUser["role"]; sessionVersion: number; secondFactor: "ok" | "pending" };
let token: Claims | null = null;
vi.mock("@/lib/auth/session-token", () => ({ readSessionToken: async () => token }));
const { getCurrentUser } = await import("@/lib/auth/session");

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
let seq = 0;

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "counsellor", "counsellor2", "supervisor2", "counsellor3", "client"]) {
    as[key] = await sessionFor(`${key}@demo.accord.test`);
  }
});
afterAll(() => database.drop());
beforeEach(() => {
  token = null;
});

/** An intake of `counsellor`'s with only what these tests need. */
const profile = (fullName: string, email: string | null, preferredLanguage: "en" | "zh-CN") => ({
  fullName,
  phone: "13700001234",
  email,
  dateOfBirth: null,
  preferredLanguage,
  householdAdults: 1,
  householdDependants: 0,
  employmentStatus: "employed" as const,
  hardshipReasons: [],
  hardshipOther: null,
  vulnerabilities: [],
  vulnerabilityOther: null,
  notes: null,
});

/** A fresh client of `counsellor` whose invitation was accepted with `password`. */
async function clientWithPortal(password = "first portal passphrase"): Promise<{ clientId: string; email: string; userId: string }> {
  const email = `portal-${Date.now().toString(36)}-${++seq}@example.test`;
  const { id: clientId } = await createClient(as.counsellor!, profile(`门户客户 ${seq}`, email, "zh-CN"));
  const { token: invite } = await createInvitation(as.counsellor!, { clientId, email });
  await acceptInvitation(invite, password);
  const [row] = await database.db.select({ userId: clients.portalUserId }).from(clients).where(eq(clients.id, clientId));
  return { clientId, email, userId: row!.userId! };
}

const signIn = (email: string, password: string) => authenticate({ email, password }, new Headers());
async function account(userId: string) {
  const [row] = await database.db.select({ active: users.active, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return row!;
}
/** A session token as the browser holds it, issued now for this account. */
async function sessionOf(userId: string): Promise<Claims> {
  return { id: userId, role: "client", sessionVersion: (await account(userId)).sessionVersion, secondFactor: "ok" };
}
const usersWithEmail = async (email: string) => (await database.db.select({ id: users.id }).from(users).where(eq(users.email, email))).length;
const auditOf = async (clientId: string) =>
  (await database.db.select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.clientId, clientId))).map((r) => r.action);

describe("a new sign-in link for an existing portal account", () => {
  it("sets a new password on the same account, ends its old sessions, and works once", async () => {
    const { clientId, email, userId } = await clientWithPortal();
    const oldSession = await sessionOf(userId);
    token = oldSession;
    expect((await getCurrentUser())?.id).toBe(userId);

    const link = await sendPortalLink(as.counsellor!, { clientId });
    expect(link.email).toBe(email);
    expect(await findOpenInvitation(link.token)).toMatchObject({ email, reset: true });
    await acceptInvitation(link.token, "a brand new passphrase");

    expect(await usersWithEmail(email)).toBe(1);
    const [client] = await database.db.select({ portalUserId: clients.portalUserId }).from(clients).where(eq(clients.id, clientId));
    expect(client?.portalUserId).toBe(userId);
    expect((await account(userId)).sessionVersion).toBe(oldSession.sessionVersion + 1);
    token = oldSession;
    expect(await getCurrentUser()).toBeNull();
    token = await sessionOf(userId);
    expect((await getCurrentUser())?.id).toBe(userId);

    expect(await signIn(email, "first portal passphrase")).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(email, "a brand new passphrase")).toMatchObject({ ok: true, user: { id: userId, role: "client" } });
    await expect(acceptInvitation(link.token, "yet another passphrase")).rejects.toBeInstanceOf(InvitationInvalidError);
    expect(await findOpenInvitation(link.token)).toBeNull();
    expect(await auditOf(clientId)).toEqual(expect.arrayContaining(["client.portal_link_sent", "client.portal_password_set"]));
  });

  it("stops an earlier unused link, and is for staff who may see the client only", async () => {
    const { clientId, userId } = await clientWithPortal();
    const first = await sendPortalLink(as.supervisor!, { clientId });
    const second = await sendPortalLink(as.admin!, { clientId });
    await expect(acceptInvitation(first.token, "a brand new passphrase")).rejects.toBeInstanceOf(InvitationInvalidError);
    const before = await account(userId);
    for (const who of ["counsellor2", "counsellor3", "supervisor2", "client"]) {
      await expect(sendPortalLink(as[who]!, { clientId }), who).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await account(userId)).toEqual(before);
    const open = await database.db.select({ id: invitations.id }).from(invitations).where(and(eq(invitations.clientId, clientId), eq(invitations.userId, userId)));
    expect(open).toHaveLength(2); // the outsiders added none
    await acceptInvitation(second.token, "a brand new passphrase");
  });

  it("is refused for a client without a portal account, and a plain invitation is still refused once one exists", async () => {
    const { id: clientId } = await createClient(as.counsellor!, profile("无门户客户", null, "en"));
    await expect(sendPortalLink(as.counsellor!, { clientId })).rejects.toMatchObject({ field: "noPortal" });
    await expect(revokePortalAccess(as.counsellor!, { clientId })).rejects.toMatchObject({ field: "noPortal" });
    const withPortal = await clientWithPortal();
    await expect(createInvitation(as.counsellor!, { clientId: withPortal.clientId, email: "other@example.test" })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("revoking portal access", () => {
  it("signs the client out at once, refuses sign-in, stops open links, and a new link restores it", async () => {
    const { clientId, email, userId } = await clientWithPortal("first portal passphrase");
    const session = await sessionOf(userId);
    const pending = await sendPortalLink(as.counsellor!, { clientId });

    await revokePortalAccess(as.counsellor!, { clientId });
    expect(await account(userId)).toEqual({ active: false, sessionVersion: session.sessionVersion + 1 });
    token = session;
    expect(await getCurrentUser()).toBeNull();
    expect(await signIn(email, "first portal passphrase")).toEqual({ ok: false, reason: "invalid" });
    await expect(acceptInvitation(pending.token, "the ex-partner's passphrase")).rejects.toBeInstanceOf(InvitationInvalidError);
    expect(await getPortalAccess(as.counsellor!, clientId)).toEqual({ email, active: false });
    await expect(revokePortalAccess(as.supervisor!, { clientId })).rejects.toMatchObject({ field: "portalRevoked" });

    const restore = await sendPortalLink(as.counsellor!, { clientId });
    await acceptInvitation(restore.token, "restored portal passphrase");
    expect((await account(userId)).active).toBe(true);
    expect(await signIn(email, "restored portal passphrase")).toMatchObject({ ok: true, user: { id: userId } });
    expect(await getPortalAccess(as.counsellor!, clientId)).toEqual({ email, active: true });
    expect(await usersWithEmail(email)).toBe(1);
    expect(await auditOf(clientId)).toEqual(expect.arrayContaining(["client.portal_revoked", "client.portal_link_sent", "client.portal_password_set"]));
  });

  it("gives another counsellor, another team or a client the same 404 as a missing client, and changes nothing", async () => {
    const { clientId, email, userId } = await clientWithPortal();
    const before = await account(userId);
    for (const who of ["counsellor2", "counsellor3", "supervisor2", "client"]) {
      await expect(revokePortalAccess(as[who]!, { clientId }), who).rejects.toBeInstanceOf(NotFoundError);
      await expect(revokePortalAccess(as[who]!, { clientId: crypto.randomUUID() }), who).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await account(userId)).toEqual(before);
    expect(await signIn(email, "first portal passphrase")).toMatchObject({ ok: true });
    expect(await getPortalAccess(as.counsellor3!, clientId)).toBeNull();
  });

  it("is not for a client, even on their own case", async () => {
    const [own] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.portalUserId, as.client!.id));
    const before = await account(as.client!.id);
    await expect(revokePortalAccess(as.client!, { clientId: own!.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(sendPortalLink(as.client!, { clientId: own!.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPortalAccess(as.client!, own!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await account(as.client!.id)).toEqual(before);
  });

  it("a link sent before the case was closed stops working with the case", async () => {
    const { clientId } = await clientWithPortal();
    const link = await sendPortalLink(as.counsellor!, { clientId });
    const [row] = await database.db.select({ version: clients.version }).from(clients).where(eq(clients.id, clientId));
    await changeClientStatus(as.counsellor!, { clientId, version: row!.version, to: "closed", closureReason: "client_withdrew", closureNote: null });
    await expect(acceptInvitation(link.token, "a brand new passphrase")).rejects.toBeInstanceOf(InvitationInvalidError);
  });
});

describe("the portal account's name", () => {
  it("follows a corrected spelling of the client's name", async () => {
    const { clientId, email, userId } = await clientWithPortal();
    const [row] = await database.db.select({ version: clients.version }).from(clients).where(eq(clients.id, clientId));
    await updateClient(as.counsellor!, { ...profile("陈晓明", email, "zh-CN"), clientId, version: row!.version });
    const [account] = await database.db.select({ name: users.name }).from(users).where(eq(users.id, userId));
    expect(account?.name).toBe("陈晓明");
  });
});

describe("a returning client", () => {
  const close = async (clientId: string) => {
    const [row] = await database.db.select({ version: clients.version }).from(clients).where(eq(clients.id, clientId));
    await changeClientStatus(as.counsellor!, { clientId, version: row!.version, to: "closed", closureReason: "client_withdrew", closureNote: null });
  };

  it("takes no invitation on a closed case", async () => {
    const { id: clientId } = await createClient(as.counsellor!, profile("已结案客户", null, "en"));
    await close(clientId);
    await expect(createInvitation(as.counsellor!, { clientId, email: `closed-${++seq}@example.test` })).rejects.toMatchObject({ field: "caseClosed" });
    expect(await database.db.select().from(invitations).where(eq(invitations.clientId, clientId))).toEqual([]);
  });

  it("is invited with the address of their earlier, closed case: accepting moves that account to the new case", async () => {
    const earlier = await clientWithPortal("earlier portal passphrase");
    // While the earlier case is open the address is taken.
    const { id: newCase } = await createClient(as.counsellor2!, profile("回访客户", earlier.email, "zh-CN"));
    await expect(createInvitation(as.counsellor2!, { clientId: newCase, email: earlier.email })).rejects.toMatchObject({ field: "email" });
    // A staff member's address is never a client's to take.
    await expect(createInvitation(as.counsellor2!, { clientId: newCase, email: as.counsellor!.email })).rejects.toMatchObject({ field: "email" });

    await close(earlier.clientId);
    const { token: invite, returning } = await createInvitation(as.counsellor2!, { clientId: newCase, email: earlier.email.toUpperCase() });
    expect(returning).toBe(true);
    expect(await findOpenInvitation(invite)).toMatchObject({ reset: true });
    await acceptInvitation(invite, "returning portal passphrase");

    const holders = await database.db.select({ id: clients.id, portalUserId: clients.portalUserId }).from(clients).where(eq(clients.portalUserId, earlier.userId));
    expect(holders).toEqual([{ id: newCase, portalUserId: earlier.userId }]);
    const [account] = await database.db.select({ name: users.name }).from(users).where(eq(users.id, earlier.userId));
    expect(account?.name).toBe("回访客户");
    expect(await signIn(earlier.email, "earlier portal passphrase")).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(earlier.email, "returning portal passphrase")).toMatchObject({ ok: true, user: { id: earlier.userId, role: "client" } });
    const moved = await database.db.select({ clientId: auditLog.clientId }).from(auditLog).where(and(eq(auditLog.action, "client.portal_moved"), eq(auditLog.entityId, earlier.userId)));
    expect(moved.map((m) => m.clientId).sort()).toEqual([earlier.clientId, newCase].sort());
  });

  it("cannot take the account once the earlier case is reopened before the link is used", async () => {
    const earlier = await clientWithPortal();
    await close(earlier.clientId);
    const { id: newCase } = await createClient(as.counsellor!, profile("再次回访", null, "en"));
    const { token: invite } = await createInvitation(as.counsellor!, { clientId: newCase, email: earlier.email });
    const [row] = await database.db.select({ version: clients.version }).from(clients).where(eq(clients.id, earlier.clientId));
    await changeClientStatus(as.supervisor!, { clientId: earlier.clientId, version: row!.version, to: "active", closureReason: null, closureNote: null });
    await expect(acceptInvitation(invite, "a brand new passphrase")).rejects.toBeInstanceOf(InvitationInvalidError);
    const [still] = await database.db.select({ portalUserId: clients.portalUserId }).from(clients).where(eq(clients.id, earlier.clientId));
    expect(still?.portalUserId).toBe(earlier.userId);
  });
});
