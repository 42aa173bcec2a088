import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { agreementConfirmations, clients, users } from "@/db/schema";
import { withdrawConsent } from "@/lib/dal/consents";
import { cancelDocumentRequest } from "@/lib/dal/document-requests";
import { withdrawDocument } from "@/lib/dal/documents";
import { assignSupervisor, createStaff, setStaffActive } from "@/lib/dal/staff";
import { uploadAs, useTempStorage } from "@/lib/documents/testing/fixtures";
import { freshDatabase } from "@/lib/testing/db";
import { freshClient, freshConsent, freshDebt, freshDocument, freshEntry, freshRequest, freshStaff, intakeFields, loadPeople, person, unique, zhangId, type Who } from "./testing/fixtures";
import { form, outcomeOf, session, type Outcome } from "./testing/harness";

const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/auth/session", async () => (await import("./testing/harness")).sessionMock);
vi.mock("next/navigation", async () => (await import("./testing/harness")).navigationMock);
vi.mock("next/headers", async () => (await import("./testing/harness")).headersMock);
vi.mock("next-intl/server", async () => (await import("./testing/harness")).intlMock);
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path), revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const { cancelRequestAction, reviewDocumentAction, withdrawDocumentAction } = await import("@/app/(staff)/clients/[clientId]/documents/actions");
const { withdrawConsentAction } = await import("@/app/(staff)/clients/[clientId]/actions");
const { confirmAgreementAction } = await import("@/app/(staff)/clients/[clientId]/negotiations/actions");
const { assignClientsAction, createClientAction } = await import("@/app/(staff)/clients/actions");
const { createStaffAction } = await import("@/app/(staff)/admin/staff/actions");

/**
 * A colleague (or the client) changed the record between the page being shown and the button being
 * pressed: the caller gets a message in their language (the mocked translator answers with the
 * catalogue key) and a refreshed page, not the "page not found" screen. The same call from a session
 * that may not see the client is still a 404.
 */
let database: { db: Db; drop: () => Promise<void> };
let files: ReturnType<typeof useTempStorage>;

beforeAll(async () => {
  database = await freshDatabase();
  files = useTempStorage();
  await loadPeople();
});
afterAll(async () => {
  await database.drop();
  files.cleanup();
});
beforeEach(() => {
  revalidated.length = 0;
});

async function as(who: Who, call: () => Promise<unknown>): Promise<Outcome> {
  session.user = person(who);
  try {
    return await outcomeOf(call);
  } finally {
    session.user = null;
  }
}

type Refusal = { fieldErrors: Record<string, string>; message: string; values?: Record<string, string> };
const refusal = (outcome: Outcome): Refusal => {
  expect(outcome.kind, JSON.stringify(outcome)).toBe("refused");
  return (outcome as { result: Refusal }).result;
};
const notFound = (outcome: Outcome) => expect(outcome.kind, JSON.stringify(outcome)).toBe("notFound");

describe("document requests and documents", () => {
  it("explains withdrawing a request the client has just answered, and refreshes the page", async () => {
    const clientId = await zhangId();
    const requestId = await freshRequest(clientId);
    await uploadAs(person("client"), { requestId });
    const fields = { clientId, requestId };
    const result = refusal(await as("counsellor", () => cancelRequestAction(null, form(fields))));
    expect(result.message).toMatch(/^documents\.requests\.alreadyClosed/);
    expect(revalidated).toContain(`/clients/${clientId}/documents`);
    for (const who of ["otherCounsellor", "counsellor2", "otherSupervisor"] as const) notFound(await as(who, () => cancelRequestAction(null, form(fields))));
  });

  it("explains withdrawing or rejecting a document a colleague has withdrawn", async () => {
    const clientId = await freshClient();
    const documentId = await freshDocument(clientId);
    await withdrawDocument(person("supervisor"), { clientId, documentId, reason: "Wrong case" });
    const withdraw = { clientId, documentId, name: "payslip.png", reason: "Duplicate" };
    const reject = { clientId, documentId, name: "payslip.png", decision: "rejected", reason: "Blurred" };
    const first = refusal(await as("counsellor", () => withdrawDocumentAction(null, form(withdraw))));
    expect(first.message).toMatch(/^documents\.review\.alreadyWithdrawn .*payslip\.png/);
    expect(first.fieldErrors).toEqual({});
    expect(refusal(await as("admin", () => reviewDocumentAction(null, form(reject)))).message).toMatch(/^documents\.review\.alreadyWithdrawn/);
    expect(revalidated).toEqual([`/clients/${clientId}/documents`, `/clients/${clientId}/documents`]);
    for (const who of ["otherCounsellor", "counsellor2", "otherSupervisor"] as const) {
      notFound(await as(who, () => withdrawDocumentAction(null, form(withdraw))));
      notFound(await as(who, () => reviewDocumentAction(null, form(reject))));
    }
  });

  it("still answers a colleague's cancelled request the same way", async () => {
    const clientId = await freshClient();
    const requestId = await freshRequest(clientId);
    await cancelDocumentRequest(person("admin"), clientId, requestId);
    expect(refusal(await as("supervisor", () => cancelRequestAction(null, form({ clientId, requestId })))).message).toMatch(/^documents\.requests\.alreadyClosed/);
  });
});

describe("consent and agreements", () => {
  it("explains withdrawing a consent already withdrawn", async () => {
    const clientId = await freshClient();
    const consentId = await freshConsent(clientId);
    await withdrawConsent(person("supervisor"), { clientId, consentId, note: "by phone" });
    const fields = { clientId, consentId, note: "asked to stop" };
    expect(refusal(await as("counsellor", () => withdrawConsentAction(null, form(fields)))).message).toMatch(/^consent\.alreadyWithdrawn/);
    expect(revalidated).toContain(`/clients/${clientId}`);
    for (const who of ["otherCounsellor", "counsellor2", "otherSupervisor"] as const) notFound(await as(who, () => withdrawConsentAction(null, form(fields))));
  });

  it("explains confirming with a document withdrawn meanwhile, on the document field, keeping the reference typed", async () => {
    const clientId = await freshClient();
    const entryId = await freshEntry(clientId, await freshDebt(clientId));
    const documentId = await freshDocument(clientId);
    await withdrawDocument(person("supervisor"), { clientId, documentId, reason: "Unsigned" });
    const fields = { entryId, documentId, reference: "CS-2025-009" };
    const result = refusal(await as("counsellor", () => confirmAgreementAction(clientId, null, form(fields))));
    expect(result.fieldErrors.documentId).toMatch(/^negotiations\.errors\.documentWithdrawn/);
    expect(result.values?.reference).toBe("CS-2025-009");
    expect(revalidated).toContain(`/clients/${clientId}/negotiations`);
    for (const who of ["otherCounsellor", "counsellor2", "otherSupervisor"] as const) notFound(await as(who, () => confirmAgreementAction(clientId, null, form(fields))));
    expect(await database.db.select().from(agreementConfirmations).where(eq(agreementConfirmations.entryId, entryId))).toEqual([]);
  });
});

describe("choosing a person who left meanwhile", () => {
  it("keeps a reassignment on the page with a message on the counsellor, and moves nobody", async () => {
    const clientId = await freshClient();
    const leaver = await freshStaff();
    await assignSupervisor(person("admin"), leaver, person("supervisor").id);
    await setStaffActive(person("admin"), leaver, false);
    const fields = { clientIds: [clientId], counsellorId: leaver };
    for (const who of ["supervisor", "admin"] as const) {
      const result = refusal(await as(who, () => assignClientsAction(null, form(fields))));
      expect(result.fieldErrors.counsellorId).toMatch(/^clients\.errors\.counsellorUnavailable/);
    }
    expect(revalidated).toContain("/clients");
    // Another team's supervisor, or a counsellor, learns nothing: the clients are not theirs to move.
    for (const who of ["otherSupervisor", "counsellor", "otherCounsellor"] as const) notFound(await as(who, () => assignClientsAction(null, form(fields))));
    const [row] = await database.db.select({ counsellorId: clients.counsellorId }).from(clients).where(eq(clients.id, clientId));
    expect(row?.counsellorId).toBe(person("counsellor").id);
  });

  it("keeps an intake on the page, with a message on the counsellor who left meanwhile, and saves nothing", async () => {
    const leaver = await freshStaff();
    await assignSupervisor(person("admin"), leaver, person("supervisor").id);
    await setStaffActive(person("admin"), leaver, false);
    const fields = { ...intakeFields(unique("Intake")), counsellorId: leaver };
    const result = refusal(await as("supervisor", () => createClientAction(null, form(fields))));
    expect(result.fieldErrors.counsellorId).toMatch(/^clients\.errors\.counsellorLeft/);
    expect(result.values).toMatchObject({ fullName: fields.fullName, phone: fields.phone });
    expect(revalidated).toContain("/clients/new");
    expect(await database.db.select().from(clients).where(eq(clients.fullName, fields.fullName))).toEqual([]);
  });

  it("keeps a new staff account's form, with a message on the supervisor deactivated meanwhile", async () => {
    const name = unique("Supervisor");
    const { id: gone } = await createStaff(person("admin"), { name, email: `${name.toLowerCase()}@example.test`, role: "supervisor", locale: "en" });
    await setStaffActive(person("admin"), gone, false);
    const email = `${unique("waiting").toLowerCase()}@example.test`;
    const fields = { name: "Waiting Counsellor", email, role: "counsellor", locale: "en", supervisorId: gone };
    const result = refusal(await as("admin", () => createStaffAction(null, form(fields))));
    expect(result.fieldErrors.supervisorId).toMatch(/^admin\.supervisorUnavailable/);
    expect(result.values).toMatchObject({ name: "Waiting Counsellor", email, role: "counsellor" });
    expect(revalidated).toContain("/admin/staff");
    expect(await database.db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });
});
