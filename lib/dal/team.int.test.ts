import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { clients, debts, negotiationEntries } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { openCasesHref, parseCaseloadQuery } from "@/lib/clients/caseload-query";
import { formerCounsellor } from "./client-access";
import { assignClients } from "./client-assignment";
import { listClients } from "./client-list";
import { NotFoundError } from "./errors";
import { listStaff, setStaffActive } from "./staff";
import { getTeamOverview, listReassignableClients } from "./team";

let database: { db: Db; drop: () => Promise<void> };

async function logOralAgreementToday() {
  // An oral agreement today on 张伟's Jiebei debt: an agreement this month, and unconfirmed.
  const [zhang] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, "张伟"));
  const [debt] = await database.db.select({ id: debts.id, creditorId: debts.creditorId }).from(debts).where(eq(debts.clientId, zhang!.id)).limit(1);
  await database.db.insert(negotiationEntries).values({
    clientId: zhang!.id,
    debtId: debt!.id,
    creditorId: debt!.creditorId,
    counsellorId: as.counsellor!.id,
    recordedById: as.counsellor!.id,
    contactedAt: new Date(),
    channel: "phone",
    counterpartName: "Ms Liu",
    requestType: "payment_extension",
    currency: "CNY",
    outcome: "agreed",
    grantedMonths: 3,
  });
}

const as: Record<string, SessionUser> = {};
const today = new Date().toISOString().slice(0, 10);
const monthStart = new Date(`${today.slice(0, 8)}01T00:00:00Z`);

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "supervisor2", "counsellor", "counsellor2", "counsellor3", "client"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
});
afterAll(() => database.drop());

describe("team overview", () => {
  it("shows a supervisor their own counsellors with their open cases and waiting work", async () => {
    const before = (await getTeamOverview(as.supervisor!, today, monthStart)).find((r) => r.counsellorId === as.counsellor!.id)!;
    await logOralAgreementToday();
    const rows = await getTeamOverview(as.supervisor!, today, monthStart);
    expect(rows.map((r) => r.name).sort()).toEqual(["David Chen", "Wang Fang 王芳"]);
    const wang = rows.find((r) => r.counsellorId === as.counsellor!.id)!;
    expect(wang.openTotal).toBe(4);
    expect(wang.open).toMatchObject({ negotiating: 1, intake: 1, plan_agreed: 1, active: 1 });
    expect(wang.agreementsThisMonth).toBe(before.agreementsThisMonth + 1);
    expect(wang.unconfirmedAgreements).toBe(before.unconfirmedAgreements + 1);
    const david = rows.find((r) => r.name === "David Chen")!;
    expect(david.open.closed).toBeUndefined();
  });

  it("shows another supervisor only their team and the admin everyone", async () => {
    expect((await getTeamOverview(as.supervisor2!, today, monthStart)).map((r) => r.name)).toEqual(["Sarah Lin"]);
    const all = await getTeamOverview(as.admin!, today, monthStart);
    expect(all.map((r) => r.name).sort()).toEqual(["David Chen", "Sarah Lin", "Wang Fang 王芳"]);
    expect(all.find((r) => r.name === "Sarah Lin")!.supervisorName).toBe("Zhou Min 周敏");
  });

  it("keeps a deactivated counsellor listed, marked, while open cases are still theirs, so they can be reassigned", async () => {
    const leaver = as.counsellor3!; // Sarah Lin, Zhou Min's team: James Lee and 孙丽
    await setStaffActive(as.admin!, leaver.id, false);
    const [staffRow] = (await listStaff(as.admin!)).filter((m) => m.id === leaver.id);
    expect(staffRow).toMatchObject({ active: false, openCases: 2 });
    const row = (await getTeamOverview(as.supervisor2!, today, monthStart)).find((r) => r.counsellorId === leaver.id);
    expect(row).toMatchObject({ name: "Sarah Lin", active: false, openTotal: 2 });
    expect((await getTeamOverview(as.admin!, today, monthStart)).find((r) => r.counsellorId === leaver.id)?.active).toBe(false);
    // The caseload filter can name them for their own supervisor and the admin only.
    expect(await formerCounsellor(as.supervisor2!, leaver.id)).toEqual({ id: leaver.id, name: "Sarah Lin" });
    expect(await formerCounsellor(as.admin!, leaver.id)).toEqual({ id: leaver.id, name: "Sarah Lin" });
    expect(await formerCounsellor(as.supervisor!, leaver.id)).toBeNull();
    expect(await formerCounsellor(as.counsellor!, leaver.id)).toBeNull();
    expect(await formerCounsellor(as.admin!, as.counsellor!.id)).toBeNull(); // still active: in the usual list
    // Once nothing open is left with them, they leave the overview.
    await database.db.update(clients).set({ counsellorId: as.counsellor!.id }).where(eq(clients.counsellorId, leaver.id));
    expect((await getTeamOverview(as.supervisor2!, today, monthStart)).map((r) => r.counsellorId)).not.toContain(leaver.id);
    await database.db.update(clients).set({ counsellorId: leaver.id }).where(eq(clients.fullName, "James Lee"));
    await database.db.update(clients).set({ counsellorId: leaver.id }).where(eq(clients.fullName, "孙丽"));
    await setStaffActive(as.admin!, leaver.id, true);
  });

  it("credits this month's agreements to the counsellor who negotiated them, even after the case moves", async () => {
    const row = async (id: string) => (await getTeamOverview(as.supervisor!, today, monthStart)).find((r) => r.counsellorId === id)!.agreementsThisMonth;
    const [wang, david] = [await row(as.counsellor!.id), await row(as.counsellor2!.id)];
    await logOralAgreementToday(); // by Wang Fang, on 张伟
    const [zhang] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, "张伟"));
    await assignClients(as.supervisor!, { clientIds: [zhang!.id], counsellorId: as.counsellor2!.id });
    try {
      expect(await row(as.counsellor!.id)).toBe(wang + 1);
      expect(await row(as.counsellor2!.id)).toBe(david);
    } finally {
      await assignClients(as.supervisor!, { clientIds: [zhang!.id], counsellorId: as.counsellor!.id });
    }
  });

  it("links each open-cases count to a caseload listing exactly those cases", async () => {
    // One of Wang Fang's cases closed: the count leaves it out, and so must the list behind it.
    const [wang] = await database.db.select({ id: clients.id, status: clients.status }).from(clients).where(eq(clients.counsellorId, as.counsellor!.id)).limit(1);
    await database.db.update(clients).set({ status: "closed", closureReason: "client_withdrew", closedAt: new Date() }).where(eq(clients.id, wang!.id));
    try {
      for (const row of await getTeamOverview(as.supervisor!, today, monthStart)) {
        const href = new URL(openCasesHref(row.counsellorId), "http://accord.test");
        const page = await listClients(as.supervisor!, parseCaseloadQuery(Object.fromEntries(href.searchParams)));
        expect(page.total, row.name).toBe(row.openTotal);
      }
    } finally {
      await database.db.update(clients).set({ status: wang!.status, closureReason: null, closedAt: null }).where(eq(clients.id, wang!.id));
    }
  });

  it("refuses counsellors and clients, and lists no clients outside the team to move", async () => {
    await expect(getTeamOverview(as.counsellor!, today, monthStart)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTeamOverview(as.client!, today, monthStart)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listReassignableClients(as.counsellor!, as.counsellor!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listReassignableClients(as.supervisor!, as.counsellor3!.id)).toEqual([]);
    expect((await listReassignableClients(as.supervisor2!, as.counsellor3!.id)).map((c) => c.fullName).sort()).toEqual(["James Lee", "孙丽"]);
    expect((await listReassignableClients(as.supervisor!, as.counsellor!.id)).length).toBe(4);
  });
});
