import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Db } from "@/db/client";
import { agreementConfirmations, clients, documents, users } from "@/db/schema";
import { CURRENT_CONSENT_WORDING } from "@/lib/clients/consent-wording";
import { assignClients } from "@/lib/dal/client-assignment";
import { createClient } from "@/lib/dal/clients";
import { recordConsent } from "@/lib/dal/consents";
import { ConsentRequiredError } from "@/lib/dal/document-uploads";
import { ConflictError, NotFoundError } from "@/lib/dal/errors";
import { confirmAgreement } from "@/lib/dal/negotiations";
import { assignSupervisor, createStaff, setStaffActive } from "@/lib/dal/staff";
import { uploadAs, useTempStorage } from "@/lib/documents/testing/fixtures";
import { freshDatabase } from "@/lib/testing/db";
import { intakeForCounsellorSchema } from "@/lib/validation/clients";
import { freshClient, freshDebt, freshDocument, freshEntry, freshRequest, freshStaff, intakeFields, loadPeople, person, unique } from "./testing/fixtures";

/**
 * A check that a person or a document may still be chosen holds until the write it allows commits:
 * a deactivation or a withdrawal saved by a colleague at the same moment either waits for that write
 * or is seen by it, so no client lands on a leaver and no agreement rests on a withdrawn document.
 * (PostgreSQL only: PGlite has one connection, so nothing there runs at the same moment.)
 */
let database: { db: Db; drop: () => Promise<void> };
let files: ReturnType<typeof useTempStorage>;
const onPostgres = inject("databaseTemplate").kind === "postgres";

beforeAll(async () => {
  database = await freshDatabase();
  files = useTempStorage();
  await loadPeople();
});
afterAll(async () => {
  await database.drop();
  files.cleanup();
});

type Settled = { value: unknown } | { error: unknown };

/**
 * Runs `change` in a colleague's transaction that has not committed yet, starts `call`, commits the
 * colleague's change 300 ms later and returns how `call` ended, and whether it had ended before that
 * commit (it must not have: it was waiting on the row the colleague changed).
 */
async function duringUncommitted(change: (tx: postgres.TransactionSql) => Promise<unknown>, call: () => Promise<unknown>) {
  const colleague = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    let commit = () => {};
    const committing = new Promise<void>((resolve) => (commit = resolve));
    let changed = () => {};
    const written = new Promise<void>((resolve) => (changed = resolve));
    const held = colleague.begin(async (tx) => {
      await change(tx);
      changed();
      await committing;
    });
    await written;
    let endedEarly = false;
    const outcome: Promise<Settled> = Promise.resolve().then(call).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    void outcome.then(() => (endedEarly = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const ended = endedEarly;
    commit();
    await held;
    return { ...(await outcome), endedBeforeCommit: ended };
  } finally {
    await colleague.end();
  }
}

const errorOf = (settled: Settled) => ("error" in settled ? settled.error : undefined);

describe.skipIf(!onPostgres)("checks that hold until the write commits (PostgreSQL)", () => {
  it("does not move clients to a counsellor deactivated at the same moment", async () => {
    const clientId = await freshClient();
    const leaver = await freshStaff();
    await assignSupervisor(person("admin"), leaver, person("supervisor").id);
    const result = await duringUncommitted(
      (tx) => tx`UPDATE users SET active = false WHERE id = ${leaver}`,
      () => assignClients(person("supervisor"), { clientIds: [clientId], counsellorId: leaver }),
    );
    expect(result.endedBeforeCommit).toBe(false);
    expect(errorOf(result)).toBeInstanceOf(NotFoundError);
    expect((errorOf(result) as NotFoundError).what).toBe("counsellor");
    const [row] = await database.db.select({ counsellorId: clients.counsellorId }).from(clients).where(eq(clients.id, clientId));
    expect(row?.counsellorId).toBe(person("counsellor").id);
  });

  it("does not take in a new client for a counsellor deactivated at the same moment", async () => {
    const leaver = await freshStaff();
    const fields = intakeFields(unique("Intake"));
    const result = await duringUncommitted(
      (tx) => tx`UPDATE users SET active = false WHERE id = ${leaver}`,
      () => createClient(person("admin"), intakeForCounsellorSchema.parse({ ...fields, counsellorId: leaver })),
    );
    expect(result.endedBeforeCommit).toBe(false);
    expect((errorOf(result) as NotFoundError).what).toBe("counsellor");
    expect(await database.db.select().from(clients).where(eq(clients.fullName, fields.fullName))).toEqual([]);
  });

  it("does not put staff under a supervisor deactivated at the same moment", async () => {
    const name = unique("Supervisor");
    const { id: gone } = await createStaff(person("admin"), { name, email: `${name.toLowerCase()}@example.test`, role: "supervisor", locale: "en" });
    const email = `${unique("joiner").toLowerCase()}@example.test`;
    const created = await duringUncommitted(
      (tx) => tx`UPDATE users SET active = false WHERE id = ${gone}`,
      () => createStaff(person("admin"), { name: "Joiner", email, role: "counsellor", locale: "en", supervisorId: gone }),
    );
    expect(created.endedBeforeCommit).toBe(false);
    expect((errorOf(created) as NotFoundError).what).toBe("supervisor");
    expect(await database.db.select().from(users).where(eq(users.email, email))).toEqual([]);

    const counsellor = await freshStaff();
    const name2 = unique("Supervisor");
    const { id: leaving } = await createStaff(person("admin"), { name: name2, email: `${name2.toLowerCase()}@example.test`, role: "supervisor", locale: "en" });
    const moved = await duringUncommitted(
      (tx) => tx`UPDATE users SET active = false WHERE id = ${leaving}`,
      () => assignSupervisor(person("admin"), counsellor, leaving),
    );
    expect(moved.endedBeforeCommit).toBe(false);
    expect((errorOf(moved) as NotFoundError).what).toBe("supervisor");
    const [row] = await database.db.select({ supervisorId: users.supervisorId }).from(users).where(eq(users.id, counsellor));
    expect(row?.supervisorId).toBeNull();
  });

  it("does not let two admins deactivate each other at the same moment", async () => {
    const name = unique("Admin");
    const { id: other } = await createStaff(person("admin"), { name, email: `${name.toLowerCase()}@example.test`, role: "admin", locale: "en" });
    const me = person("admin").id;
    try {
      // The other admin deactivates this one (not committed yet) while this one deactivates them.
      const result = await duringUncommitted(
        (tx) => tx`UPDATE users SET active = false WHERE id = ${me}`,
        () => setStaffActive(person("admin"), other, false),
      );
      expect(result.endedBeforeCommit).toBe(false);
      expect((errorOf(result) as ConflictError).field).toBe("lastAdmin");
      const [row] = await database.db.select({ active: users.active }).from(users).where(eq(users.id, other));
      expect(row?.active).toBe(true);
    } finally {
      await database.db.update(users).set({ active: true }).where(eq(users.id, me));
    }
    await setStaffActive(person("admin"), other, false);
  });

  it("does not confirm an agreement with a document withdrawn at the same moment", async () => {
    const clientId = await freshClient();
    const entryId = await freshEntry(clientId, await freshDebt(clientId));
    const documentId = await freshDocument(clientId);
    const result = await duringUncommitted(
      (tx) => tx`UPDATE documents SET deleted_at = now(), deleted_by_id = ${person("supervisor").id}, deletion_reason = 'Unsigned' WHERE id = ${documentId}`,
      () => confirmAgreement(person("counsellor"), clientId, { entryId, documentId, reference: null }),
    );
    expect(result.endedBeforeCommit).toBe(false);
    expect((errorOf(result) as ConflictError).field).toBe("documentWithdrawn");
    expect(await database.db.select().from(agreementConfirmations).where(eq(agreementConfirmations.entryId, entryId))).toEqual([]);
  });

  it("does not confirm an agreement corrected at the same moment", async () => {
    const clientId = await freshClient();
    const entryId = await freshEntry(clientId, await freshDebt(clientId));
    const result = await duringUncommitted(
      (tx) => tx`INSERT INTO negotiation_entries (client_id, debt_id, creditor_id, counsellor_id, recorded_by_id, contacted_at, channel, counterpart_name, request_type, currency, outcome, corrects_entry_id)
        SELECT client_id, debt_id, creditor_id, counsellor_id, recorded_by_id, contacted_at, channel, counterpart_name, request_type, currency, 'rejected', id FROM negotiation_entries WHERE id = ${entryId}`,
      () => confirmAgreement(person("counsellor"), clientId, { entryId, documentId: null, reference: "REC-7" }),
    );
    expect(result.endedBeforeCommit).toBe(false);
    expect((errorOf(result) as ConflictError).field).toBe("entryCorrected");
    expect(await database.db.select().from(agreementConfirmations).where(eq(agreementConfirmations.entryId, entryId))).toEqual([]);
  });

  it("does not file an upload against a request withdrawn at the same moment", async () => {
    const clientId = await freshClient();
    const requestId = await freshRequest(clientId);
    const result = await duringUncommitted(
      (tx) => tx`UPDATE document_requests SET status = 'cancelled', cancelled_at = now(), cancelled_by_id = ${person("supervisor").id} WHERE id = ${requestId}`,
      () => uploadAs(person("counsellor"), { clientId, requestId }),
    );
    expect(result.endedBeforeCommit).toBe(false);
    expect(errorOf(result)).toBeInstanceOf(NotFoundError);
    expect(await database.db.select().from(documents).where(eq(documents.requestId, requestId))).toEqual([]);
  });

  it("does not keep health evidence uploaded as its consent is withdrawn", async () => {
    const clientId = await freshClient();
    const input = { clientId, scope: "sensitive_data", method: "in_person", wordingVersion: CURRENT_CONSENT_WORDING.sensitive_data, confirmed: "on" } as const;
    const { id: consentId } = await recordConsent(person("counsellor"), input);
    const result = await duringUncommitted(
      (tx) => tx`UPDATE consents SET withdrawn_at = now(), withdrawn_by_id = ${person("counsellor").id} WHERE id = ${consentId}`,
      () => uploadAs(person("counsellor"), { clientId, kind: "hardship_medical" }),
    );
    expect(result.endedBeforeCommit).toBe(false);
    expect(errorOf(result)).toBeInstanceOf(ConsentRequiredError);
    expect(await database.db.select().from(documents).where(eq(documents.clientId, clientId))).toEqual([]);
  });
});
