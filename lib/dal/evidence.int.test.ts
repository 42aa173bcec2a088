import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { clientIdOf, uploadAs, useTempStorage } from "@/lib/documents/testing/fixtures";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { recordConsent } from "./consents";
import { cancelDocumentRequest, createDocumentRequest } from "./document-requests";
import { reviewDocument } from "./documents";
import { NotFoundError } from "./errors";
import { evidenceReadiness, getEvidenceChecklist, setEvidenceKinds } from "./evidence";

let database: { db: Db; drop: () => Promise<void> };
let files: ReturnType<typeof useTempStorage>;
const as: Record<string, SessionUser> = {};
let zhang: string;

beforeAll(async () => {
  database = await freshDatabase();
  files = useTempStorage();
  for (const key of ["admin", "counsellor", "counsellor3", "client"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  zhang = await clientIdOf("张伟");
});
afterAll(async () => {
  await database.drop();
  files.cleanup();
});

describe("evidence checklist", () => {
  it("starts with sensible defaults for every request type", async () => {
    const checklist = await getEvidenceChecklist(as.counsellor!);
    expect(checklist.instalment_plan).toEqual(expect.arrayContaining(["income_proof", "bank_statement", "expense_record"]));
    expect(Object.values(checklist).every((kinds) => kinds.includes("income_proof"))).toBe(true);
  });

  it("is edited by an admin only, and the change is what counsellors then see", async () => {
    await expect(setEvidenceKinds(as.counsellor!, { requestType: "penalty_waiver", kinds: ["other"] })).rejects.toBeInstanceOf(NotFoundError);
    await setEvidenceKinds(as.admin!, { requestType: "penalty_waiver", kinds: ["income_proof", "hardship_medical"] });
    expect((await getEvidenceChecklist(as.counsellor!)).penalty_waiver.sort()).toEqual(["hardship_medical", "income_proof"]);
    await expect(getEvidenceChecklist(as.client!)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("tells which needed kinds are accepted, waiting or missing for a client", async () => {
    await setEvidenceKinds(as.admin!, { requestType: "collection_pause", kinds: ["income_proof", "bank_statement", "hardship_other"] });
    let readiness = await evidenceReadiness(as.counsellor!, zhang, "collection_pause");
    expect(readiness.ready).toBe(false);
    expect(readiness.items.map((i) => i.state)).toEqual(["missing", "missing", "missing"]);

    const income = await uploadAs(as.client!, { kind: "income_proof" });
    await uploadAs(as.client!, { kind: "bank_statement" });
    await recordConsent(as.counsellor!, { clientId: zhang, scope: "sensitive_data", method: "in_person", wordingVersion: "2026-01", confirmed: "on" });
    const medical = await uploadAs(as.client!, { kind: "hardship_medical" });
    await reviewDocument(as.counsellor!, { clientId: zhang, documentId: income.id, decision: "accepted" });
    readiness = await evidenceReadiness(as.counsellor!, zhang, "collection_pause");
    expect(readiness.items).toEqual([
      { kind: "income_proof", state: "accepted", requested: null },
      { kind: "bank_statement", state: "pending", requested: null },
      // Medical evidence answers the checklist's hardship line.
      { kind: "hardship_other", state: "pending", requested: null },
    ]);
    await reviewDocument(as.counsellor!, { clientId: zhang, documentId: medical.id, decision: "rejected", reason: "Unreadable" });
    readiness = await evidenceReadiness(as.counsellor!, zhang, "collection_pause");
    expect(readiness.items[2]).toEqual({ kind: "hardship_other", state: "missing", requested: null });
  });

  it("tells which missing evidence the client has already been asked for, and by when", async () => {
    await setEvidenceKinds(as.admin!, { requestType: "settlement", kinds: ["income_proof", "expense_record", "creditor_letter"] });
    const letter = await createDocumentRequest(as.counsellor!, { clientId: zhang, title: "The creditor's last letter", kind: "creditor_letter", dueDate: "2027-01-15" });
    await createDocumentRequest(as.counsellor!, { clientId: zhang, title: "Spending records", kind: "expense_record", dueDate: null });
    const readiness = await evidenceReadiness(as.counsellor!, zhang, "settlement");
    expect(readiness.items).toEqual([
      // Accepted above; nothing to ask for.
      { kind: "income_proof", state: "accepted", requested: null },
      { kind: "expense_record", state: "missing", requested: { dueDate: null } },
      { kind: "creditor_letter", state: "missing", requested: { dueDate: "2027-01-15" } },
    ]);
    // A withdrawn request no longer counts as asked.
    await cancelDocumentRequest(as.counsellor!, zhang, letter.id);
    expect((await evidenceReadiness(as.counsellor!, zhang, "settlement")).items[2]).toEqual({ kind: "creditor_letter", state: "missing", requested: null });
  });

  it("is not available for a client the user may not see", async () => {
    await expect(evidenceReadiness(as.counsellor3!, zhang, "settlement")).rejects.toBeInstanceOf(NotFoundError);
    await expect(evidenceReadiness(as.client!, zhang, "settlement")).rejects.toBeInstanceOf(NotFoundError);
  });
});
