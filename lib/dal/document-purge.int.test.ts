import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { agreementConfirmations, auditLog, debts, documents } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { clientIdOf, uploadAs, useTempStorage } from "@/lib/documents/testing/fixtures";
import { retentionDays } from "@/lib/documents/limits";
import { storage } from "@/lib/storage";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { negotiationInput } from "@/lib/testing/negotiations";
import { countPurgeableDocuments, purgeExpiredDocuments } from "./document-purge";
import { withdrawDocument } from "./documents";
import { confirmAgreement, logNegotiationEntry } from "./negotiations";

let database: { db: Db; drop: () => Promise<void> };
let files: ReturnType<typeof useTempStorage>;
const as: Record<string, SessionUser> = {};

beforeAll(async () => {
  database = await freshDatabase();
  files = useTempStorage();
  for (const key of ["admin", "counsellor"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
});
afterAll(async () => {
  await database.drop();
  files.cleanup();
});

const afterRetention = () => new Date(Date.now() + 91 * 86_400_000);

describe("purging withdrawn documents that confirm an agreement", () => {
  it("keeps a withdrawn, expired document a confirmation uses (row and file), purges the others, and says so", async () => {
    const clientId = await clientIdOf("张伟");
    const [debt] = await database.db.select({ id: debts.id }).from(debts).where(eq(debts.clientId, clientId)).limit(1);
    // The signed agreement is uploaded, confirms an agreed contact, and is later withdrawn (say, filed twice).
    const signed = await uploadAs(as.counsellor!, { clientId, kind: "agreement", name: "agreement.png" });
    const { id: entryId } = await logNegotiationEntry(as.counsellor!, clientId, negotiationInput(debt!.id, { outcome: "agreed" }));
    await confirmAgreement(as.counsellor!, clientId, { entryId, documentId: signed.id, reference: null });
    const stray = await uploadAs(as.counsellor!, { clientId, name: "wrong client.png" });
    for (const doc of [signed, stray]) await withdrawDocument(as.counsellor!, { clientId, documentId: doc.id, reason: "uploaded twice" });

    // What the admin page shows is what the purge will do.
    expect(await countPurgeableDocuments(as.admin!, afterRetention())).toEqual({ purgeable: 1, kept: 1 });
    await expect(purgeExpiredDocuments(as.admin!, afterRetention())).resolves.toEqual({ purged: 1, kept: 1 });

    const left = await database.db.select({ id: documents.id }).from(documents).where(inArray(documents.id, [signed.id, stray.id]));
    expect(left.map((d) => d.id)).toEqual([signed.id]);
    expect(await storage().stat(signed.storageKey)).not.toBeNull();
    expect(await storage().stat(stray.storageKey)).toBeNull();
    const [confirmation] = await database.db.select().from(agreementConfirmations).where(eq(agreementConfirmations.entryId, entryId));
    expect(confirmation?.documentId).toBe(signed.id);

    const purgedAudit = await database.db.select({ entityId: auditLog.entityId }).from(auditLog).where(eq(auditLog.action, "document.purged"));
    expect(purgedAudit.map((a) => a.entityId)).toEqual([stray.id]);
    const runs = await database.db.select({ details: auditLog.details }).from(auditLog).where(and(eq(auditLog.action, "documents.purge_run"), eq(auditLog.actorId, as.admin!.id)));
    expect(runs.map((r) => r.details)).toEqual([{ count: 1, kept: 1, retentionDays: retentionDays() }]);

    // A later purge neither fails nor removes the evidence; the page keeps saying why it stays.
    await expect(purgeExpiredDocuments(as.admin!, afterRetention())).resolves.toEqual({ purged: 0, kept: 1 });
    expect(await countPurgeableDocuments(as.admin!, afterRetention())).toEqual({ purgeable: 0, kept: 1 });
    expect(await storage().stat(signed.storageKey)).not.toBeNull();
  });
});
