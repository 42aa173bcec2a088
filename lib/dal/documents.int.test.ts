import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, documentRequests, documents } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { clientIdOf, uploadAs, useTempStorage } from "@/lib/documents/testing/fixtures";
import { storage } from "@/lib/storage";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { listConsents, recordConsent } from "./consents";
import { cancelDocumentRequest, countOverdueRequests, createDocumentRequest, listDocumentRequests, listMyOpenRequests } from "./document-requests";
import { ConsentRequiredError } from "./document-uploads";
import { countDocumentsAwaitingReview, findDocumentForDownload, listDocuments, listMyDocuments, reviewDocument, withdrawDocument } from "./documents";
import { ConflictError, NotFoundError } from "./errors";

let database: { db: Db; drop: () => Promise<void> };
let files: ReturnType<typeof useTempStorage>;
const as: Record<string, SessionUser> = {};
let zhang: string;
let emily: string;

beforeAll(async () => {
  database = await freshDatabase();
  files = useTempStorage();
  for (const key of ["admin", "supervisor", "counsellor", "counsellor2", "supervisor2", "counsellor3", "client", "client2"]) {
    as[key] = await sessionFor(`${key}@demo.accord.test`);
  }
  zhang = await clientIdOf("张伟");
  emily = await clientIdOf("Emily Brown");
});
afterAll(async () => {
  await database.drop();
  files.cleanup();
});

describe("who sees which document", () => {
  it("lets the client, their counsellor, the supervisor and an admin see a document, and nobody else", async () => {
    const { id } = await uploadAs(as.client!, { name: "工资条.png" });
    for (const who of ["client", "counsellor", "supervisor", "admin"]) {
      expect((await findDocumentForDownload(as[who]!, id)).id).toBe(id);
    }
    for (const who of ["client2", "counsellor2", "counsellor3", "supervisor2"]) {
      await expect(findDocumentForDownload(as[who]!, id)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(listDocuments(as.counsellor3!, zhang)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listMyDocuments(as.client2!)).map((d) => d.id)).not.toContain(id);
    expect((await listMyDocuments(as.client!)).map((d) => d.id)).toContain(id);
  });

  it("keeps the staff lists of a case from its own client, who reads the portal's lists instead", async () => {
    // The staff lists carry who reviewed, why a document was withdrawn and who took each consent.
    await expect(listDocuments(as.client!, zhang)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listDocumentRequests(as.client!, zhang)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listConsents(as.client!, zhang)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listDocuments(as.counsellor!, zhang)).toBeInstanceOf(Array);
    expect(await listConsents(as.counsellor!, zhang)).toBeInstanceOf(Array);
  });

  it("never lets a client upload into another case, whatever client id the browser sends", async () => {
    await expect(uploadAs(as.client2!, { clientId: zhang })).rejects.toBeInstanceOf(NotFoundError);
    await expect(uploadAs(as.counsellor2!, { clientId: zhang })).rejects.toBeInstanceOf(NotFoundError);
    await expect(uploadAs(as.counsellor!, { clientId: emily })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps reviews and withdrawals to staff who may see the client", async () => {
    const { id } = await uploadAs(as.client!, {});
    await expect(reviewDocument(as.client!, { clientId: zhang, documentId: id, decision: "accepted" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(reviewDocument(as.counsellor3!, { clientId: zhang, documentId: id, decision: "accepted" })).rejects.toBeInstanceOf(NotFoundError);
    // A document id from another client under a visible client id is not found either.
    const other = await uploadAs(as.client2!, {});
    await expect(reviewDocument(as.counsellor!, { clientId: zhang, documentId: other.id, decision: "accepted" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawDocument(as.counsellor2!, { clientId: zhang, documentId: id, reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("sensitive evidence", () => {
  it("is refused until the client's sensitive-data consent is on record", async () => {
    await expect(uploadAs(as.client!, { kind: "hardship_medical" })).rejects.toBeInstanceOf(ConsentRequiredError);
    await expect(uploadAs(as.counsellor!, { clientId: zhang, kind: "hardship_unemployment" })).rejects.toBeInstanceOf(ConsentRequiredError);
    await recordConsent(as.counsellor!, { clientId: zhang, scope: "sensitive_data", method: "in_person", wordingVersion: "2026-01", confirmed: "on" });
    const { id } = await uploadAs(as.client!, { kind: "hardship_medical" });
    expect((await findDocumentForDownload(as.counsellor!, id)).id).toBe(id);
  });
});

describe("idempotent uploads", () => {
  it("makes exactly one document when the same upload is retried", async () => {
    const first = await uploadAs(as.client!, { key: "retry-key-123456" });
    const again = await uploadAs(as.client!, { key: "retry-key-123456" });
    expect(again).toMatchObject({ id: first.id, created: false });
    const rows = await database.db.select().from(documents).where(and(eq(documents.clientId, zhang), eq(documents.idempotencyKey, "retry-key-123456")));
    expect(rows).toHaveLength(1);
    // The same key in another case is another upload.
    expect((await uploadAs(as.client2!, { key: "retry-key-123456" })).created).toBe(true);
  });
});

describe("review, requests and withdrawal", () => {
  it("fulfils a request on upload, re-opens it when the answer is rejected, and tells the client why", async () => {
    const { id: requestId } = await createDocumentRequest(as.counsellor!, {
      clientId: zhang,
      title: "Last 3 months of payslips",
      kind: "income_proof",
      dueDate: "2020-01-31",
      note: null,
    });
    const open = await listMyOpenRequests(as.client!);
    expect(open.find((r) => r.id === requestId)).toMatchObject({ overdue: true, title: "Last 3 months of payslips" });
    expect(await listMyOpenRequests(as.client2!)).toEqual([]);
    expect(await countOverdueRequests(as.counsellor!)).toBe(1);
    expect(await countOverdueRequests(as.counsellor3!)).toBe(0);

    const before = await countDocumentsAwaitingReview(as.counsellor!);
    const otherTeam = await countDocumentsAwaitingReview(as.counsellor3!);
    const { id } = await uploadAs(as.client!, { requestId });
    expect(await countDocumentsAwaitingReview(as.counsellor!)).toBe(before + 1);
    expect(await countDocumentsAwaitingReview(as.counsellor3!)).toBe(otherTeam);
    const [fulfilled] = await database.db.select().from(documentRequests).where(eq(documentRequests.id, requestId));
    expect(fulfilled?.status).toBe("fulfilled");

    await reviewDocument(as.counsellor!, { clientId: zhang, documentId: id, decision: "rejected", reason: "照片模糊，请重新拍摄" });
    const mine = (await listMyDocuments(as.client!)).find((d) => d.id === id);
    expect(mine).toMatchObject({ reviewStatus: "rejected", rejectionReason: "照片模糊，请重新拍摄" });
    expect((await listDocumentRequests(as.counsellor!, zhang)).find((r) => r.id === requestId)?.status).toBe("open");
    expect(await countDocumentsAwaitingReview(as.counsellor!)).toBe(before);
    const audit = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, "document.rejected")));
    expect(audit[0]?.clientId).toBe(zhang);
  });

  it("answers the request again when a rejected answer is accepted on a second look; a withdrawn request stays withdrawn", async () => {
    const { id: requestId } = await createDocumentRequest(as.counsellor!, { clientId: zhang, title: "Tenancy agreement", kind: "other", dueDate: "2020-02-01", note: null });
    const { id } = await uploadAs(as.client!, { requestId });
    await reviewDocument(as.counsellor!, { clientId: zhang, documentId: id, decision: "rejected", reason: "Page 2 missing" });
    const status = async () => (await listDocumentRequests(as.counsellor!, zhang)).find((r) => r.id === requestId)?.status;
    expect(await status()).toBe("open");
    await reviewDocument(as.counsellor!, { clientId: zhang, documentId: id, decision: "accepted" });
    expect(await status()).toBe("fulfilled");
    // Neither owed in the portal nor overdue on the dashboard any more.
    expect((await listMyOpenRequests(as.client!)).some((r) => r.id === requestId)).toBe(false);

    const { id: withdrawnId } = await createDocumentRequest(as.counsellor!, { clientId: zhang, title: "Utility bill", kind: "other", dueDate: null, note: null });
    const { id: answer } = await uploadAs(as.client!, { requestId: withdrawnId });
    await reviewDocument(as.counsellor!, { clientId: zhang, documentId: answer, decision: "rejected", reason: "Wrong month" });
    await cancelDocumentRequest(as.counsellor!, zhang, withdrawnId);
    await reviewDocument(as.counsellor!, { clientId: zhang, documentId: answer, decision: "accepted" });
    expect((await listDocumentRequests(as.counsellor!, zhang)).find((r) => r.id === withdrawnId)?.status).toBe("cancelled");
  });

  it("files a document sent without naming a request as the answer to the open request it is accepted for", async () => {
    const { id: requestId } = await createDocumentRequest(as.counsellor!, { clientId: zhang, title: "Rent receipts", kind: "other", dueDate: "2020-03-01", note: null });
    const { id } = await uploadAs(as.client!, {});
    const conflictOf = async (call: Promise<unknown>) => ((await call.then(() => null, (e: unknown) => e)) as ConflictError).field;
    // Another client's request, or a made-up one: nothing to see.
    const { id: emilysRequest } = await createDocumentRequest(as.counsellor2!, { clientId: emily, title: "Payslips", kind: "income_proof", dueDate: null, note: null });
    for (const other of [emilysRequest, "00000000-0000-4000-8000-000000000000"]) {
      await expect(reviewDocument(as.counsellor!, { clientId: zhang, documentId: id, decision: "accepted", requestId: other })).rejects.toBeInstanceOf(NotFoundError);
    }
    const [untouched] = await database.db.select().from(documents).where(eq(documents.id, id));
    expect(untouched).toMatchObject({ reviewStatus: "pending", requestId: null });

    await reviewDocument(as.counsellor!, { clientId: zhang, documentId: id, decision: "accepted", requestId });
    expect((await listDocumentRequests(as.counsellor!, zhang)).find((r) => r.id === requestId)?.status).toBe("fulfilled");
    expect((await listDocuments(as.counsellor!, zhang)).find((d) => d.id === id)?.requestTitle).toBe("Rent receipts");
    expect((await listMyOpenRequests(as.client!)).some((r) => r.id === requestId)).toBe(false);
    const [audit] = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, "document.accepted")));
    expect(audit?.details).toMatchObject({ answersRequest: requestId });

    // It answers that request now: it cannot be filed under another, and a withdrawn request takes no answer.
    const { id: second } = await createDocumentRequest(as.counsellor!, { clientId: zhang, title: "Water bill", kind: "other", dueDate: null, note: null });
    await reviewDocument(as.counsellor!, { clientId: zhang, documentId: id, decision: "rejected", reason: "Wrong year" });
    expect(await conflictOf(reviewDocument(as.counsellor!, { clientId: zhang, documentId: id, decision: "accepted", requestId: second }))).toBe("documentLinked");
    const { id: loose } = await uploadAs(as.client!, {});
    await cancelDocumentRequest(as.counsellor!, zhang, second);
    expect(await conflictOf(reviewDocument(as.counsellor!, { clientId: zhang, documentId: loose, decision: "accepted", requestId: second }))).toBe("requestClosed");
    const [still] = await database.db.select().from(documents).where(eq(documents.id, loose));
    expect(still).toMatchObject({ reviewStatus: "pending", requestId: null });
  });

  it("refuses another client's upload against this client's request", async () => {
    const { id: requestId } = await createDocumentRequest(as.counsellor!, { clientId: zhang, title: "ID", kind: "id_document", dueDate: null, note: null });
    await expect(uploadAs(as.client2!, { requestId })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("withdraws a document: the client sees it withdrawn and nobody can download it", async () => {
    const { id } = await uploadAs(as.client!, {});
    await withdrawDocument(as.counsellor!, { clientId: zhang, documentId: id, reason: "Uploaded to the wrong case" });
    const mine = (await listMyDocuments(as.client!)).find((d) => d.id === id);
    expect(mine?.deletedAt).toBeInstanceOf(Date);
    expect(mine?.deletionReason).toBeNull();
    await expect(findDocumentForDownload(as.client!, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(findDocumentForDownload(as.counsellor!, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("only lets staff create requests", async () => {
    await expect(
      createDocumentRequest(as.client!, { clientId: zhang, title: "x", kind: "other", dueDate: null, note: null }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      createDocumentRequest(as.counsellor3!, { clientId: zhang, title: "x", kind: "other", dueDate: null, note: null }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("stores the object before the row, so every row's file exists", async () => {
    const rows = await database.db.select({ key: documents.storageKey }).from(documents);
    for (const row of rows) expect(await storage().stat(row.key)).not.toBeNull();
  });
});

describe("a record that changed since the page was shown", () => {
  const conflict = async (work: Promise<unknown>, field: string) => {
    const error = await work.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).field).toBe(field);
  };

  it("explains withdrawing a request the client has just answered, or a colleague has withdrawn; others still get a 404", async () => {
    const { id: answered } = await createDocumentRequest(as.counsellor!, { clientId: zhang, title: "Bank statement", kind: "income_proof", dueDate: null, note: null });
    await uploadAs(as.client!, { requestId: answered });
    await conflict(cancelDocumentRequest(as.counsellor!, zhang, answered), "requestClosed");
    expect((await database.db.select().from(documentRequests).where(eq(documentRequests.id, answered)))[0]).toMatchObject({ status: "fulfilled", cancelledAt: null });

    const { id: withdrawn } = await createDocumentRequest(as.counsellor!, { clientId: zhang, title: "Rent contract", kind: "other", dueDate: null, note: null });
    await cancelDocumentRequest(as.supervisor!, zhang, withdrawn);
    await conflict(cancelDocumentRequest(as.counsellor!, zhang, withdrawn), "requestClosed");
    // Whoever may not see the client learns nothing about the request's state.
    for (const who of ["counsellor2", "counsellor3", "supervisor2", "client", "client2"]) {
      await expect(cancelDocumentRequest(as[who]!, zhang, answered)).rejects.toBeInstanceOf(NotFoundError);
      await expect(cancelDocumentRequest(as[who]!, zhang, withdrawn)).rejects.toBeInstanceOf(NotFoundError);
    }
    // Nor does another client's request under this client's id, answered or not.
    const { id: emilys } = await createDocumentRequest(as.counsellor2!, { clientId: emily, title: "Payslip", kind: "income_proof", dueDate: null, note: null });
    await cancelDocumentRequest(as.counsellor2!, emily, emilys);
    await expect(cancelDocumentRequest(as.counsellor!, zhang, emilys)).rejects.toBeInstanceOf(NotFoundError);
    const audits = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, withdrawn), eq(auditLog.action, "document_request.cancelled")));
    expect(audits).toHaveLength(1);
  });

  it("explains withdrawing, rejecting or accepting a document a colleague has withdrawn; others still get a 404", async () => {
    const { id } = await uploadAs(as.client!, {});
    await withdrawDocument(as.supervisor!, { clientId: zhang, documentId: id, reason: "Wrong case" });
    await conflict(withdrawDocument(as.counsellor!, { clientId: zhang, documentId: id, reason: "Duplicate" }), "documentWithdrawn");
    await conflict(reviewDocument(as.counsellor!, { clientId: zhang, documentId: id, decision: "rejected", reason: "Blurred" }), "documentWithdrawn");
    await conflict(reviewDocument(as.counsellor!, { clientId: zhang, documentId: id, decision: "accepted" }), "documentWithdrawn");
    const [row] = await database.db.select().from(documents).where(eq(documents.id, id));
    expect(row).toMatchObject({ deletionReason: "Wrong case", reviewStatus: "pending", rejectionReason: null });
    for (const who of ["counsellor2", "counsellor3", "supervisor2", "client", "client2"]) {
      await expect(withdrawDocument(as[who]!, { clientId: zhang, documentId: id, reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(reviewDocument(as[who]!, { clientId: zhang, documentId: id, decision: "rejected", reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
    }
    // Another client's withdrawn document under this client's id stays not found.
    const other = await uploadAs(as.client2!, {});
    await withdrawDocument(as.counsellor2!, { clientId: emily, documentId: other.id, reason: "Wrong case" });
    await expect(withdrawDocument(as.counsellor!, { clientId: zhang, documentId: other.id, reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
