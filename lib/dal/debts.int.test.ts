import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, clients, creditors, debts } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { createCreditor, listCreditorOptions, listCreditors, updateCreditor } from "./creditors";
import { createDebt, getDebt, listDebts, updateDebt, type DebtWrite } from "./debts";
import { ConflictError, NotFoundError } from "./errors";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
let liuYang = "";
let jiebei = "";

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "counsellor", "counsellor2", "supervisor2", "counsellor3", "client"]) {
    as[key] = await sessionFor(`${key}@demo.accord.test`);
  }
  const [client] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, "刘洋"));
  const [creditor] = await database.db.select({ id: creditors.id }).from(creditors).where(eq(creditors.nameZh, "借呗（蚂蚁集团）"));
  liuYang = client!.id;
  jiebei = creditor!.id;
});
afterAll(() => database.drop());

const debt = (change: Partial<DebtWrite> = {}): DebtWrite => ({
  creditorId: jiebei,
  product: "借呗贷款",
  accountReference: "2088 1022 3344 9876",
  currency: "CNY",
  originalPrincipal: 2_000_000,
  currentBalance: 1_000_000,
  instalment: 100_000,
  rateKind: "daily",
  ratePpb: 500_000,
  penaltyMultiplier: null,
  dueDay: 10,
  overdueSince: "2026-10-15",
  status: "overdue",
  priorityKind: null,
  ...change,
});

async function debtRows(clientId: string): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(debts).where(eq(debts.clientId, clientId));
  return row?.n ?? 0;
}

describe("creditor directory", () => {
  it("is seeded with Chinese lenders and card issuers and readable by every staff member", async () => {
    const names = (await listCreditors(as.counsellor!)).map((c) => c.nameZh);
    expect(names).toEqual(expect.arrayContaining(["借呗（蚂蚁集团）", "花呗（蚂蚁集团）", "微粒贷（微众银行）", "京东金条", "美团月付", "招商银行信用卡", "工商银行信用卡", "建设银行信用卡", "中国银行信用卡", "房东", "税务机关"]));
    await expect(listCreditors(as.client!)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("can be changed by admins only, audited, with optimistic locking", async () => {
    const input = { nameEn: "Test Lender", nameZh: "测试贷", type: "microlender" as const, inAppService: null, hotline: "400-000-0000", branch: null, postalAddress: null, email: null, policyNotes: null, defaultPenaltyMultiplier: 15_000, maxInstalmentMonths: 24 };
    await expect(createCreditor(as.counsellor!, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createCreditor(as.supervisor!, input)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listCreditorOptions(as.counsellor!)).some((c) => c.nameEn === "Test Lender")).toBe(false);
    const { id } = await createCreditor(as.admin!, input);
    // The caseload's creditor filter offers it at once (the cached choices are dropped on a change).
    expect(await listCreditorOptions(as.counsellor!)).toContainEqual({ id, nameEn: "Test Lender", nameZh: "测试贷" });
    await expect(listCreditorOptions(as.client!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createCreditor(as.admin!, { ...input, nameEn: "test lender" })).rejects.toBeInstanceOf(ConflictError);
    await updateCreditor(as.admin!, id, 1, { ...input, maxInstalmentMonths: 36 });
    await expect(updateCreditor(as.admin!, id, 1, { ...input, hotline: "stale" })).rejects.toBeInstanceOf(ConflictError);
    const [row] = await database.db.select().from(creditors).where(eq(creditors.id, id));
    expect(row).toMatchObject({ maxInstalmentMonths: 36, hotline: "400-000-0000", version: 2 });
    const audits = await database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.map((a) => a.action).sort()).toEqual(["creditor.created", "creditor.updated"]);
  });
});

describe("debts", () => {
  it("lets the client's counsellor add two debts with the same creditor, showing only the masked account", async () => {
    const first = await createDebt(as.counsellor!, liuYang, debt());
    const second = await createDebt(as.counsellor!, liuYang, debt({ accountReference: "XY-1234", currentBalance: 500_000 }));
    expect(first.id).not.toBe(second.id);
    const list = await listDebts(as.counsellor!, liuYang);
    expect(list.map((d) => d.accountMasked)).toEqual(["•••• 9876", "•••• 1234"]);
    expect(JSON.stringify(list)).not.toContain("2088");
    // The penalty multiplier falls back to the creditor's default of 1.5×.
    expect(list[0]).toMatchObject({ penaltyMultiplier: 15_000, priority: false, creditorNameZh: "借呗（蚂蚁集团）" });
    const [stored] = await database.db.select({ ref: debts.accountReference }).from(debts).where(eq(debts.id, first.id));
    expect(stored?.ref).toBe("2088 1022 3344 9876");
    const [audit] = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, first.id), eq(auditLog.action, "debt.created")));
    expect(audit?.clientId).toBe(liuYang);
    expect(JSON.stringify(audit?.details)).not.toContain("2088");
  });

  it("is visible to the counsellor's supervisor and an admin", async () => {
    expect(await listDebts(as.supervisor!, liuYang)).toHaveLength(2);
    expect(await listDebts(as.admin!, liuYang)).toHaveLength(2);
  });

  it("answers not-found to another counsellor, another team and a client, and writes nothing for them", async () => {
    const [existing] = await listDebts(as.counsellor!, liuYang);
    const before = await debtRows(liuYang);
    for (const who of ["counsellor2", "supervisor2", "counsellor3", "client"]) {
      const user = as[who]!;
      await expect(listDebts(user, liuYang)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getDebt(user, liuYang, existing!.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(createDebt(user, liuYang, debt())).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateDebt(user, liuYang, existing!.id, existing!.version, debt({ currentBalance: 1 }))).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await debtRows(liuYang)).toBe(before);
    expect((await getDebt(as.counsellor!, liuYang, existing!.id)).currentBalance).toBe(1_000_000);
  });

  it("does not reach a debt through another client's id", async () => {
    const [existing] = await listDebts(as.counsellor!, liuYang);
    const [other] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, "陈静"));
    await expect(getDebt(as.counsellor!, other!.id, existing!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateDebt(as.counsellor!, other!.id, existing!.id, existing!.version, debt())).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses an edit based on a stale version and keeps the first writer's change", async () => {
    const [existing] = await listDebts(as.counsellor!, liuYang);
    await updateDebt(as.counsellor!, liuYang, existing!.id, existing!.version, debt({ currentBalance: 900_000, accountReference: null, priorityKind: "tax" }));
    await expect(
      updateDebt(as.supervisor!, liuYang, existing!.id, existing!.version, debt({ currentBalance: 1 })),
    ).rejects.toBeInstanceOf(ConflictError);
    const after = await getDebt(as.counsellor!, liuYang, existing!.id);
    expect(after).toMatchObject({ currentBalance: 900_000, version: existing!.version + 1, priority: true, priorityKind: "tax", accountMasked: "•••• 9876" });
    const [audit] = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, existing!.id), eq(auditLog.action, "debt.updated")));
    expect(audit?.details).toMatchObject({ changes: { currentBalance: { from: 1_000_000, to: 900_000 } } });
  });

  it("refuses an unknown creditor without writing a row", async () => {
    const before = await debtRows(liuYang);
    await expect(createDebt(as.counsellor!, liuYang, debt({ creditorId: "00000000-0000-4000-8000-000000000000" }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await debtRows(liuYang)).toBe(before);
  });
});
