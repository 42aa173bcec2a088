import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { clients, consents, invitations, users } from "@/db/schema";
import { authenticate } from "@/lib/auth/authenticate";
import type { SessionUser } from "@/lib/auth/permissions";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { createClient } from "./clients";
import { hasActiveSensitiveConsent, listConsents, recordConsent, withdrawConsent } from "./consents";
import { ConflictError, NotFoundError } from "./errors";
import { acceptInvitation, createInvitation, findOpenInvitation, hashToken, InvitationInvalidError } from "./invitations";
import { getMyCase } from "./portal";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
let clientId = "";

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "counsellor", "counsellor2", "supervisor2", "counsellor3", "client"]) {
    as[key] = await sessionFor(`${key}@demo.accord.test`);
  }
  ({ id: clientId } = await createClient(as.counsellor!, {
    fullName: "邓丽",
    phone: "13700001234",
    email: "deng.li@163.com",
    dateOfBirth: null,
    preferredLanguage: "zh-CN",
    householdAdults: 1,
    householdDependants: 0,
    employmentStatus: "unable_to_work",
    hardshipReasons: ["illness_injury"],
    hardshipOther: null,
    vulnerabilities: ["health"],
    vulnerabilityOther: null,
    notes: null,
  }));
});
afterAll(() => database.drop());

const consent = (scope: "sensitive_data" | "creditor_contact" = "sensitive_data") => ({
  clientId,
  scope,
  method: "in_person" as const,
  wordingVersion: "2026-01",
  confirmed: "on" as const,
});

describe("consent to sensitive data", () => {
  it("is recorded with its wording version and method, and withdrawn without being deleted", async () => {
    expect(await hasActiveSensitiveConsent(as.counsellor!, clientId)).toBe(false);
    const { id } = await recordConsent(as.counsellor!, consent());
    expect(await hasActiveSensitiveConsent(as.supervisor!, clientId)).toBe(true);
    await expect(recordConsent(as.counsellor!, consent())).rejects.toBeInstanceOf(ConflictError);
    await withdrawConsent(as.counsellor!, { clientId, consentId: id, note: "Client asked by phone" });
    expect(await hasActiveSensitiveConsent(as.counsellor!, clientId)).toBe(false);
    const [kept] = await listConsents(as.counsellor!, clientId);
    expect(kept).toMatchObject({ id, wordingVersion: "2026-01", method: "in_person", withdrawalNote: "Client asked by phone" });
    expect(kept?.withdrawnAt).toBeInstanceOf(Date);
    expect(kept?.recordedByName).toBe("Wang Fang 王芳");
    // Withdrawn already (by a colleague, or in another tab): a conflict the form explains, not a 404 ...
    const again = await withdrawConsent(as.supervisor!, { clientId, consentId: id, note: "again" }).then(() => null, (e: unknown) => e);
    expect(again).toBeInstanceOf(ConflictError);
    expect((again as ConflictError).field).toBe("consentWithdrawn");
    expect((await listConsents(as.counsellor!, clientId))[0]).toMatchObject({ withdrawalNote: "Client asked by phone", withdrawnByName: "Wang Fang 王芳" });
    // ... while whoever may not see the client still learns nothing about it.
    for (const who of [as.counsellor2!, as.counsellor3!, as.supervisor2!, as.client!]) {
      await expect(withdrawConsent(who, { clientId, consentId: id, note: null })).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("is out of reach for another counsellor, another team and another client", async () => {
    const { id } = await recordConsent(as.counsellor!, consent("creditor_contact"));
    for (const who of [as.counsellor2!, as.counsellor3!, as.supervisor2!, as.client!]) {
      await expect(hasActiveSensitiveConsent(who, clientId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listConsents(who, clientId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(recordConsent(who, consent())).rejects.toBeInstanceOf(NotFoundError);
      await expect(withdrawConsent(who, { clientId, consentId: id, note: null })).rejects.toBeInstanceOf(NotFoundError);
    }
    const [row] = await database.db.select().from(consents).where(eq(consents.id, id));
    expect(row?.withdrawnAt).toBeNull();
    const active = await database.db.select({ n: sql<number>`count(*)::int` }).from(consents).where(eq(consents.scope, "sensitive_data"));
    expect(active[0]?.n).toBe(1);
  });
});

describe("portal invitation", () => {
  it("stores only the token's hash and refuses a client already on the portal or an e-mail in use", async () => {
    const { token, expiresAt } = await createInvitation(as.counsellor!, { clientId, email: "deng.li@163.com" });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    const rows = await database.db.select({ hash: invitations.tokenHash }).from(invitations);
    expect(rows.map((r) => r.hash)).toContain(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    await expect(createInvitation(as.counsellor!, { clientId, email: "counsellor2@demo.accord.test" })).rejects.toBeInstanceOf(ConflictError);
    const [zhang] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, "张伟"));
    await expect(createInvitation(as.counsellor!, { clientId: zhang!.id, email: "new@example.com" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("cannot be sent for someone else's client", async () => {
    for (const who of [as.counsellor2!, as.counsellor3!, as.supervisor2!, as.client!]) {
      await expect(createInvitation(who, { clientId, email: "x@example.com" })).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("stops working when it expires or a newer one is sent", async () => {
    const old = await createInvitation(as.counsellor!, { clientId, email: "deng.li@163.com" });
    const expired = await createInvitation(as.counsellor!, { clientId, email: "deng.li@163.com" });
    expect(await findOpenInvitation(old.token)).toBeNull();
    await database.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.tokenHash, hashToken(expired.token)));
    expect(await findOpenInvitation(expired.token)).toBeNull();
    await expect(acceptInvitation(expired.token, "a long enough passphrase")).rejects.toBeInstanceOf(InvitationInvalidError);
    await expect(acceptInvitation(old.token, "a long enough passphrase")).rejects.toBeInstanceOf(InvitationInvalidError);
  });

  it("creates a client account linked to the case, once; the client then sees only that case", async () => {
    const { token } = await createInvitation(as.counsellor!, { clientId, email: "Deng.Li@163.com" });
    expect(await findOpenInvitation(token)).toMatchObject({ email: "Deng.Li@163.com" });
    expect(await acceptInvitation(token, "my own safe passphrase")).toEqual({ email: "Deng.Li@163.com" });
    await expect(acceptInvitation(token, "another safe passphrase")).rejects.toBeInstanceOf(InvitationInvalidError);
    const [account] = await database.db.select().from(users).where(eq(users.email, "Deng.Li@163.com"));
    expect(account).toMatchObject({ role: "client", name: "邓丽", locale: "zh-CN" });
    const signIn = await authenticate({ email: "deng.li@163.com", password: "my own safe passphrase" }, new Headers());
    expect(signIn.ok).toBe(true);
    const me = await sessionFor("Deng.Li@163.com");
    expect((await getMyCase(me))?.fullName).toBe("邓丽");
    expect(await hasActiveSensitiveConsent(me, clientId)).toBe(false);
    const [zhang] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, "张伟"));
    await expect(hasActiveSensitiveConsent(me, zhang!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createInvitation(as.counsellor!, { clientId, email: "again@example.com" })).rejects.toBeInstanceOf(ConflictError);
  });
});
