import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { clients, documentRequests, documents, notifications, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { reportChange } from "./change-reports";
import { assignClients } from "./client-assignment";
import { commitUpload } from "./document-uploads";
import { listDashboardSection } from "./dashboard-items";
import { NotFoundError } from "./errors";
import { countUnread, listMyNotifications, markAllRead, markRead, notify, openNotification } from "./notifications";
import { setStaffActive } from "./staff";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
const clientOf: Record<string, string> = {};

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "supervisor2", "counsellor", "counsellor2", "counsellor3", "client"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  for (const row of await database.db.select({ id: clients.id, name: clients.fullName }).from(clients)) clientOf[row.name] = row.id;
});
afterAll(() => database.drop());

const mine = (user: SessionUser) => database.db.select().from(notifications).where(eq(notifications.userId, user.id));

describe("notifications", () => {
  it("inserts a notification once per dedupe key, and every time without one", async () => {
    const input = { userId: as.counsellor!.id, kind: "review_due" as const, clientId: clientOf["张伟"], link: "/clients/x/reviews", params: { client: "张伟", date: "2026-12-01" } };
    const before = (await mine(as.counsellor!)).length;
    await notify(database.db, { ...input, dedupeKey: "review_due:abc:2026-12-01" });
    await notify(database.db, { ...input, dedupeKey: "review_due:abc:2026-12-01" });
    await Promise.all([notify(database.db, { ...input, dedupeKey: "k2" }), notify(database.db, { ...input, dedupeKey: "k2" })]);
    expect((await mine(as.counsellor!)).length).toBe(before + 2);
    // The same key for another user is another notification.
    await notify(database.db, { ...input, userId: as.counsellor2!.id, dedupeKey: "k2" });
    expect((await mine(as.counsellor2!)).some((n) => n.dedupeKey === "k2")).toBe(true);
  });

  it("counts and lists only the user's own unread notifications, newest first", async () => {
    const unread = await countUnread(as.counsellor!);
    expect(unread).toBe((await mine(as.counsellor!)).filter((n) => n.readAt === null).length);
    const page = await listMyNotifications(as.counsellor!, 1, "unread");
    expect(page.total).toBe(unread);
    expect(page.rows.every((r) => r.readAt === null)).toBe(true);
    const times = page.rows.map((r) => r.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const others = await listMyNotifications(as.counsellor3!, 1);
    expect(others.rows.some((r) => page.rows.some((p) => p.id === r.id))).toBe(false);
  });

  it("lets nobody else read or mark a counsellor's notification", async () => {
    const [own] = (await mine(as.counsellor!)).filter((n) => n.readAt === null);
    for (const other of [as.counsellor2!, as.supervisor!, as.admin!, as.client!]) {
      await expect(markRead(other, own!.id)).rejects.toBeInstanceOf(NotFoundError);
      expect(await markAllRead(other)).toBeGreaterThanOrEqual(0);
    }
    const [still] = await database.db.select().from(notifications).where(eq(notifications.id, own!.id));
    expect(still?.readAt).toBeNull();
    await expect(markRead(as.counsellor!, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    const before = await countUnread(as.counsellor!);
    await markRead(as.counsellor!, own!.id);
    expect(await countUnread(as.counsellor!)).toBe(before - 1);
    expect(await markAllRead(as.counsellor!)).toBe(before - 1);
    expect(await countUnread(as.counsellor!)).toBe(0);
  });

  it("tells the new counsellor about a reassignment, in the same transaction", async () => {
    const clientId = clientOf["刘洋"]!;
    await assignClients(as.supervisor!, { clientIds: [clientId], counsellorId: as.counsellor2!.id });
    const [row] = await database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, as.counsellor2!.id), eq(notifications.kind, "assignment"), eq(notifications.clientId, clientId)));
    expect(row).toMatchObject({ link: `/clients/${clientId}`, params: { client: "刘洋" } });
    // A move that fails (another team's counsellor) notifies nobody.
    const before = (await mine(as.counsellor3!)).length;
    await expect(assignClients(as.supervisor!, { clientIds: [clientId], counsellorId: as.counsellor3!.id })).rejects.toThrow();
    expect((await mine(as.counsellor3!)).length).toBe(before);
    await assignClients(as.supervisor!, { clientIds: [clientId], counsellorId: as.counsellor!.id });
  });
  it("withholds who and where once the client has moved to another counsellor's caseload", async () => {
    const clientId = clientOf["刘洋"]!;
    await assignClients(as.supervisor!, { clientIds: [clientId], counsellorId: as.counsellor2!.id });
    const aboutMove = async () => (await listMyNotifications(as.counsellor2!, 1)).rows.find((r) => r.kind === "assignment" && r.clientId === clientId)!;
    expect(await aboutMove()).toMatchObject({ withheld: false, link: `/clients/${clientId}`, params: { client: "刘洋" } });
    await assignClients(as.supervisor!, { clientIds: [clientId], counsellorId: as.counsellor!.id });
    const after = await aboutMove();
    expect(after).toMatchObject({ withheld: true, link: "/notifications" });
    expect(JSON.stringify(after)).not.toContain("刘洋");
    // The counsellor who has the client now reads their own notification in full.
    const mineNow = (await listMyNotifications(as.counsellor!, 1)).rows.find((r) => r.kind === "assignment" && r.clientId === clientId);
    expect(mineNow).toMatchObject({ withheld: false, params: { client: "刘洋" } });
  });

  it("opening a notice marks it read and leads to its link; a moved client's or an odd link leads to the list", async () => {
    const clientId = clientOf["刘洋"]!;
    const add = async (userId: string, key: string, link: string) => {
      await notify(database.db, { userId, kind: "review_due", clientId, link, params: { client: "刘洋", date: "2026-12-01" }, dedupeKey: key });
      const [row] = await database.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.dedupeKey, key)));
      return row!.id;
    };
    const own = await add(as.counsellor!.id, "open:1", `/clients/${clientId}/reviews`);
    for (const other of [as.counsellor2!, as.supervisor!, as.admin!, as.client!]) await expect(openNotification(other, own)).rejects.toBeInstanceOf(NotFoundError);
    await expect(openNotification(as.counsellor!, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    const unread = await countUnread(as.counsellor!);
    expect(await openNotification(as.counsellor!, own)).toBe(`/clients/${clientId}/reviews`);
    expect(await countUnread(as.counsellor!)).toBe(unread - 1);
    const [read] = await database.db.select().from(notifications).where(eq(notifications.id, own));
    // Opened again: same place, and the first read time stays.
    expect(await openNotification(as.counsellor!, own)).toBe(`/clients/${clientId}/reviews`);
    const [again] = await database.db.select().from(notifications).where(eq(notifications.id, own));
    expect(again?.readAt?.getTime()).toBe(read?.readAt?.getTime());
    // counsellor2 cannot see 刘洋 (counsellor's client): the link is withheld, as in the list.
    const moved = await add(as.counsellor2!.id, "open:2", `/clients/${clientId}/reviews`);
    expect(await openNotification(as.counsellor2!, moved)).toBe("/notifications");
    for (const link of ["https://evil.example/x", "//evil.example/x", "/\\evil.example/x"]) {
      expect(await openNotification(as.counsellor!, await add(as.counsellor!.id, `open:${link}`, link))).toBe("/notifications");
    }
  });

  it("tells the counsellor when their client uploads through the portal, not when staff upload", async () => {
    const upload = (key: string, name: string) => ({
      clientId: clientOf["张伟"]!,
      kind: "income_proof" as const,
      idempotencyKey: key,
      originalName: name,
      storageKey: `test/${key}`,
      mimeType: "image/png",
      sizeBytes: 10,
      sha256: "0".repeat(64),
    });
    const uploads = async () => (await mine(as.counsellor!)).filter((n) => n.kind === "client_upload");
    const before = (await uploads()).length;
    const { id } = await commitUpload(as.client!, upload("portal-1", "工资单.png"));
    await commitUpload(as.client!, upload("portal-1", "工资单.png")); // a retried upload
    await commitUpload(as.counsellor!, upload("staff-1", "scan.png"));
    const after = await uploads();
    expect(after).toHaveLength(before + 1);
    expect(after.find((n) => n.dedupeKey === `upload:${id}`)).toMatchObject({ params: { client: "张伟", file: "工资单.png" }, link: `/clients/${clientOf["张伟"]}/documents` });
  });

  it("hands a change the client reported, not yet acknowledged, to the counsellor the case moves to", async () => {
    const zhang = clientOf["张伟"]!;
    await reportChange(as.client!, { kind: "new_debt", details: "Borrowed from a relative." });
    const told = async (user: SessionUser) => (await mine(user)).filter((n) => n.kind === "change_reported" && n.clientId === zhang);
    expect(await told(as.counsellor2!)).toHaveLength(0);
    await assignClients(as.supervisor!, { clientIds: [zhang], counsellorId: as.counsellor2!.id });
    try {
      const notices = await told(as.counsellor2!);
      expect(notices.length).toBeGreaterThan(0);
      expect(notices[0]).toMatchObject({ link: `/clients/${zhang}/reviews`, params: { client: "张伟" } });
    } finally {
      await assignClients(as.supervisor!, { clientIds: [zhang], counsellorId: as.counsellor!.id });
    }
  });

  it("tells the supervisor instead while the client's counsellor is deactivated, and nobody who cannot sign in", async () => {
    const upload = (key: string) => ({
      clientId: clientOf["张伟"]!,
      kind: "income_proof" as const,
      idempotencyKey: key,
      originalName: `${key}.png`,
      storageKey: `test/${key}`,
      mimeType: "image/png",
      sizeBytes: 10,
      sha256: "0".repeat(64),
    });
    const uploadsFor = async (user: SessionUser) => (await mine(user)).filter((n) => n.kind === "client_upload").length;
    const changesFor = async (user: SessionUser) => (await mine(user)).filter((n) => n.kind === "change_reported").length;
    const [counsellorBefore, supervisorBefore] = [await uploadsFor(as.counsellor!), await uploadsFor(as.supervisor!)];
    const [counsellorChanges, supervisorChanges] = [await changesFor(as.counsellor!), await changesFor(as.supervisor!)];
    await setStaffActive(as.admin!, as.counsellor!.id, false);
    try {
      await commitUpload(as.client!, upload("while-away-1"));
      await reportChange(as.client!, { kind: "lost_job", details: "Lost my job last week." });
      expect(await uploadsFor(as.counsellor!)).toBe(counsellorBefore);
      expect(await uploadsFor(as.supervisor!)).toBe(supervisorBefore + 1);
      expect(await changesFor(as.supervisor!)).toBe(supervisorChanges + 1);
      expect(await changesFor(as.counsellor!)).toBe(counsellorChanges);
    } finally {
      await setStaffActive(as.admin!, as.counsellor!.id, true);
    }
    await commitUpload(as.client!, upload("back-again-1"));
    expect(await uploadsFor(as.counsellor!)).toBe(counsellorBefore + 1);

    // With no supervisor to turn to, the agency's admins hear of it.
    const adminBefore = await uploadsFor(as.admin!);
    const supervisorId = (await database.db.select({ id: users.supervisorId }).from(users).where(eq(users.id, as.counsellor!.id)))[0]!.id;
    await database.db.update(users).set({ active: false, supervisorId: null }).where(eq(users.id, as.counsellor!.id));
    try {
      await commitUpload(as.client!, upload("no-supervisor-1"));
      expect(await uploadsFor(as.admin!)).toBe(adminBefore + 1);
    } finally {
      await database.db.update(users).set({ active: true, supervisorId }).where(eq(users.id, as.counsellor!.id));
    }
  });
});

describe("dashboard sections", () => {
  it("lists overdue requests for the counsellor's clients only, team for the supervisor, all for the admin", async () => {
    await database.db.insert(documentRequests).values([
      { clientId: clientOf["张伟"]!, title: "Payslips", kind: "income_proof", dueDate: "2020-01-05", requestedById: as.counsellor!.id },
      { clientId: clientOf["孙丽"]!, title: "Bank statement", kind: "bank_statement", dueDate: "2020-01-01", requestedById: as.counsellor3!.id },
      { clientId: clientOf["张伟"]!, title: "Far future", kind: "other", dueDate: "2999-01-01", requestedById: as.counsellor!.id },
    ]);
    const titles = async (user: SessionUser) => (await listDashboardSection(user, "requests")).items.map((i) => i.title);
    expect(await titles(as.counsellor!)).toEqual(["Payslips"]);
    expect(await titles(as.counsellor2!)).toEqual([]);
    expect(await titles(as.supervisor!)).toEqual(["Payslips"]);
    expect(await titles(as.supervisor2!)).toEqual(["Bank statement"]);
    expect(await titles(as.admin!)).toEqual(["Bank statement", "Payslips"]);
    expect(await titles(as.client!)).toEqual([]);
    const [item] = (await listDashboardSection(as.counsellor!, "requests")).items;
    expect(item).toMatchObject({ overdue: true, dueOn: "2020-01-05", href: `/clients/${clientOf["张伟"]}/documents` });
  });

  it("lists documents awaiting review for the counsellor's clients only, team for the supervisor, all for the admin", async () => {
    const upload = (client: string, name: string, by: string) => ({
      clientId: clientOf[client]!,
      kind: "other" as const,
      storageKey: `test/${name}`,
      originalName: name,
      mimeType: "application/pdf",
      sizeBytes: 1,
      sha256: "0".repeat(64),
      idempotencyKey: name,
      uploadedById: by,
      uploadedAt: new Date("2020-02-01T00:00:00Z"),
    });
    await database.db.insert(documents).values([upload("张伟", "zw-payslip.pdf", as.counsellor!.id), upload("孙丽", "sl-statement.pdf", as.counsellor3!.id)]);
    const names = async (user: SessionUser) =>
      (await listDashboardSection(user, "documents")).items.map((i) => i.title).filter((t) => t === "zw-payslip.pdf" || t === "sl-statement.pdf");
    expect(await names(as.counsellor!)).toEqual(["zw-payslip.pdf"]);
    expect(await names(as.counsellor2!)).toEqual([]);
    expect(await names(as.supervisor!)).toEqual(["zw-payslip.pdf"]);
    expect(await names(as.supervisor2!)).toEqual(["sl-statement.pdf"]);
    expect((await names(as.admin!)).sort()).toEqual(["sl-statement.pdf", "zw-payslip.pdf"]);
    expect(await names(as.client!)).toEqual([]);
    const item = (await listDashboardSection(as.counsellor!, "documents")).items.find((i) => i.title === "zw-payslip.pdf");
    expect(item).toMatchObject({ clientName: "张伟", overdue: true, href: `/clients/${clientOf["张伟"]}/documents` });
  });

  it("can count unread from the (user_id, read_at, created_at) index", async () => {
    const plan = await database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      return tx.execute(sql`EXPLAIN SELECT count(*) FROM notifications WHERE user_id = ${as.counsellor!.id} AND read_at IS NULL`);
    });
    expect(JSON.stringify(plan)).toContain("notifications_user_read_created_idx");
  });
});
