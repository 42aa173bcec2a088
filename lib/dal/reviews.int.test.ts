import { and, desc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, budgetStatements, changeReports, clients, creditors, debts, instalments, notifications, repaymentPlans, reviews } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import type { StatementInput } from "@/lib/validation/budgets";
import { acknowledgeChange, listChangeReports, listMyChangeReports, reportChange } from "./change-reports";
import { ConflictError, NotFoundError } from "./errors";
import { createPlan } from "./plans";
import { ReviewChangedError, completeReview, getAdherence } from "./review-completion";
import { ReviewAlreadyScheduledError, cancelReview, rescheduleReview, scheduleReview } from "./review-schedule";
import { changeClientStatus } from "./clients";
import { agencyToday } from "./debts";
import { forgetAgencySettings } from "./settings";
import { addDays } from "@/lib/finance";
import { getPortalSummary } from "./portal";
import { countOverdueReviewsByCounsellor, getReview, getReviewCancellation, listClientReviews, listDueReviews } from "./reviews";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
const clientOf: Record<string, string> = {};

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "counsellor", "counsellor2", "counsellor3", "supervisor2", "client"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  const rows = await database.db.select({ id: clients.id, name: clients.fullName }).from(clients);
  for (const row of rows) clientOf[row.name] = row.id;
  // Start from a known state: the tests below own every scheduled review.
  await database.db.delete(reviews).where(inArray(reviews.clientId, Object.values(clientOf)));
});
afterAll(() => database.drop());

const TODAY = "2026-06-15";

describe("due reviews for the dashboard and supervision", () => {
  it("lists scheduled reviews due by the horizon, overdue first and oldest first, only the user's clients", async () => {
    await database.db.insert(reviews).values([
      { clientId: clientOf["陈静"]!, dueOn: "2026-06-18", source: "manual" },
      { clientId: clientOf["Tom Wilson"]!, dueOn: "2026-06-01", source: "plan_agreed" },
      { clientId: clientOf["刘洋"]!, dueOn: "2026-07-30", source: "manual" },
      { clientId: clientOf["张伟"]!, dueOn: "2026-06-10", source: "manual" },
      { clientId: clientOf["张伟"]!, dueOn: "2026-05-01", source: "manual", status: "completed" },
      { clientId: clientOf["黄磊"]!, dueOn: "2026-06-02", source: "manual" },
      { clientId: clientOf["孙丽"]!, dueOn: "2026-06-03", source: "manual" },
    ]);
    const mine = await listDueReviews(as.counsellor!, TODAY, "2026-06-22");
    expect(mine.map((r) => [r.clientName, r.dueOn, r.overdue])).toEqual([
      ["Tom Wilson", "2026-06-01", true],
      ["张伟", "2026-06-10", true],
      ["陈静", "2026-06-18", false],
    ]);
    expect(mine[0]).toMatchObject({ clientId: clientOf["Tom Wilson"], reviewId: expect.any(String) });
    expect((await listDueReviews(as.counsellor2!, TODAY, "2026-06-22")).map((r) => r.clientName)).toEqual(["黄磊"]);
    expect((await listDueReviews(as.supervisor!, TODAY, "2026-06-22")).map((r) => r.clientName)).toEqual(["Tom Wilson", "黄磊", "张伟", "陈静"]);
    expect(await listDueReviews(as.client!, TODAY, "2026-06-22")).toEqual([]);
    // Due today is not overdue.
    expect((await listDueReviews(as.counsellor!, "2026-06-18", "2026-06-18")).at(-1)).toMatchObject({ dueOn: "2026-06-18", overdue: false });
  });

  it("counts overdue reviews per counsellor within the user's reach", async () => {
    const team = await countOverdueReviewsByCounsellor(as.supervisor!, TODAY);
    expect(team.get(as.counsellor!.id)).toBe(2);
    expect(team.get(as.counsellor2!.id)).toBe(1);
    expect(team.has(as.counsellor3!.id)).toBe(false);
    const all = await countOverdueReviewsByCounsellor(as.admin!, TODAY);
    expect(all.get(as.counsellor3!.id)).toBe(1);
    const own = await countOverdueReviewsByCounsellor(as.counsellor2!, TODAY);
    expect([...own.entries()]).toEqual([[as.counsellor2!.id, 1]]);
    expect((await countOverdueReviewsByCounsellor(as.client!, TODAY)).size).toBe(0);
  });

  it("refuses another counsellor's client's reviews with a 404", async () => {
    const [row] = await database.db.select({ id: reviews.id }).from(reviews).where(eq(reviews.clientId, clientOf["黄磊"]!));
    await expect(listClientReviews(as.counsellor!, clientOf["黄磊"]!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReview(as.counsellor!, clientOf["黄磊"]!, row!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReview(as.client!, clientOf["黄磊"]!, row!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getReview(as.counsellor2!, clientOf["黄磊"]!, row!.id)).dueOn).toBe("2026-06-02");
    expect((await listClientReviews(as.counsellor!, clientOf["张伟"]!)).map((r) => r.status)).toEqual(["scheduled", "completed"]);
  });
});

const scheduledOf = async (clientId: string) =>
  (await database.db.select().from(reviews).where(and(eq(reviews.clientId, clientId), eq(reviews.status, "scheduled"))))[0] ?? null;
const auditsOf = async (entityId: string) => (await database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(desc(auditLog.id))).map((a) => a.action);

describe("scheduling", () => {
  it("schedules the first review 30 days after a plan is agreed, in the plan's transaction, keeping an earlier one", async () => {
    const clientId = clientOf["张伟"]!;
    await database.db.delete(reviews).where(eq(reviews.clientId, clientId));
    const [debt] = await database.db.select({ id: debts.id }).from(debts).innerJoin(creditors, eq(creditors.id, debts.creditorId)).where(and(eq(debts.clientId, clientId), eq(creditors.nameEn, "Jiebei (Ant Group)")));
    const today = await agencyToday();
    // Nothing cached: the plan's transaction must read the settings itself (PGlite has one connection).
    forgetAgencySettings();
    await createPlan(as.counsellor!, clientId, { debtId: debt!.id, currency: "CNY", entryId: null, kind: "instalments", startDate: today, months: 3, instalmentAmount: null, pauseUntil: null, overrideReason: null });
    const review = await scheduledOf(clientId);
    expect(review).toMatchObject({ dueOn: addDays(today, 30), source: "plan_agreed", createdById: as.counsellor!.id });
    expect(await auditsOf(review!.id)).toEqual(["review.scheduled"]);
    // A second agreement does not push the review later.
    const [card] = await database.db.select({ id: debts.id }).from(debts).innerJoin(creditors, eq(creditors.id, debts.creditorId)).where(and(eq(debts.clientId, clientId), eq(creditors.nameEn, "China Merchants Bank Credit Card")));
    await rescheduleReview(as.counsellor!, clientId, { reviewId: review!.id, version: review!.version, dueOn: addDays(today, 10), reason: "Client asked to meet sooner" });
    await createPlan(as.counsellor!, clientId, { debtId: card!.id, currency: "CNY", entryId: null, kind: "instalments", startDate: today, months: 6, instalmentAmount: null, pauseUntil: null, overrideReason: null });
    expect(await scheduledOf(clientId)).toMatchObject({ id: review!.id, dueOn: addDays(today, 10) });
    expect(await database.db.select().from(reviews).where(eq(reviews.clientId, clientId))).toHaveLength(1);
  });

  it("reschedules with a reason and the version read; a stale version or another counsellor is refused", async () => {
    const clientId = clientOf["张伟"]!;
    const today = await agencyToday();
    const review = (await scheduledOf(clientId))!;
    const input = { reviewId: review.id, version: review.version, dueOn: addDays(today, 20), reason: "Client travelling until then" };
    await expect(rescheduleReview(as.counsellor2!, clientId, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(rescheduleReview(as.client!, clientId, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(scheduleReview(as.counsellor2!, clientId, { dueOn: today, reason: "sneaky" })).rejects.toBeInstanceOf(NotFoundError);
    await rescheduleReview(as.counsellor!, clientId, input);
    expect(await scheduledOf(clientId)).toMatchObject({ dueOn: addDays(today, 20), reason: "Client travelling until then", version: review.version + 1, source: "manual" });
    await expect(rescheduleReview(as.counsellor!, clientId, { ...input, dueOn: addDays(today, 25) })).rejects.toBeInstanceOf(ConflictError);
    const [audit] = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, review.id), eq(auditLog.action, "review.rescheduled"))).orderBy(desc(auditLog.id)).limit(1);
    expect(audit?.details).toMatchObject({ from: addDays(today, 10), to: addDays(today, 20), reason: "Client travelling until then" });
  });

  it("scheduling by hand never moves a review scheduled meanwhile: it answers with that review's date", async () => {
    const clientId = clientOf["张伟"]!;
    const today = await agencyToday();
    const before = (await scheduledOf(clientId))!;
    const audits = await auditsOf(before.id);
    const refused = scheduleReview(as.counsellor!, clientId, { dueOn: addDays(today, 90), reason: "Routine check" });
    await expect(refused).rejects.toBeInstanceOf(ReviewAlreadyScheduledError);
    await expect(refused).rejects.toMatchObject({ dueOn: before.dueOn });
    expect(await scheduledOf(clientId)).toMatchObject({ id: before.id, dueOn: before.dueOn, source: before.source, reason: before.reason, version: before.version });
    expect(await auditsOf(before.id)).toEqual(audits);
  });
});

const statement = (wages: number, rent: number): StatementInput => ({
  statementDate: "2026-11-20",
  currency: "CNY",
  notes: null,
  lines: [
    { kind: "income", category: "wages", description: null, amount: wages, frequency: "monthly", monthlyAmount: wages },
    { kind: "expenditure", category: "housing", description: null, amount: rent, frequency: "monthly", monthlyAmount: rent },
  ],
});

describe("completing a review", () => {
  it("saves the statement, completes the review with its adherence snapshot and schedules the next, in one transaction", async () => {
    const clientId = clientOf["张伟"]!;
    const today = await agencyToday();
    const review = (await scheduledOf(clientId))!;
    const input = { version: review.version, outcome: "needs_adjustment" as const, reviewNotes: "Hours cut at work", nextDueOn: addDays(today, 60) };
    await expect(completeReview(as.counsellor2!, clientId, review.id, input, statement(500_000, 280_000))).rejects.toBeInstanceOf(NotFoundError);
    await expect(completeReview(as.counsellor!, clientId, review.id, { ...input, version: 99 }, statement(500_000, 280_000))).rejects.toBeInstanceOf(ConflictError);
    const before = (await database.db.select().from(budgetStatements).where(eq(budgetStatements.clientId, clientId))).length;
    // The next review date clashes with nothing, but a broken statement line rolls everything back.
    const broken = statement(500_000, 280_000);
    broken.lines[0]!.amount = -1;
    await expect(completeReview(as.counsellor!, clientId, review.id, input, broken)).rejects.toThrow();
    expect(await database.db.select().from(budgetStatements).where(eq(budgetStatements.clientId, clientId))).toHaveLength(before);
    expect((await scheduledOf(clientId))?.id).toBe(review.id);

    const { statementId, nextReviewId } = await completeReview(as.counsellor!, clientId, review.id, input, statement(500_000, 280_000));
    const done = await getReview(as.counsellor!, clientId, review.id);
    const adherence = await getAdherence(as.counsellor!, clientId);
    expect(done).toMatchObject({ status: "completed", outcome: "needs_adjustment", notes: "Hours cut at work", statementId, instalmentsPaid: adherence.paid, instalmentsMissed: adherence.missed, completedByName: as.counsellor!.name });
    expect(await scheduledOf(clientId)).toMatchObject({ id: nextReviewId, dueOn: addDays(today, 60), source: "after_review" });
    expect(await database.db.select().from(budgetStatements).where(eq(budgetStatements.clientId, clientId))).toHaveLength(before + 1);
    expect(await auditsOf(review.id)).toContain("review.completed");
    expect(await auditsOf(statementId)).toEqual(["budget.statement_created"]);
    // Completing it again is refused, and says it is done.
    await expect(completeReview(as.counsellor!, clientId, review.id, { ...input, version: done.version }, statement(1, 1))).rejects.toMatchObject({ current: { status: "completed" } });
  });

  it("a review moved meanwhile is refused once with its new date and version; completing with that version goes ahead", async () => {
    const clientId = clientOf["张伟"]!;
    const today = await agencyToday();
    const review = (await scheduledOf(clientId))!;
    const read = review.version;
    // A colleague moves it while the counsellor types the statement.
    await rescheduleReview(as.counsellor!, clientId, { reviewId: review.id, version: read, dueOn: addDays(today, 5), reason: "Client asked to come sooner" });
    const input = { version: read, outcome: "on_track" as const, reviewNotes: null, nextDueOn: addDays(today, 90) };
    const before = (await database.db.select().from(budgetStatements).where(eq(budgetStatements.clientId, clientId))).length;
    const first = await completeReview(as.counsellor!, clientId, review.id, input, statement(600_000, 280_000)).catch((error: unknown) => error);
    expect(first).toBeInstanceOf(ReviewChangedError);
    expect((first as ReviewChangedError).current).toEqual({ status: "scheduled", dueOn: addDays(today, 5), source: "manual", reason: "Client asked to come sooner", version: read + 1 });
    expect(await database.db.select().from(budgetStatements).where(eq(budgetStatements.clientId, clientId))).toHaveLength(before);
    // The second submit carries the version the refusal returned.
    await completeReview(as.counsellor!, clientId, review.id, { ...input, version: (first as ReviewChangedError).current.version }, statement(600_000, 280_000));
    expect((await getReview(as.counsellor!, clientId, review.id)).status).toBe("completed");
    expect(await scheduledOf(clientId)).toMatchObject({ dueOn: addDays(today, 90), source: "after_review" });
  });

  it("counts adherence from the recorded instalments", async () => {
    const clientId = clientOf["Emily Brown"]!;
    await expect(getAdherence(as.counsellor!, clientId)).rejects.toBeInstanceOf(NotFoundError);
    const [plan] = await database.db.select({ id: repaymentPlans.id }).from(repaymentPlans).where(eq(repaymentPlans.clientId, clientId));
    if (!plan) return; // the demo plan is optional in this seed
    const rows = await database.db.select().from(instalments).where(eq(instalments.planId, plan.id));
    const adherence = await getAdherence(as.counsellor2!, clientId);
    expect(adherence.paid).toBe(rows.filter((r) => r.status === "paid").length);
  });
});

describe("change of circumstances reported in the portal", () => {
  it("stores the report, brings the review forward to within 7 days and notifies the counsellor", async () => {
    const clientId = clientOf["张伟"]!;
    const today = await agencyToday();
    const { reportId, reviewDueOn } = await reportChange(as.client!, { kind: "lost_job", details: "The factory closed on Friday and I was let go." });
    expect(reviewDueOn).toBe(addDays(today, 7));
    expect(await scheduledOf(clientId)).toMatchObject({ dueOn: addDays(today, 7), source: "change_reported" });
    expect((await getPortalSummary(as.client!))?.nextReviewOn).toBe(addDays(today, 7));
    const [note] = await database.db.select().from(notifications).where(eq(notifications.userId, as.counsellor!.id));
    expect(note).toMatchObject({ kind: "change_reported", clientId, link: `/clients/${clientId}/reviews` });
    expect((await listMyChangeReports(as.client!)).map((r) => r.id)).toEqual([reportId]);
    expect(await listChangeReports(as.counsellor!, clientId)).toMatchObject([{ id: reportId, kind: "lost_job", acknowledgedAt: null }]);
    // A second report keeps the (earlier) review where it is.
    await reportChange(as.client!, { kind: "new_income", details: "Started part-time work at a shop." });
    expect((await scheduledOf(clientId))?.dueOn).toBe(addDays(today, 7));
  });

  it("lets only the client's own counsellor see and acknowledge reports; staff cannot report", async () => {
    const clientId = clientOf["张伟"]!;
    const [report] = await listChangeReports(as.counsellor!, clientId);
    await expect(listChangeReports(as.counsellor2!, clientId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listChangeReports(as.client!, clientId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acknowledgeChange(as.counsellor2!, clientId, report!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acknowledgeChange(as.counsellor!, clientOf["黄磊"]!, report!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(reportChange(as.counsellor!, { kind: "other", details: "Pretending to be the client" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await listMyChangeReports(as.counsellor!)).toEqual([]);
    await acknowledgeChange(as.counsellor!, clientId, report!.id);
    await acknowledgeChange(as.counsellor!, clientId, report!.id);
    const [row] = await database.db.select().from(changeReports).where(eq(changeReports.id, report!.id));
    expect(row?.acknowledgedById).toBe(as.counsellor!.id);
    expect((await auditsOf(report!.id)).filter((a) => a === "change.acknowledged")).toHaveLength(1);
  });
});

describe("cancelling a review", () => {
  it("cancels the scheduled review with a reason, for staff who may see the client, audited; the detail page reads who, when and why", async () => {
    const clientId = clientOf["张伟"]!;
    const review = (await scheduledOf(clientId))!;
    const input = { reviewId: review.id, version: review.version, reason: "客户已搬到外地" };
    await expect(cancelReview(as.counsellor2!, clientId, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(cancelReview(as.client!, clientId, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(cancelReview(as.counsellor!, clientId, { ...input, version: review.version + 1 })).rejects.toBeInstanceOf(ConflictError);
    expect((await scheduledOf(clientId))?.id).toBe(review.id);
    await cancelReview(as.supervisor!, clientId, input);
    expect(await scheduledOf(clientId)).toBeNull();
    const row = await getReview(as.counsellor!, clientId, review.id);
    expect(row).toMatchObject({ status: "cancelled", version: review.version + 1, completedAt: null });
    const [audit] = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, review.id), eq(auditLog.action, "review.cancelled")));
    expect(audit).toMatchObject({ actorId: as.supervisor!.id, clientId, details: { dueOn: review.dueOn, reason: "客户已搬到外地" } });
    expect(await getReviewCancellation(as.counsellor!, clientId, review.id)).toMatchObject({ byName: as.supervisor!.name, reason: "客户已搬到外地", because: null });
    await expect(getReviewCancellation(as.counsellor2!, clientId, review.id)).rejects.toBeInstanceOf(NotFoundError);
    // Cancelled is final: neither cancelled again nor completed.
    await expect(cancelReview(as.counsellor!, clientId, { ...input, version: row.version })).rejects.toBeInstanceOf(ConflictError);
    await expect(completeReview(as.counsellor!, clientId, review.id, { version: row.version, outcome: "on_track", reviewNotes: null, nextDueOn: addDays(await agencyToday(), 30) }, statement(1, 1))).rejects.toMatchObject({ current: { status: "cancelled" } });
  });
});

describe("a closed case", () => {
  const versionOf = async (clientId: string) => (await database.db.select({ version: clients.version }).from(clients).where(eq(clients.id, clientId)))[0]!.version;

  it("takes a client's change report and tells the counsellor, but schedules no review and promises none", async () => {
    const clientId = clientOf["张伟"]!;
    await changeClientStatus(as.counsellor!, { clientId, version: await versionOf(clientId), to: "closed", closureReason: "client_withdrew", closureNote: null });
    const { reportId, reviewDueOn } = await reportChange(as.client!, { kind: "lost_job", details: "我上周失业了" });
    expect(reviewDueOn).toBeNull();
    expect(await scheduledOf(clientId)).toBeNull();
    expect((await listMyChangeReports(as.client!)).map((r) => r.id)).toContain(reportId);
    const [note] = await database.db.select().from(notifications).where(eq(notifications.dedupeKey, `change_reported:${reportId}`));
    expect(note).toMatchObject({ userId: as.counsellor!.id, kind: "change_reported", clientId });
    expect(note?.params).not.toHaveProperty("date");
    const [audit] = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, reportId), eq(auditLog.action, "change.reported")));
    expect(audit?.details).toEqual({ kind: "lost_job", caseClosed: true });
    expect((await getPortalSummary(as.client!))?.nextReviewOn).toBeNull();
  });

  it("refuses a review scheduled by hand", async () => {
    const clientId = clientOf["张伟"]!;
    const today = await agencyToday();
    await expect(scheduleReview(as.counsellor!, clientId, { dueOn: addDays(today, 3), reason: "回访" })).rejects.toMatchObject({ field: "closed" });
    expect(await scheduledOf(clientId)).toBeNull();
  });

  it("keeps a review left scheduled on it off the due lists and the overdue counts; it can be cancelled but not completed or moved", async () => {
    const clientId = clientOf["张伟"]!;
    const today = await agencyToday();
    const overdueBefore = (await countOverdueReviewsByCounsellor(as.supervisor!, today)).get(as.counsellor!.id) ?? 0;
    // As one scheduled before closed cases refused them would be.
    const [left] = await database.db.insert(reviews).values({ clientId, dueOn: addDays(today, -3), source: "change_reported" }).returning();
    expect((await listDueReviews(as.counsellor!, today, addDays(today, 14))).map((r) => r.reviewId)).not.toContain(left!.id);
    expect((await listDueReviews(as.admin!, today, addDays(today, 14))).map((r) => r.reviewId)).not.toContain(left!.id);
    expect((await countOverdueReviewsByCounsellor(as.supervisor!, today)).get(as.counsellor!.id) ?? 0).toBe(overdueBefore);
    expect((await countOverdueReviewsByCounsellor(as.admin!, today)).get(as.counsellor!.id) ?? 0).toBe(overdueBefore);
    await expect(completeReview(as.counsellor!, clientId, left!.id, { version: left!.version, outcome: "on_track", reviewNotes: null, nextDueOn: addDays(today, 30) }, statement(1, 1))).rejects.toMatchObject({ field: "closed" });
    await expect(rescheduleReview(as.counsellor!, clientId, { reviewId: left!.id, version: left!.version, dueOn: addDays(today, 30), reason: "later" })).rejects.toMatchObject({ field: "closed" });
    await cancelReview(as.counsellor!, clientId, { reviewId: left!.id, version: left!.version, reason: "Case closed" });
    expect(await scheduledOf(clientId)).toBeNull();
  });

  it("reopened with a plan still running, gets a review as after an agreement, audited", async () => {
    const clientId = clientOf["张伟"]!;
    const today = await agencyToday();
    const [running] = await database.db.select({ id: repaymentPlans.id }).from(repaymentPlans).where(and(eq(repaymentPlans.clientId, clientId), eq(repaymentPlans.status, "active")));
    expect(running).toBeDefined();
    await changeClientStatus(as.supervisor!, { clientId, version: await versionOf(clientId), to: "active", closureReason: null, closureNote: null });
    const review = await scheduledOf(clientId);
    expect(review).toMatchObject({ dueOn: addDays(today, 30), source: "plan_agreed", createdById: as.supervisor!.id });
    const [audit] = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, review!.id), eq(auditLog.action, "review.scheduled")));
    expect(audit?.details).toMatchObject({ dueOn: addDays(today, 30), source: "plan_agreed", because: "client.reopened" });
    expect((await listDueReviews(as.counsellor!, today, addDays(today, 30))).map((r) => r.reviewId)).toContain(review!.id);
  });
});
