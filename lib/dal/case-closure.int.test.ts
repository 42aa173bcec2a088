import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, clients, documentRequests, invitations, reviews } from "@/db/schema";
import { freshClient, freshDebt, loadPeople, person } from "@/lib/security/testing/fixtures";
import { addDays } from "@/lib/finance";
import { addMonths } from "@/lib/validation/plans";
import { negotiationInput } from "@/lib/testing/negotiations";
import { freshDatabase } from "@/lib/testing/db";
import { changeClientStatus } from "./clients";
import { createDocumentRequest } from "./document-requests";
import { createInvitation, findOpenInvitation } from "./invitations";
import { agencyToday } from "./debts";
import { listMissedInstalments } from "./missed-instalments";
import { listNextActionsDue, listUnconfirmedAgreements, logNegotiationEntry } from "./negotiations";
import { listPausesEndingSoon } from "./pauses";
import { createPlan } from "./plans";
import { getTeamOverview } from "./team";
import { listDueReviews } from "./reviews";
import { scheduleReview } from "./review-schedule";

/**
 * Closing a case ends the work waiting on it: its follow-up review, open document requests, unused
 * portal invitations and next actions leave the dashboards and reminders (each audited); reopening it
 * brings back the next actions its log defines.
 */
let database: { db: Db; drop: () => Promise<void> };

beforeAll(async () => {
  database = await freshDatabase();
  await loadPeople();
});
afterAll(() => database.drop());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const versionOf = async (clientId: string) => (await database.db.select({ version: clients.version }).from(clients).where(eq(clients.id, clientId)))[0]!.version;
const move = async (who: "counsellor" | "supervisor", clientId: string, to: "closed" | "active") =>
  changeClientStatus(person(who), { clientId, version: await versionOf(clientId), to, closureReason: to === "closed" ? "client_withdrew" : null, closureNote: null });

describe("closing a case", () => {
  it("cancels its review and requests, revokes its invitation and takes its next actions off the dashboard; reopening brings the next actions back", async () => {
    const counsellor = person("counsellor");
    const clientId = await freshClient();
    const debtId = await freshDebt(clientId);
    const { reviewId } = await scheduleReview(counsellor, clientId, { dueOn: inDays(3), reason: "Check-in after intake" });
    const { id: requestId } = await createDocumentRequest(counsellor, { clientId, title: "Payslips", kind: "income_proof", dueDate: inDays(5), note: null });
    const { token } = await createInvitation(counsellor, { clientId, email: `closing-${Date.now()}@example.test` });
    const { id: entryId } = await logNegotiationEntry(counsellor, clientId, negotiationInput(debtId, { outcome: "pending", grantedMonths: null, contactedAt: new Date(Date.now() - 7_200_000), nextActionDate: inDays(2) }));
    expect((await listDueReviews(counsellor, inDays(0), inDays(30))).map((r) => r.reviewId)).toContain(reviewId);
    expect((await listNextActionsDue(counsellor, 7)).map((e) => e.id)).toContain(entryId);

    await move("counsellor", clientId, "closed");

    const [review] = await database.db.select({ status: reviews.status }).from(reviews).where(eq(reviews.id, reviewId));
    expect(review?.status).toBe("cancelled");
    expect((await listDueReviews(counsellor, inDays(0), inDays(30))).map((r) => r.reviewId)).not.toContain(reviewId);
    const [request] = await database.db.select({ status: documentRequests.status, by: documentRequests.cancelledById }).from(documentRequests).where(eq(documentRequests.id, requestId));
    expect(request).toEqual({ status: "cancelled", by: counsellor.id });
    expect(await findOpenInvitation(token)).toBeNull();
    expect((await database.db.select({ revokedAt: invitations.revokedAt }).from(invitations).where(eq(invitations.clientId, clientId)))[0]?.revokedAt).not.toBeNull();
    expect((await listNextActionsDue(counsellor, 7)).map((e) => e.id)).not.toContain(entryId);
    const audited = await database.db.select({ action: auditLog.action, entityId: auditLog.entityId }).from(auditLog).where(and(eq(auditLog.clientId, clientId), eq(auditLog.actorId, counsellor.id)));
    expect(audited).toEqual(
      expect.arrayContaining([
        { action: "review.cancelled", entityId: reviewId },
        { action: "document_request.cancelled", entityId: requestId },
        expect.objectContaining({ action: "client.invitation_revoked" }),
      ]),
    );

    // A contact recorded on the closed case adds no next action either.
    const { id: later } = await logNegotiationEntry(counsellor, clientId, negotiationInput(debtId, { outcome: "pending", grantedMonths: null, nextActionDate: inDays(4) }));
    expect((await listNextActionsDue(counsellor, 7)).map((e) => e.id)).not.toContain(later);

    await move("supervisor", clientId, "active");
    const due = (await listNextActionsDue(counsellor, 7)).map((e) => e.id);
    expect(due).toContain(later);
    expect(due).not.toContain(entryId); // the later contact acted on it
    // Cancelled stays cancelled; with no plan running, the reopened case gets no new review yet.
    expect((await database.db.select({ status: reviews.status }).from(reviews).where(eq(reviews.id, reviewId)))[0]?.status).toBe("cancelled");
    expect(await database.db.select().from(reviews).where(and(eq(reviews.clientId, clientId), eq(reviews.status, "scheduled")))).toEqual([]);
  });

  it("takes its missed instalments, ending pauses and unconfirmed agreements off the work lists until it is reopened", async () => {
    const counsellor = person("counsellor");
    const clientId = await freshClient();
    const today = await agencyToday();
    const planDebt = await freshDebt(clientId);
    const { id: planId } = await createPlan(counsellor, clientId, { debtId: planDebt, currency: "CNY", entryId: null, kind: "instalments", startDate: addMonths(today, -3), months: 3, instalmentAmount: null, pauseUntil: null, overrideReason: null });
    const pauseDebt = await freshDebt(clientId);
    const { id: agreed } = await logNegotiationEntry(counsellor, clientId, negotiationInput(pauseDebt, { outcome: "agreed", requestType: "collection_pause", grantedMonths: null, agreedPauseUntil: addDays(today, 3) }));
    const lists = async () => ({
      missed: (await listMissedInstalments(counsellor)).some((i) => i.planId === planId),
      pauses: (await listPausesEndingSoon(counsellor)).some((p) => p.debtId === pauseDebt),
      unconfirmed: (await listUnconfirmedAgreements(counsellor)).some((e) => e.id === agreed),
    });
    expect(await lists()).toEqual({ missed: true, pauses: true, unconfirmed: true });
    const unconfirmedOnTeam = async () => (await getTeamOverview(person("supervisor"), today, new Date(0))).find((r) => r.counsellorId === counsellor.id)!.unconfirmedAgreements;
    const before = await unconfirmedOnTeam();

    await move("counsellor", clientId, "closed");
    expect(await lists()).toEqual({ missed: false, pauses: false, unconfirmed: false });
    expect(await unconfirmedOnTeam()).toBe(before - 1);

    await move("supervisor", clientId, "active");
    expect(await lists()).toEqual({ missed: true, pauses: true, unconfirmed: true });
    // Closing cancelled the review the plan scheduled; the plan still runs, so reopening schedules one.
    const scheduled = await database.db.select({ dueOn: reviews.dueOn }).from(reviews).where(and(eq(reviews.clientId, clientId), eq(reviews.status, "scheduled")));
    expect(scheduled).toEqual([{ dueOn: addDays(today, 30) }]);
    expect((await listDueReviews(counsellor, today, addDays(today, 30), 500)).map((r) => r.clientId)).toContain(clientId);
  });

  it("leaves other clients' work alone", async () => {
    const counsellor = person("counsellor");
    const [open, closing] = [await freshClient(), await freshClient()];
    const { id: requestId } = await createDocumentRequest(counsellor, { clientId: open, title: "Bank statement", kind: "income_proof", dueDate: null, note: null });
    const { reviewId } = await scheduleReview(counsellor, open, { dueOn: inDays(3), reason: "Check-in after intake" });
    await move("counsellor", closing, "closed");
    expect((await database.db.select({ status: documentRequests.status }).from(documentRequests).where(eq(documentRequests.id, requestId)))[0]?.status).toBe("open");
    expect((await database.db.select({ status: reviews.status }).from(reviews).where(eq(reviews.id, reviewId)))[0]?.status).toBe("scheduled");
  });
});
