import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, consents, documentRequests, documents } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { CURRENT_CONSENT_WORDING } from "@/lib/clients/consent-wording";
import { clientIdOf, uploadAs, useTempStorage } from "@/lib/documents/testing/fixtures";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { recordConsentSchema } from "@/lib/validation/consents";
import { hasMyActiveSensitiveConsent, recordConsent, withdrawConsent } from "./consents";
import { createDocumentRequest } from "./document-requests";
import { ConsentRequiredError } from "./document-uploads";
import { ConflictError, NotFoundError } from "./errors";

// A counsellor asks for medical evidence from a client with no sensitive-data consent on file; the
// portal shows the consent wording beside the upload and the client's tick is their consent.
let database: { db: Db; drop: () => Promise<void> };
let files: ReturnType<typeof useTempStorage>;
const as: Record<string, SessionUser> = {};
let zhang: string;
const version = CURRENT_CONSENT_WORDING.sensitive_data;

beforeAll(async () => {
  database = await freshDatabase();
  files = useTempStorage();
  for (const key of ["counsellor", "client", "client2"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  zhang = await clientIdOf("张伟");
});
afterAll(async () => {
  await database.drop();
  files.cleanup();
});

// Sensitive-data consents only: 张伟's seeded creditor-contact consent (db/seed-consents.ts) is another matter.
const consentsOf = (clientId: string) => database.db.select().from(consents).where(and(eq(consents.clientId, clientId), eq(consents.scope, "sensitive_data")));
const documentsOf = (clientId: string) => database.db.select({ id: documents.id }).from(documents).where(eq(documents.clientId, clientId));
const medicalRequest = () =>
  createDocumentRequest(as.counsellor!, { clientId: zhang, title: "Hospital discharge letter", kind: "hardship_medical", dueDate: null, note: null });

describe("consent given in the portal with a sensitive upload", () => {
  it("refuses the upload and saves nothing when the client did not tick the wording, or sent a wording they were not shown", async () => {
    const { id: requestId } = await medicalRequest();
    const before = (await documentsOf(zhang)).length;
    await expect(uploadAs(as.client!, { kind: "hardship_medical", requestId })).rejects.toBeInstanceOf(ConsentRequiredError);
    await expect(uploadAs(as.client!, { kind: "hardship_medical", requestId, consent: "1999-01" })).rejects.toBeInstanceOf(ConsentRequiredError);
    expect(await consentsOf(zhang)).toEqual([]);
    expect(await documentsOf(zhang)).toHaveLength(before);
    const [request] = await database.db.select().from(documentRequests).where(eq(documentRequests.id, requestId));
    expect(request?.status).toBe("open");
  });

  it("lets only the client record it, and only for their own case", async () => {
    // Another client's session: neither through the upload nor directly.
    await expect(uploadAs(as.client2!, { clientId: zhang, kind: "hardship_medical", consent: version })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      recordConsent(as.client2!, { clientId: zhang, scope: "sensitive_data", method: "portal_checkbox", wordingVersion: version, confirmed: "on" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    // Staff record a consent on the client page, with how it was given; a tick sent with their upload is not one.
    await expect(uploadAs(as.counsellor!, { clientId: zhang, kind: "hardship_medical", consent: version })).rejects.toBeInstanceOf(ConsentRequiredError);
    // Nor can staff record "the client ticked the box" themselves: the form does not offer it, the data layer refuses it.
    expect(recordConsentSchema.safeParse({ clientId: zhang, scope: "sensitive_data", method: "portal_checkbox", wordingVersion: version, confirmed: "on" }).success).toBe(false);
    await expect(
      recordConsent(as.counsellor!, { clientId: zhang, scope: "sensitive_data", method: "portal_checkbox", wordingVersion: version, confirmed: "on" }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await consentsOf(zhang)).toEqual([]);
    expect(await hasMyActiveSensitiveConsent(as.client2!)).toBe(false);
  });

  it("records the client's consent (portal checkbox, audited) with the upload, which answers the request", async () => {
    const { id: requestId } = await medicalRequest();
    expect(await hasMyActiveSensitiveConsent(as.client!)).toBe(false);
    const { id: documentId } = await uploadAs(as.client!, { kind: "hardship_medical", requestId, consent: version });
    const [consent, ...more] = await consentsOf(zhang);
    expect(more).toEqual([]);
    expect(consent).toMatchObject({ scope: "sensitive_data", method: "portal_checkbox", wordingVersion: version, recordedById: as.client!.id, withdrawnAt: null });
    const [audit] = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "consent.recorded"), eq(auditLog.entityId, consent!.id)));
    expect(audit).toMatchObject({ actorId: as.client!.id, clientId: zhang, details: { scope: "sensitive_data", method: "portal_checkbox", wordingVersion: version } });
    expect(await hasMyActiveSensitiveConsent(as.client!)).toBe(true);
    expect((await documentsOf(zhang)).map((d) => d.id)).toContain(documentId);
    const [request] = await database.db.select().from(documentRequests).where(eq(documentRequests.id, requestId));
    expect(request?.status).toBe("fulfilled");
  });

  // Only PostgreSQL runs the uploads at the same moment (PGlite has one connection), so only there can it fail.
  it.skipIf(inject("databaseTemplate").kind !== "postgres")("after a withdrawal, records exactly one new consent when several files go up at once (PostgreSQL)", async () => {
    const [active] = await consentsOf(zhang);
    await withdrawConsent(as.counsellor!, { clientId: zhang, consentId: active!.id, note: null });
    await expect(uploadAs(as.client!, { kind: "hardship_other" })).rejects.toBeInstanceOf(ConsentRequiredError);
    await Promise.all([1, 2, 3].map(() => uploadAs(as.client!, { kind: "hardship_other", consent: version })));
    const standing = (await consentsOf(zhang)).filter((c) => !c.withdrawnAt);
    expect(standing).toHaveLength(1);
    expect(standing[0]).toMatchObject({ method: "portal_checkbox", recordedById: as.client!.id });
  });
});
