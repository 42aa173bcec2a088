import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { consents, documentRequests, documents, instalments, negotiationEntries, repaymentPlans, reviews } from "@/db/schema";
import { withdrawConsent } from "@/lib/dal/consents";
import { cancelDocumentRequest } from "@/lib/dal/document-requests";
import { withdrawDocument } from "@/lib/dal/documents";
import { NotFoundError } from "@/lib/dal/errors";
import { confirmAgreement, logNegotiationEntry } from "@/lib/dal/negotiations";
import { createPlan, recordPayment } from "@/lib/dal/plans";
import { cancelReview, rescheduleReview, scheduleReview } from "@/lib/dal/review-schedule";
import { freshDatabase } from "@/lib/testing/db";
import { negotiationEntrySchema } from "@/lib/validation/negotiations";
import { planSchema } from "@/lib/validation/plans";
import { dayFromNow, entryFields, freshClient, freshConsent, freshDebt, freshDocument, freshEntry, freshInstalment, freshRequest, loadPeople, person, planFields } from "./testing/fixtures";

/**
 * A counsellor who may see two clients sends one client's id with the other client's record (a debt,
 * an entry, an instalment, a document, a request, a consent, a review): every write refuses the pair
 * as not found and changes nothing. The action matrix (actions.int.test.ts) always sends matching
 * pairs, so a write that checked only the client would pass it; these would not.
 */
let database: { db: Db; drop: () => Promise<void> };
let mine = "";
let other = "";
const counsellor = () => person("counsellor");

beforeAll(async () => {
  database = await freshDatabase();
  await loadPeople();
  mine = await freshClient();
  other = await freshClient();
});
afterAll(() => database.drop());

const notFound = (work: Promise<unknown>) => expect(work).rejects.toBeInstanceOf(NotFoundError);

describe("one client's id with another client's record", () => {
  it("does not make a plan on the other client's debt, nor from the other client's agreement", async () => {
    const theirDebt = await freshDebt(other);
    await notFound(createPlan(counsellor(), mine, planSchema.parse(planFields(theirDebt))));
    const myDebt = await freshDebt(mine);
    const theirEntry = await freshEntry(other, await freshDebt(other));
    await notFound(createPlan(counsellor(), mine, planSchema.parse({ ...planFields(myDebt), entryId: theirEntry })));
    expect(await database.db.select().from(repaymentPlans).where(eq(repaymentPlans.debtId, theirDebt))).toEqual([]);
    expect(await database.db.select().from(repaymentPlans).where(eq(repaymentPlans.debtId, myDebt))).toEqual([]);
  });

  it("does not record a payment on the other client's instalment", async () => {
    const theirs = await freshInstalment(other);
    await notFound(recordPayment(counsellor(), mine, { instalmentId: theirs, outcome: "paid", amount: null, paidOn: dayFromNow(0), note: null }));
    const [row] = await database.db.select({ status: instalments.status }).from(instalments).where(eq(instalments.id, theirs));
    expect(row!.status).not.toBe("paid");
  });

  it("does not correct the other client's entry, nor confirm an agreement with the other client's document", async () => {
    const schema = negotiationEntrySchema({ timeZone: "Asia/Shanghai", now: new Date() });
    const myDebt = await freshDebt(mine);
    const theirEntry = await freshEntry(other, await freshDebt(other));
    await notFound(logNegotiationEntry(counsellor(), mine, schema.parse({ ...entryFields(myDebt, "pending"), correctsEntryId: theirEntry })));
    expect(await database.db.select().from(negotiationEntries).where(eq(negotiationEntries.correctsEntryId, theirEntry))).toEqual([]);
    const myEntry = await freshEntry(mine, myDebt);
    const theirDocument = await freshDocument(other);
    await notFound(confirmAgreement(counsellor(), mine, { entryId: myEntry, documentId: theirDocument, reference: null }));
    await notFound(confirmAgreement(counsellor(), mine, { entryId: theirEntry, documentId: null, reference: "REF-1" }));
  });

  it("does not withdraw the other client's document, cancel their request or withdraw their consent", async () => {
    const document = await freshDocument(other);
    await notFound(withdrawDocument(counsellor(), { clientId: mine, documentId: document, reason: "wrong case" }));
    expect((await database.db.select({ deletedAt: documents.deletedAt }).from(documents).where(eq(documents.id, document)))[0]!.deletedAt).toBeNull();
    const request = await freshRequest(other);
    await notFound(cancelDocumentRequest(counsellor(), mine, request));
    expect((await database.db.select({ status: documentRequests.status }).from(documentRequests).where(eq(documentRequests.id, request)))[0]!.status).toBe("open");
    const consent = await freshConsent(other);
    await notFound(withdrawConsent(counsellor(), { clientId: mine, consentId: consent, note: null }));
    expect((await database.db.select({ withdrawnAt: consents.withdrawnAt }).from(consents).where(eq(consents.id, consent)))[0]!.withdrawnAt).toBeNull();
  });

  it("does not move or cancel the other client's review", async () => {
    // Each client's one scheduled review: the plans above scheduled some; scheduling by hand adds one where none stands.
    const scheduled = async (clientId: string, dueOn: string) => {
      const [row] = await database.db.select({ id: reviews.id, dueOn: reviews.dueOn, version: reviews.version }).from(reviews).where(and(eq(reviews.clientId, clientId), eq(reviews.status, "scheduled")));
      return row ?? { id: (await scheduleReview(counsellor(), clientId, { dueOn, reason: "check in" })).reviewId, dueOn, version: 1 };
    };
    const theirs = await scheduled(other, dayFromNow(10));
    await scheduled(mine, dayFromNow(12));
    await notFound(rescheduleReview(counsellor(), mine, { reviewId: theirs.id, version: theirs.version, dueOn: dayFromNow(20), reason: "moved" }));
    await notFound(cancelReview(counsellor(), mine, { reviewId: theirs.id, version: theirs.version, reason: "not needed" }));
    expect((await database.db.select({ dueOn: reviews.dueOn, status: reviews.status }).from(reviews).where(eq(reviews.id, theirs.id)))[0]).toEqual({ dueOn: theirs.dueOn, status: "scheduled" });
  });
});
