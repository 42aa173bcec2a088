import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, clients, notifications } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { assignClients } from "./client-assignment";
import { changeClientStatus } from "./clients";
import { ConflictError, NotFoundError } from "./errors";
import { listAwaitingSignOff, listOpenCorrections, listSentBack, resolveCorrection, signOff } from "./outcome-reviews";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
let planId = "";
let emily = "";
let zhao = "";
let zhang = "";

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "supervisor2", "counsellor", "counsellor2", "client"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  const byName = async (name: string) => (await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, name)))[0]!.id;
  [emily, zhao, zhang] = [await byName("Emily Brown"), await byName("赵敏"), await byName("张伟")];
  const queue = await listAwaitingSignOff(as.supervisor!);
  planId = queue.plans.find((p) => p.clientId === emily)!.planId;
});
afterAll(() => database.drop());

describe("outcome reviews", () => {
  it("queues the team's agreed plans and closed cases, and nobody else's", async () => {
    const queue = await listAwaitingSignOff(as.supervisor!);
    expect(queue.plans.map((p) => p.clientName)).toContain("Emily Brown");
    expect(queue.closures.map((c) => c.clientName)).toEqual(["赵敏"]);
    const other = await listAwaitingSignOff(as.supervisor2!);
    expect(other.plans).toEqual([]);
    expect(other.closures).toEqual([]);
    await expect(listAwaitingSignOff(as.counsellor!)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a sign-off from another team or a counsellor", async () => {
    const input = { subject: "plan" as const, clientId: emily, planId, decision: "approved" as const, comment: "" };
    await expect(signOff(as.supervisor2!, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(signOff(as.counsellor2!, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(signOff(as.supervisor!, { ...input, clientId: zhang })).rejects.toBeInstanceOf(NotFoundError);
    await expect(signOff(as.supervisor!, { subject: "closure", clientId: zhang, planId: null, decision: "approved", comment: "" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("sends a plan back: the counsellor is notified and sees it until they resolve it", async () => {
    const { id } = await signOff(as.supervisor!, { subject: "plan", clientId: emily, planId, decision: "needs_correction", comment: "Start date does not match the letter." });
    await expect(signOff(as.supervisor!, { subject: "plan", clientId: emily, planId, decision: "approved", comment: "" })).rejects.toBeInstanceOf(ConflictError);
    expect((await listAwaitingSignOff(as.supervisor!)).plans.map((p) => p.planId)).not.toContain(planId);
    const note = await database.db.select().from(notifications).where(and(eq(notifications.userId, as.counsellor2!.id), eq(notifications.kind, "outcome_feedback")));
    expect(note).toHaveLength(1);
    expect(note[0]).toMatchObject({ clientId: emily, link: "/dashboard#corrections", params: { client: "Emily Brown" } });
    expect((await listOpenCorrections(as.counsellor2!)).map((c) => [c.id, c.comment])).toEqual([[id, "Start date does not match the letter."]]);
    expect(await listOpenCorrections(as.counsellor!)).toEqual([]);
    expect((await listOpenCorrections(as.supervisor!)).map((c) => c.id)).toEqual([id]);
    expect(await listOpenCorrections(as.supervisor2!)).toEqual([]);

    await expect(resolveCorrection(as.counsellor!, { reviewId: id, note: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await resolveCorrection(as.counsellor2!, { reviewId: id, note: "Start date corrected to the 25th." });
    await expect(resolveCorrection(as.counsellor2!, { reviewId: id, note: "again" })).rejects.toBeInstanceOf(ConflictError);
    expect(await listOpenCorrections(as.counsellor2!)).toEqual([]);
    const sent = await listSentBack(as.supervisor!);
    expect(sent[0]).toMatchObject({ id, resolutionNote: "Start date corrected to the 25th.", counsellorName: "David Chen" });
    expect(sent[0]!.resolvedAt).toBeInstanceOf(Date);
    expect((await listAwaitingSignOff(as.supervisor!)).plans.map((p) => p.planId)).toContain(planId);
    const actions = (await database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id))).map((a) => a.action);
    expect(actions.sort()).toEqual(["outcome_review.needs_correction", "outcome_review.resolved"]);
  });

  it("approves a closure once", async () => {
    await signOff(as.admin!, { subject: "closure", clientId: zhao, planId: null, decision: "approved", comment: "" });
    expect((await listAwaitingSignOff(as.supervisor!)).closures).toEqual([]);
    await expect(signOff(as.supervisor!, { subject: "closure", clientId: zhao, planId: null, decision: "approved", comment: "" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("asks for a fresh sign-off when a signed-off case is reopened and closed again", async () => {
    const huang = (await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, "黄磊")))[0]!.id;
    const version = async () => (await database.db.select({ version: clients.version }).from(clients).where(eq(clients.id, huang)))[0]!.version;
    const move = async (who: SessionUser, to: "active" | "closed") =>
      changeClientStatus(who, { clientId: huang, version: await version(), to, closureReason: to === "closed" ? "client_withdrew" : null, closureNote: null });
    const closure = { subject: "closure" as const, clientId: huang, planId: null, decision: "approved" as const, comment: "" };
    const queued = async () => (await listAwaitingSignOff(as.supervisor!)).closures.map((c) => c.clientId);

    await move(as.counsellor2!, "closed");
    expect(await queued()).toContain(huang);
    await signOff(as.supervisor!, closure);
    expect(await queued()).not.toContain(huang);

    await move(as.supervisor!, "active");
    await move(as.counsellor2!, "closed");
    expect(await queued()).toContain(huang);
    await signOff(as.supervisor!, closure);
    expect(await queued()).not.toContain(huang);
    await expect(signOff(as.supervisor!, closure)).rejects.toBeInstanceOf(ConflictError);

    // closed_at comes from the app's clock: one running ahead of the database's must not leave a
    // sign-off dated before the closure it decided.
    await move(as.supervisor!, "active");
    await move(as.counsellor2!, "closed");
    await database.db.update(clients).set({ closedAt: sql`now() + interval '1 minute'` }).where(eq(clients.id, huang));
    await signOff(as.supervisor!, closure);
    expect(await queued()).not.toContain(huang);
  });

  it("shows an open correction to the counsellor who now holds the case, not the one who left it", async () => {
    const { id } = await signOff(as.supervisor!, { subject: "plan", clientId: emily, planId, decision: "needs_correction", comment: "Instalment is above the budget surplus." });
    expect((await listOpenCorrections(as.counsellor2!)).map((c) => c.id)).toEqual([id]);

    await assignClients(as.supervisor!, { clientIds: [emily], counsellorId: as.counsellor!.id });
    expect((await listOpenCorrections(as.counsellor!)).map((c) => [c.id, c.counsellorName])).toEqual([[id, "David Chen"]]);
    expect(await listOpenCorrections(as.counsellor2!)).toEqual([]);
    expect((await listOpenCorrections(as.supervisor!)).map((c) => c.id)).toEqual([id]);
    const note = await database.db.select().from(notifications).where(and(eq(notifications.userId, as.counsellor!.id), eq(notifications.kind, "outcome_feedback")));
    expect(note).toHaveLength(1);
    expect(note[0]).toMatchObject({ clientId: emily, link: "/dashboard#corrections", params: { client: "Emily Brown" } });

    await resolveCorrection(as.counsellor!, { reviewId: id, note: "Instalment lowered to the surplus." });
    expect(await listOpenCorrections(as.counsellor!)).toEqual([]);
    // The supervisor's list names who answered it (the new counsellor), not whom it was sent to.
    const answered = (await listSentBack(as.supervisor!)).find((r) => r.id === id);
    expect(answered).toMatchObject({ counsellorName: "David Chen", resolvedByName: "Wang Fang 王芳" });
  });
});
