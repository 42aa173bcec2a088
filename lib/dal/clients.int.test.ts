import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, clients } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { parseCaseloadQuery } from "@/lib/clients/caseload-query";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { assignClients } from "./client-assignment";
import { listAssignableCounsellors } from "./client-access";
import { listClients } from "./client-list";
import { changeClientStatus, createClient, getClient, profileSnapshot, TransitionError, updateClient, VersionConflictError } from "./clients";
import { NotFoundError } from "./errors";
import { assignSupervisor, createStaff, setStaffActive } from "./staff";
import { listTimeline } from "./timeline";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "counsellor", "counsellor2", "supervisor2", "counsellor3", "client"]) {
    as[key] = await sessionFor(`${key}@demo.accord.test`);
  }
});
afterAll(() => database.drop());

const intake = {
  fullName: "林小红",
  phone: "+86 138 0013 8123",
  email: null,
  dateOfBirth: "1988-05-02",
  preferredLanguage: "zh-CN" as const,
  householdAdults: 2,
  householdDependants: 1,
  employmentStatus: "unemployed" as const,
  hardshipReasons: ["unemployment" as const],
  hardshipOther: null,
  vulnerabilities: [],
  vulnerabilityOther: null,
  notes: null,
};

async function auditCount(clientId: string): Promise<number> {
  const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.clientId, clientId));
  return row?.n ?? 0;
}

const names = (page: { rows: { fullName: string }[] }) => page.rows.map((r) => r.fullName);

describe("intake", () => {
  it("gives a counsellor's new client to that counsellor, with a reference and an audit entry", async () => {
    const { id, reference } = await createClient(as.counsellor!, intake);
    expect(reference).toMatch(/^C-\d{4}-\d{5}$/);
    const client = await getClient(as.counsellor!, id);
    expect(client.counsellorId).toBe(as.counsellor!.id);
    expect(client.hardshipReasons).toEqual(["unemployment"]);
    expect(await auditCount(id)).toBe(1);
  });

  it("lets a supervisor pick only a counsellor of their own team", async () => {
    expect((await listAssignableCounsellors(as.supervisor!)).map((c) => c.id).sort()).toEqual([as.counsellor!.id, as.counsellor2!.id].sort());
    const { id } = await createClient(as.supervisor!, { ...intake, fullName: "Team Pick", counsellorId: as.counsellor2!.id });
    expect((await getClient(as.counsellor2!, id)).fullName).toBe("Team Pick");
    const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(clients);
    await expect(createClient(as.supervisor!, { ...intake, fullName: "Other Team", counsellorId: as.counsellor3!.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createClient(as.client!, intake)).rejects.toBeInstanceOf(NotFoundError);
    const after = await database.db.select({ n: sql<number>`count(*)::int` }).from(clients);
    expect(after[0]?.n).toBe(before[0]?.n);
  });
});

describe("caseload", () => {
  it("shows each role only the clients it may see", async () => {
    const all = parseCaseloadQuery({ size: "100" });
    const mine = await listClients(as.counsellor!, all);
    expect(mine.rows.every((r) => r.counsellorId === as.counsellor!.id)).toBe(true);
    expect(names(mine)).toContain("张伟");
    expect(names(await listClients(as.counsellor3!, all))).not.toContain("张伟");
    expect(names(await listClients(as.supervisor2!, all)).sort()).toEqual(["James Lee", "孙丽"]);
    const admin = await listClients(as.admin!, all);
    expect(admin.total).toBe(admin.rows.length);
    expect(admin.total).toBeGreaterThanOrEqual(11);
    await expect(listClients(as.client!, all)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("searches names by prefix or last word, references, and phone endings", async () => {
    const search = (q: string) => listClients(as.admin!, parseCaseloadQuery({ q }));
    expect(names(await search("张"))).toContain("张伟");
    expect(names(await search("wil"))).toContain("Tom Wilson");
    expect(names(await search("TOM"))).toContain("Tom Wilson");
    expect(names(await search("13800138000"))).toContain("张伟");
    expect(names(await search("900123"))).toEqual(["Tom Wilson"]);
    const [zhang] = (await search("张伟")).rows;
    expect(names(await search(zhang!.reference.toLowerCase()))).toEqual(["张伟"]);
    expect(names(await search("100%_"))).toEqual([]);
  });

  it("filters by status and counsellor, sorts on allowed columns and pages", async () => {
    const negotiating = await listClients(as.admin!, parseCaseloadQuery({ status: "negotiating" }));
    expect(names(negotiating).sort()).toEqual(["张伟", "黄磊"].sort());
    const byCounsellor = await listClients(as.supervisor!, parseCaseloadQuery({ counsellor: as.counsellor2!.id, size: "100" }));
    expect(byCounsellor.rows.every((r) => r.counsellorId === as.counsellor2!.id)).toBe(true);
    // A counsellor naming someone else's id as the filter still sees nothing of theirs.
    expect((await listClients(as.counsellor!, parseCaseloadQuery({ counsellor: as.counsellor3!.id }))).rows).toEqual([]);
    const byName = await listClients(as.admin!, parseCaseloadQuery({ sort: "name.asc", size: "100" }));
    const sorted = [...names(byName)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(names(byName)).toEqual(sorted);
    const page1 = await listClients(as.admin!, parseCaseloadQuery({ sort: "reference.asc", size: "25" }));
    const page2 = await listClients(as.admin!, parseCaseloadQuery({ sort: "reference.asc", size: "25", page: "2" }));
    expect(page1.rows.length).toBeGreaterThan(0);
    expect(page2.rows).toEqual([]);
    expect(page2.total).toBe(page1.total);
  });
});

describe("editing and the workflow", () => {
  it("refuses another counsellor, another team and a client, and writes nothing", async () => {
    const { id } = await createClient(as.counsellor!, { ...intake, fullName: "Private Case" });
    const before = await auditCount(id);
    for (const who of [as.counsellor2!, as.counsellor3!, as.supervisor2!, as.client!]) {
      await expect(getClient(who, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateClient(who, { ...intake, clientId: id, version: 1, fullName: "Hijacked" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(changeClientStatus(who, { clientId: id, version: 1, to: "active", closureReason: null, closureNote: null })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(listTimeline(who, id)).rejects.toBeInstanceOf(NotFoundError);
    }
    const client = await getClient(as.counsellor!, id);
    expect(client.fullName).toBe("Private Case");
    expect(client.status).toBe("intake");
    expect(await auditCount(id)).toBe(before);
  });

  it("lets the second of two concurrent saves fail with what changed, overwriting nothing", async () => {
    const { id } = await createClient(as.counsellor!, { ...intake, fullName: "Concurrent" });
    const first = await updateClient(as.counsellor!, { ...intake, fullName: "Concurrent", phone: "13900001111", clientId: id, version: 1 });
    expect(first).toEqual({ version: 2, changed: ["phone"] });
    const second = updateClient(as.supervisor!, { ...intake, fullName: "Concurrent", notes: "supervisor note", clientId: id, version: 1 });
    await expect(second).rejects.toBeInstanceOf(VersionConflictError);
    const error = (await second.catch((e: unknown) => e)) as VersionConflictError;
    expect(error.current.phone).toBe("13900001111");
    expect(error.current.version).toBe(2);
    const stored = await getClient(as.counsellor!, id);
    expect(stored.notes).toBeNull();
    expect(stored.phone).toBe("13900001111");
  });

  it("saves a profile edit when only the case's status moved meanwhile, and names only a colleague's fields on a real conflict", async () => {
    const { id } = await createClient(as.counsellor!, { ...intake, fullName: "Moved On" });
    const read = await getClient(as.counsellor!, id);
    const loaded = profileSnapshot(read);
    // A colleague moves the case along (the version goes up; the profile stays as read).
    await changeClientStatus(as.supervisor!, { clientId: id, version: read.version, to: "active", closureReason: null, closureNote: null });
    const saved = await updateClient(as.counsellor!, { ...intake, fullName: "Moved On", phone: "13900002222", clientId: id, version: read.version, loaded });
    expect(saved.changed).toEqual(["phone"]);
    expect((await getClient(as.counsellor!, id)).status).toBe("active");

    // Now a colleague does change the profile: the stale form conflicts and names their field only.
    const again = await getClient(as.counsellor!, id);
    await updateClient(as.supervisor!, { ...intake, fullName: "Moved On", phone: "13900002222", notes: "Called the landlord", clientId: id, version: again.version });
    const stale = updateClient(as.counsellor!, { ...intake, fullName: "Moved On", phone: "13900003333", clientId: id, version: again.version, loaded: profileSnapshot(again) });
    const error = (await stale.catch((e: unknown) => e)) as VersionConflictError;
    expect(error).toBeInstanceOf(VersionConflictError);
    expect(error.changed).toEqual(["notes"]);
    expect((await getClient(as.counsellor!, id)).phone).toBe("13900002222");
  });

  it("moves a case only along the workflow, needs fresh versions and lets only senior staff reopen", async () => {
    const { id } = await createClient(as.counsellor!, { ...intake, fullName: "Workflow" });
    const move = (who: SessionUser, version: number, to: "active" | "negotiating" | "closed", reason: "client_withdrew" | null = null) =>
      changeClientStatus(who, { clientId: id, version, to, closureReason: reason, closureNote: null });
    await expect(move(as.counsellor!, 1, "negotiating")).rejects.toBeInstanceOf(TransitionError);
    expect(await move(as.counsellor!, 1, "active")).toEqual({ version: 2 });
    await expect(move(as.counsellor!, 1, "negotiating")).rejects.toBeInstanceOf(VersionConflictError);
    await move(as.counsellor!, 2, "closed", "client_withdrew");
    const closed = await getClient(as.counsellor!, id);
    expect(closed).toMatchObject({ status: "closed", closureReason: "client_withdrew" });
    expect(closed.closedAt).toBeInstanceOf(Date);
    await expect(move(as.counsellor!, 3, "active")).rejects.toBeInstanceOf(TransitionError);
    await move(as.supervisor!, 3, "active");
    expect(await getClient(as.counsellor!, id)).toMatchObject({ status: "active", closureReason: null, closedAt: null });
    const actions = (await listTimeline(as.counsellor!, id)).map((e) => e.action);
    expect(actions).toEqual(["client.reopened", "client.closed", "client.status_changed", "client.created"]);

    // Read two at a time, the history reaches its start without a gap or a repeat.
    const pages: string[][] = [];
    let before: number | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof listTimeline>> = await listTimeline(as.counsellor!, id, { limit: 2, before });
      if (page.length === 0) break;
      pages.push(page.map((e) => e.action));
      before = page.at(-1)!.id;
    }
    expect(pages).toEqual([
      ["client.reopened", "client.closed"],
      ["client.status_changed", "client.created"],
    ]);
    // Another client's entry names no place in this client's history.
    const other = await createClient(as.counsellor!, { ...intake, fullName: "Other History" });
    const [theirs] = await listTimeline(as.counsellor!, other.id);
    expect(await listTimeline(as.counsellor!, id, { before: theirs!.id })).toEqual([]);
  });
});

describe("assignment", () => {
  it("moves several clients at once; the new counsellor sees them and the old one no longer does", async () => {
    const a = await createClient(as.counsellor!, { ...intake, fullName: "Move A" });
    const b = await createClient(as.counsellor!, { ...intake, fullName: "Move B" });
    expect(await assignClients(as.supervisor!, { clientIds: [a.id, b.id], counsellorId: as.counsellor2!.id })).toEqual({ moved: 2 });
    await expect(getClient(as.counsellor!, a.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getClient(as.counsellor2!, b.id)).fullName).toBe("Move B");
    const [entry] = await database.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.clientId, a.id), eq(auditLog.action, "client.assigned")));
    expect(entry?.details).toEqual({ from: as.counsellor!.id, to: as.counsellor2!.id });
  });

  it("is all or nothing, team-bound for supervisors and refused to counsellors", async () => {
    const mine = await createClient(as.counsellor!, { ...intake, fullName: "Stay Put" });
    const [otherTeam] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, "孙丽"));
    await expect(assignClients(as.supervisor!, { clientIds: [mine.id, otherTeam!.id], counsellorId: as.counsellor2!.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(assignClients(as.supervisor!, { clientIds: [mine.id], counsellorId: as.counsellor3!.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(assignClients(as.counsellor!, { clientIds: [mine.id], counsellorId: as.counsellor2!.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getClient(as.counsellor!, mine.id)).counsellorId).toBe(as.counsellor!.id);
    await assignClients(as.admin!, { clientIds: [mine.id], counsellorId: as.counsellor3!.id });
    expect((await getClient(as.supervisor2!, mine.id)).fullName).toBe("Stay Put");
  });

  it("names the counsellor, not the clients, when the counsellor left or moved team meanwhile; outsiders still get the clients' 404", async () => {
    const missing = async (work: Promise<unknown>) => {
      const error = await work.then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      return (error as NotFoundError).what;
    };
    const staff = (name: string) => createStaff(as.admin!, { name, email: `${name}@example.test`, role: "counsellor", locale: "en", supervisorId: as.supervisor!.id });
    const { id: leaver } = await staff("leaver");
    const { id: mover } = await staff("mover");
    const client = await createClient(as.counsellor!, { ...intake, fullName: "Waiting Move" });
    await setStaffActive(as.admin!, leaver, false);
    await assignSupervisor(as.admin!, mover, as.supervisor2!.id);
    for (const counsellorId of [leaver, mover]) {
      // The caller's clients: the answer is about the counsellor, which the form shows on its field.
      expect(await missing(assignClients(as.supervisor!, { clientIds: [client.id], counsellorId }))).toBe("counsellor");
      // The same call from outside the team (the mover is now supervisor2's): about the clients, a 404.
      expect(await missing(assignClients(as.supervisor2!, { clientIds: [client.id], counsellorId }))).toBe("client");
    }
    expect((await getClient(as.counsellor!, client.id)).counsellorId).toBe(as.counsellor!.id);
  });
});
