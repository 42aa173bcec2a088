import { and, eq, isNull } from "drizzle-orm";
import { CURRENT_CONSENT_WORDING } from "@/lib/clients/consent-wording";
import type { Db } from "./client";
import { auditLog, clients, consents } from "./schema";

type Executor = Pick<Db, "insert" | "select">;

// The two demo cases with debts and budgets signed the agency's creditor-contact form at intake, so a
// hardship letter can be written for them at first start. Neither has a sensitive-data consent: the
// portal's consent walk-through (e2e/portal-consent.spec.ts) starts without one.
const SIGNED: [client: string, givenAt: string][] = [
  ["张伟", "2026-08-20T02:00:00Z"],
  ["Emily Brown", "2026-10-28T02:00:00Z"],
];

/** Creditor-contact consents for the demo cases (recorded by their counsellor, signed form); skipped where one stands. */
export async function seedDemoConsents(executor: Executor): Promise<void> {
  const wordingVersion = CURRENT_CONSENT_WORDING.creditor_contact;
  for (const [name, givenAt] of SIGNED) {
    const [client] = await executor.select({ id: clients.id, counsellorId: clients.counsellorId }).from(clients).where(eq(clients.fullName, name)).limit(1);
    if (!client?.counsellorId) continue;
    const [standing] = await executor
      .select({ id: consents.id })
      .from(consents)
      .where(and(eq(consents.clientId, client.id), eq(consents.scope, "creditor_contact"), isNull(consents.withdrawnAt)))
      .limit(1);
    if (standing) continue;
    const [row] = await executor
      .insert(consents)
      .values({ clientId: client.id, scope: "creditor_contact", wordingVersion, method: "signed_form", givenAt: new Date(givenAt), recordedById: client.counsellorId })
      .returning({ id: consents.id });
    await executor.insert(auditLog).values({
      actorId: client.counsellorId,
      action: "consent.recorded",
      entityType: "consent",
      entityId: row?.id,
      clientId: client.id,
      details: { scope: "creditor_contact", method: "signed_form", wordingVersion, source: "demo seed" },
    });
  }
}
