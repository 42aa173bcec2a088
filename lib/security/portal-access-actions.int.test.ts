import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { clients, users } from "@/db/schema";
import { acceptInvitation, createInvitation } from "@/lib/dal/invitations";
import { freshDatabase } from "@/lib/testing/db";
import { freshClient, loadPeople, person, randomUUID, unique, zhangId, type Who } from "./testing/fixtures";
import { fingerprint, form, outcomeOf, session, type Outcome } from "./testing/harness";

vi.mock("@/lib/auth/session", async () => (await import("./testing/harness")).sessionMock);
vi.mock("next/navigation", async () => (await import("./testing/harness")).navigationMock);
vi.mock("next/headers", async () => (await import("./testing/harness")).headersMock);
vi.mock("next-intl/server", async () => (await import("./testing/harness")).intlMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const { revokePortalAccessAction, sendPortalLinkAction } = await import("@/app/(staff)/clients/[clientId]/actions");

/**
 * Sending a new sign-in link and revoking portal access, called as each kind of session on a client
 * of `counsellor` who has a portal account: the client's team may, and everyone else gets the same
 * 404 as for a client that does not exist, with nothing changed.
 */
let database: { db: Db; drop: () => Promise<void> };

beforeAll(async () => {
  database = await freshDatabase();
  await loadPeople();
});
afterAll(() => database.drop());

async function as(who: Who | "anonymous", call: () => Promise<unknown>): Promise<Outcome> {
  session.user = who === "anonymous" ? null : person(who);
  try {
    return await outcomeOf(call);
  } finally {
    session.user = null;
  }
}

async function clientWithPortal(): Promise<{ clientId: string; userId: string }> {
  const clientId = await freshClient();
  const { token } = await createInvitation(person("counsellor"), { clientId, email: `${unique("portal").toLowerCase()}@example.test` });
  await acceptInvitation(token, "first portal passphrase");
  const [row] = await database.db.select({ userId: clients.portalUserId }).from(clients).where(eq(clients.id, clientId));
  return { clientId, userId: row!.userId! };
}

const account = async (userId: string) =>
  (await database.db.select({ active: users.active, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId)))[0];
const message = (o: Outcome) => (o as { result?: { message?: string } }).result?.message ?? "";

const OUTSIDERS = ["counsellor2", "otherCounsellor", "otherSupervisor", "client", "client2"] as const;
const ACTIONS = { sendPortalLinkAction, revokePortalAccessAction };

describe("portal access actions", () => {
  it.each(Object.entries(ACTIONS))("%s: outsiders get the 404 of a missing client and change nothing", async (_name, action) => {
    const { clientId } = await clientWithPortal();
    expect((await as("counsellor", () => action(null, form({ clientId: randomUUID() })))).kind).toBe("notFound");
    expect((await as("anonymous", () => action(null, form({ clientId })))).kind).toBe("login");
    const before = await fingerprint();
    for (const who of OUTSIDERS) expect((await as(who, () => action(null, form({ clientId })))).kind, who).toBe("notFound");
    // Fields the form does not have (a role, another client) are refused, not trusted.
    expect((await as("counsellor", () => action(null, form({ clientId, role: "admin" })))).kind).toBe("notFound");
    // A client, even on their own case, is not staff.
    const own = await zhangId();
    expect((await as("client", () => action(null, form({ clientId: own })))).kind).toBe("notFound");
    expect(await fingerprint()).toEqual(before);
  });

  it("lets the client's counsellor, supervisor and admin revoke access and send a link that restores it", async () => {
    for (const who of ["counsellor", "supervisor", "admin"] as const) {
      const { clientId, userId } = await clientWithPortal();
      const start = await account(userId);
      const revoked = await as(who, () => revokePortalAccessAction(null, form({ clientId })));
      expect(revoked.kind, JSON.stringify(revoked)).toBe("ok");
      expect(await account(userId)).toEqual({ active: false, sessionVersion: start!.sessionVersion + 1 });
      expect(message(await as(who, () => revokePortalAccessAction(null, form({ clientId }))))).toMatch(/^invite\.alreadyRevoked/);

      const sent = await as(who, () => sendPortalLinkAction(null, form({ clientId })));
      expect(sent.kind, JSON.stringify(sent)).toBe("ok");
      const link = (sent as { result: { data: { link: string } } }).result.data.link;
      expect(link).toMatch(/^https?:\/\/accord\.test\/invite\/[A-Za-z0-9_-]{43}$/);
      await acceptInvitation(link.split("/").pop()!, "restored portal passphrase");
      expect(await account(userId)).toEqual({ active: true, sessionVersion: start!.sessionVersion + 2 });
    }
  });

  it("says so when the client has no portal account", async () => {
    const clientId = await freshClient();
    expect(message(await as("counsellor", () => sendPortalLinkAction(null, form({ clientId }))))).toMatch(/^invite\.noPortal/);
    expect(message(await as("counsellor", () => revokePortalAccessAction(null, form({ clientId }))))).toMatch(/^invite\.noPortal/);
  });
});
