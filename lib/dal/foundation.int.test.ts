import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, clients, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { authenticate } from "@/lib/auth/authenticate";
import type { SessionUser } from "@/lib/auth/permissions";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { assertClientVisible } from "./access";
import { countMyClientsByStatus } from "./dashboard";
import { ConflictError, NotFoundError } from "./errors";
import { getMyCase } from "./portal";
import { getAgencySettings, getAgencySettingsForEdit, updateAgencySettings } from "./settings";
import { assignSupervisor, createStaff, listStaff, resetStaffPassword, setStaffActive } from "./staff";
import { changeMyPassword } from "./users";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "counsellor", "counsellor2", "supervisor2", "counsellor3", "client", "client2"]) {
    as[key] = await sessionFor(`${key}@demo.accord.test`);
  }
});
afterAll(() => database.drop());

const noHeaders = new Headers();

async function clientIdOf(name: string): Promise<string> {
  const [row] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, name));
  if (!row) throw new Error(name);
  return row.id;
}

describe("who sees which client", () => {
  it("counts only the counsellor's own clients, the supervisor's team, or everything for an admin", async () => {
    const mine = await countMyClientsByStatus(as.counsellor!);
    expect(Object.values(mine).reduce((a, b) => a + b, 0)).toBe(4);
    expect(mine.negotiating).toBe(1);
    const team = await countMyClientsByStatus(as.supervisor!);
    expect(Object.values(team).reduce((a, b) => a + b, 0)).toBe(7);
    const otherTeam = await countMyClientsByStatus(as.supervisor2!);
    expect(Object.values(otherTeam).reduce((a, b) => a + b, 0)).toBe(2);
    const all = await countMyClientsByStatus(as.admin!);
    expect(Object.values(all).reduce((a, b) => a + b, 0)).toBe(9);
  });

  it("answers not-found for another counsellor's or another team's client", async () => {
    const zhang = await clientIdOf("张伟");
    await expect(assertClientVisible(as.counsellor!, zhang)).resolves.toBeUndefined();
    await expect(assertClientVisible(as.supervisor!, zhang)).resolves.toBeUndefined();
    await expect(assertClientVisible(as.counsellor2!, zhang)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertClientVisible(as.supervisor2!, zhang)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertClientVisible(as.client2!, zhang)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertClientVisible(as.counsellor!, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows a portal user only their own case", async () => {
    expect((await getMyCase(as.client!))?.fullName).toBe("张伟");
    expect((await getMyCase(as.client2!))?.fullName).toBe("Emily Brown");
    expect(await getMyCase(as.counsellor!)).toBeNull();
  });

  it("gives new clients sequential references", async () => {
    const rows = await database.db.select({ reference: clients.reference }).from(clients);
    expect(rows.every((r) => /^C-\d{4}-\d{5}$/.test(r.reference))).toBe(true);
    expect(new Set(rows.map((r) => r.reference)).size).toBe(rows.length);
  });
});

describe("staff administration", () => {
  it("is refused to anyone but an admin", async () => {
    await expect(listStaff(as.supervisor!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      createStaff(as.counsellor!, { name: "X", email: "x@example.com", role: "admin", locale: "en" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("creates a counsellor with a temporary password that signs in, and refuses a duplicate e-mail in any case", async () => {
    const { id, password } = await createStaff(as.admin!, {
      name: "New Counsellor",
      email: "new.counsellor@example.com",
      role: "counsellor",
      locale: "en",
      supervisorId: as.supervisor!.id,
    });
    const [row] = await database.db.select().from(users).where(eq(users.id, id));
    expect(row?.supervisorId).toBe(as.supervisor!.id);
    expect(row?.passwordHash).not.toContain(password);
    const signIn = await authenticate({ email: "New.Counsellor@Example.com", password }, noHeaders);
    expect(signIn.ok).toBe(true);
    await expect(
      createStaff(as.admin!, { name: "Dup", email: "NEW.COUNSELLOR@example.com", role: "counsellor", locale: "en" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("ends sessions on deactivation and keeps the deactivated user out", async () => {
    const target = await sessionFor("counsellor3@demo.accord.test");
    const before = await database.db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, target.id));
    await setStaffActive(as.admin!, target.id, false);
    const after = await database.db.select({ v: users.sessionVersion, active: users.active }).from(users).where(eq(users.id, target.id));
    expect(after[0]?.active).toBe(false);
    expect(after[0]?.v).toBe((before[0]?.v ?? 0) + 1);
    expect((await authenticate({ email: target.email, password: "demo-counsellor-passphrase" }, noHeaders)).ok).toBe(false);
    await expect(setStaffActive(as.admin!, as.admin!.id, false)).rejects.toBeInstanceOf(ConflictError);
    await setStaffActive(as.admin!, target.id, true);
  });

  it("names the supervisor deactivated since the admin's form was shown, and tells a non-admin nothing about them", async () => {
    const missing = async (work: Promise<unknown>) => {
      const error = await work.then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      return (error as NotFoundError).what;
    };
    const { id: gone } = await createStaff(as.admin!, { name: "Gone Supervisor", email: "gone.supervisor@example.com", role: "supervisor", locale: "en" });
    await setStaffActive(as.admin!, gone, false);
    const input = { name: "Waiting", email: "waiting@example.com", role: "counsellor" as const, locale: "en" as const, supervisorId: gone };
    expect(await missing(createStaff(as.admin!, input))).toBe("supervisor");
    expect(await database.db.select().from(users).where(eq(users.email, "waiting@example.com"))).toEqual([]);
    expect(await missing(assignSupervisor(as.admin!, as.counsellor!.id, gone))).toBe("supervisor");
    for (const who of [as.supervisor!, as.counsellor!, as.client!]) {
      expect(await missing(createStaff(who, input))).toBe("page");
      expect(await missing(assignSupervisor(who, as.counsellor!.id, gone))).toBe("page");
    }
  });
});

describe("staff administration: nobody locked out, nobody left unsupervised unawares", () => {
  it("refuses an admin's reset of their own password, which would end their session behind a password shown once", async () => {
    const [before] = await database.db.select({ hash: users.passwordHash, v: users.sessionVersion }).from(users).where(eq(users.id, as.admin!.id));
    const refused = await resetStaffPassword(as.admin!, as.admin!.id).then(() => null, (error: unknown) => error);
    expect((refused as ConflictError).field).toBe("selfPassword");
    const [after] = await database.db.select({ hash: users.passwordHash, v: users.sessionVersion }).from(users).where(eq(users.id, as.admin!.id));
    expect(after).toEqual(before);
    const resets = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "staff.password_reset"), eq(auditLog.entityId, as.admin!.id)));
    expect(resets).toEqual([]);
    await expect(resetStaffPassword(as.supervisor!, as.supervisor!.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses to deactivate the last active admin, even for an admin whose page was opened before their own deactivation", async () => {
    const { id: secondId } = await createStaff(as.admin!, { name: "Second Admin", email: "second.admin@example.com", role: "admin", locale: "en" });
    const second = await sessionFor("second.admin@example.com");
    try {
      await setStaffActive(second, as.admin!.id, false);
      // The first admin's screen still shows the second as active: deactivating them would leave nobody.
      const refused = await setStaffActive(as.admin!, secondId, false).then(() => null, (error: unknown) => error);
      expect((refused as ConflictError).field).toBe("lastAdmin");
      const [row] = await database.db.select({ active: users.active }).from(users).where(eq(users.id, secondId));
      expect(row?.active).toBe(true);
      expect(await database.db.select().from(auditLog).where(and(eq(auditLog.action, "staff.deactivated"), eq(auditLog.entityId, secondId)))).toEqual([]);
    } finally {
      await setStaffActive(second, as.admin!.id, true);
    }
    // With two active admins again, one may go.
    await setStaffActive(as.admin!, secondId, false);
  });

  it("counts the active counsellors a supervisor leaves without a supervisor", async () => {
    const count = async (id: string) => (await listStaff(as.admin!)).find((member) => member.id === id)?.supervisedCounsellors;
    const { id: lead } = await createStaff(as.admin!, { name: "Team Lead", email: "team.lead@example.com", role: "supervisor", locale: "en" });
    expect(await count(lead)).toBe(0);
    const member = (name: string) => createStaff(as.admin!, { name, email: `${name.replace(" ", ".").toLowerCase()}@example.com`, role: "counsellor", locale: "en", supervisorId: lead });
    await member("Team One");
    const { id: leaver } = await member("Team Two");
    expect(await count(lead)).toBe(2);
    await setStaffActive(as.admin!, leaver, false);
    expect(await count(lead)).toBe(1);
  });
});

describe("sign-in", () => {
  it("gives unknown e-mail and wrong password the same answer and throttles the 6th failure", async () => {
    const unknown = await authenticate({ email: "nobody@example.com", password: "whatever-long" }, noHeaders);
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    for (let i = 0; i < 5; i++) {
      expect(await authenticate({ email: "client2@demo.accord.test", password: `wrong-${i}` }, noHeaders)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const sixth = await authenticate({ email: "client2@demo.accord.test", password: "demo-client-passphrase" }, noHeaders);
    expect(sixth).toEqual({ ok: false, reason: "throttled" });
    const failures = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(eq(auditLog.action, "auth.sign_in_failed"));
    expect(failures[0]?.n).toBeGreaterThanOrEqual(6);
  });

  it("changes a password only with the current one and ends other sessions", async () => {
    const me = as.counsellor2!;
    expect(await changeMyPassword(me, "wrong current", "a brand new passphrase")).toEqual({ ok: false, reason: "wrong_current" });
    const [before] = await database.db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, me.id));
    expect(await changeMyPassword(me, "demo-counsellor-passphrase", "a brand new passphrase")).toEqual({ ok: true });
    const [after] = await database.db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, me.id));
    expect(after?.v).toBe((before?.v ?? 0) + 1);
    expect((await authenticate({ email: me.email, password: "a brand new passphrase" }, noHeaders)).ok).toBe(true);
  });
});

describe("agency settings", () => {
  const demo = { name: "Accord Demo Agency", timeZone: "Asia/Shanghai" as const, currency: "CNY", reviewAfterAgreementDays: 30, reviewIntervalDays: 90 };
  const audited = async () =>
    (await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.action, "settings.updated")))[0]?.n;

  it("can be changed by an admin only, take effect at once and are audited", async () => {
    const change = { name: "Harbour Debt Advice", timeZone: "Asia/Hong_Kong" as const, currency: "HKD", reviewAfterAgreementDays: 14, reviewIntervalDays: 60 };
    const { version } = await getAgencySettingsForEdit(as.admin!);
    await expect(getAgencySettingsForEdit(as.supervisor!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateAgencySettings(as.supervisor!, version, change)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getAgencySettings()).timeZone).toBe("Asia/Shanghai");
    const before = await audited();
    await updateAgencySettings(as.admin!, version, change);
    expect(await getAgencySettings()).toEqual(change);
    expect(await audited()).toBe((before ?? 0) + 1);
    await updateAgencySettings(as.admin!, (await getAgencySettingsForEdit(as.admin!)).version, demo);
  });

  it("refuses a save from a form read before a colleague's save, and writes nothing", async () => {
    // Admin B opens the form; admin A then shortens the review interval.
    const staleForm = await getAgencySettingsForEdit(as.admin!);
    await updateAgencySettings(as.admin!, staleForm.version, { ...demo, reviewIntervalDays: 30 });
    const auditedBefore = await audited();
    // B fixes the agency name and would put the old interval back.
    const { version: _stale, ...typed } = staleForm;
    const refused = await updateAgencySettings(as.admin!, staleForm.version, { ...typed, timeZone: "Asia/Shanghai", name: "Accord Debt Advice" }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).field).toBe("version");
    const now = await getAgencySettingsForEdit(as.admin!);
    expect(now).toMatchObject({ name: "Accord Demo Agency", reviewIntervalDays: 30 });
    expect(await audited()).toBe(auditedBefore);
    // A version that is no row's is refused the same way; the current one saves.
    await expect(updateAgencySettings(as.admin!, "", demo)).rejects.toBeInstanceOf(ConflictError);
    await updateAgencySettings(as.admin!, now.version, demo);
    expect((await getAgencySettingsForEdit(as.admin!)).version).not.toBe(now.version);
  });
});

describe("audit log", () => {
  it("cannot be edited or deleted, even by the application's own connection", async () => {
    await expect(database.db.update(auditLog).set({ action: "tampered" }).where(sql`true`)).rejects.toThrow();
    await expect(database.db.delete(auditLog).where(sql`true`)).rejects.toThrow();
    const rows = await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.action, "tampered"));
    expect(rows[0]?.n).toBe(0);
  });
});
