import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, clients } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { parseAuditQuery } from "@/lib/audit/query";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { AUDIT_PAGE_SIZE, exportAuditLog, listAuditActors, listAuditLog } from "./audit-log";
import { NotFoundError } from "./errors";

const TZ = "Asia/Shanghai";
let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const q = (params: Record<string, string> = {}) => parseAuditQuery(params, today);
let sun = { id: "", reference: "" };
let zhang = { id: "", reference: "" };

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "supervisor2", "counsellor", "client"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  const pick = async (name: string) => (await database.db.select({ id: clients.id, reference: clients.reference }).from(clients).where(eq(clients.fullName, name)))[0]!;
  [sun, zhang] = [await pick("孙丽"), await pick("张伟")];
  await database.db.insert(auditLog).values({ actorId: as.admin!.id, action: "staff.created", entityType: "user", details: { email: "new@demo.accord.test" } });
});
afterAll(() => database.drop());

describe("audit log viewer", () => {
  it("shows the admin every row, rows without a client included", async () => {
    const page = await listAuditLog(as.admin!, q({ action: "staff.created" }), TZ);
    expect(page.rows.map((r) => r.action)).toEqual(["staff.created"]);
    expect(page.rows[0]!.actorName).toBe("Admin Zhao 赵管理");
  });

  it("shows a supervisor only their team's clients' rows", async () => {
    const mine = await listAuditLog(as.supervisor!, q({ action: "client.created" }), TZ);
    const names = mine.rows.map((r) => r.clientName);
    expect(names).toContain("张伟");
    expect(names).not.toContain("孙丽");
    expect((await listAuditLog(as.supervisor!, q({ action: "staff.created" }), TZ)).rows).toEqual([]);
    expect((await listAuditLog(as.supervisor!, q({ client: sun.reference }), TZ)).rows).toEqual([]);
    const theirs = await listAuditLog(as.supervisor2!, q({ client: sun.reference }), TZ);
    expect(theirs.rows.length).toBeGreaterThan(0);
    expect(new Set(theirs.rows.map((r) => r.clientId))).toEqual(new Set([sun.id]));
  });

  it("filters by actor, action family and client, and pages by keyset", async () => {
    const family = await listAuditLog(as.admin!, q({ action: "negotiation.*" }), TZ);
    expect(family.rows.length).toBe(AUDIT_PAGE_SIZE);
    expect(family.rows.every((r) => r.action.startsWith("negotiation."))).toBe(true);
    expect(family.next).not.toBeNull();
    const older = await listAuditLog(as.admin!, q({ action: "negotiation.*", before: String(family.next) }), TZ);
    expect(older.rows[0]!.id).toBeLessThan(family.rows.at(-1)!.id + 1);
    expect(new Set([...family.rows, ...older.rows].map((r) => r.id)).size).toBe(family.rows.length + older.rows.length);
    const byActor = await listAuditLog(as.admin!, q({ actor: as.counsellor!.id, client: zhang.reference }), TZ);
    expect(byActor.rows.length).toBeGreaterThan(0);
    expect(byActor.rows.every((r) => r.clientId === zhang.id)).toBe(true);
    expect((await listAuditLog(as.admin!, q({ from: "2020-01-01", to: "2020-01-31" }), TZ)).rows).toEqual([]);
  });

  it("refuses counsellors and clients, and audits an export", async () => {
    await expect(listAuditLog(as.counsellor!, q(), TZ)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listAuditLog(as.client!, q(), TZ)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listAuditActors(as.counsellor!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportAuditLog(as.counsellor!, q(), TZ)).rejects.toBeInstanceOf(NotFoundError);
    const rows = await exportAuditLog(as.supervisor!, q({ client: zhang.reference }), TZ);
    expect(rows.every((r) => r.clientId === zhang.id)).toBe(true);
    const [logged] = await database.db.select().from(auditLog).where(eq(auditLog.action, "audit.exported"));
    expect(logged).toMatchObject({ actorId: as.supervisor!.id, details: { filters: { clientRef: zhang.reference } } });
    expect((await listAuditActors(as.supervisor!)).map((a) => a.name).sort()).toEqual(["David Chen", "Li Na 李娜", "Wang Fang 王芳"]);
  });
});
