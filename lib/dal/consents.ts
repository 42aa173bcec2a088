import "server-only";
import { and, desc, eq, isNull, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { clients, consents, users, type ConsentScope } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import type { RecordConsentInput, WithdrawConsentInput } from "@/lib/validation/consents";
import { assertClientVisible, isUuid, visibleClientIds } from "./access";
import { assertStaff } from "./client-access";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError } from "./errors";
import { missingOrChanged } from "./state-changed";

const recorder = alias(users, "recorder");
const withdrawer = alias(users, "withdrawer");

/** Staff only: the record names who took and withdrew each consent, with the withdrawal note. */
export async function listConsents(user: SessionUser, clientId: string) {
  assertStaff(user);
  await assertClientVisible(user, clientId);
  return db()
    .select({
      id: consents.id,
      scope: consents.scope,
      wordingVersion: consents.wordingVersion,
      method: consents.method,
      givenAt: consents.givenAt,
      recordedByName: recorder.name,
      withdrawnAt: consents.withdrawnAt,
      withdrawnByName: withdrawer.name,
      withdrawalNote: consents.withdrawalNote,
    })
    .from(consents)
    .innerJoin(recorder, eq(recorder.id, consents.recordedById))
    .leftJoin(withdrawer, eq(withdrawer.id, consents.withdrawnById))
    .where(eq(consents.clientId, clientId))
    .orderBy(desc(consents.givenAt));
}

/**
 * Whether the client has a standing (not withdrawn) consent to sensitive data being kept. The
 * documents feature calls this before accepting health or hardship evidence. NotFoundError when the
 * user may not see the client.
 */
export async function hasActiveSensitiveConsent(user: SessionUser, clientId: string): Promise<boolean> {
  await assertClientVisible(user, clientId);
  return standingSensitiveConsent(eq(consents.clientId, clientId));
}

/**
 * The scopes the client's standing (not withdrawn) consents cover, e.g. before a letter goes to a
 * creditor. NotFoundError when the user may not see the client.
 */
export async function activeConsentScopes(user: SessionUser, clientId: string): Promise<Set<ConsentScope>> {
  await assertClientVisible(user, clientId);
  const rows = await db()
    .selectDistinct({ scope: consents.scope })
    .from(consents)
    .where(and(eq(consents.clientId, clientId), isNull(consents.withdrawnAt)));
  return new Set(rows.map((r) => r.scope));
}

/** The portal's question, for the signed-in client's own case: is their sensitive-data consent in force? */
export async function hasMyActiveSensitiveConsent(user: SessionUser): Promise<boolean> {
  if (user.role !== "client") return false;
  return standingSensitiveConsent(visibleClientIds(consents.clientId, user));
}

async function standingSensitiveConsent(client: SQL): Promise<boolean> {
  const [row] = await db()
    .select({ id: consents.id })
    .from(consents)
    .where(and(client, eq(consents.scope, "sensitive_data"), isNull(consents.withdrawnAt)))
    .limit(1);
  return Boolean(row);
}

/** Staff record any method; a client (through the portal) only their own checkbox. */
export async function recordConsent(user: SessionUser, input: RecordConsentInput): Promise<{ id: string }> {
  if (user.role === "client" && input.method !== "portal_checkbox") throw new NotFoundError("page");
  // The checkbox is the client's own act: staff recording it would put words in the client's mouth.
  if (user.role !== "client" && input.method === "portal_checkbox") throw new ConflictError("method");
  return db().transaction(async (tx) => {
    await assertClientVisible(user, input.clientId, tx);
    // The client row is the lock: several files uploaded at once with the box ticked each bring the
    // consent, and the second must see the first's rather than record it again.
    await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId)).for("no key update");
    const [active] = await tx
      .select({ id: consents.id })
      .from(consents)
      .where(and(eq(consents.clientId, input.clientId), eq(consents.scope, input.scope), isNull(consents.withdrawnAt)))
      .limit(1);
    if (active) throw new ConflictError("consent");
    const [row] = await tx
      .insert(consents)
      .values({
        clientId: input.clientId,
        scope: input.scope,
        wordingVersion: input.wordingVersion,
        method: input.method,
        givenAt: new Date(),
        recordedById: user.id,
      })
      .returning({ id: consents.id });
    if (!row) throw new Error("insert returned no row");
    await writeAudit(
      {
        actorId: user.id,
        action: "consent.recorded",
        entityType: "consent",
        entityId: row.id,
        clientId: input.clientId,
        details: { scope: input.scope, method: input.method, wordingVersion: input.wordingVersion },
      },
      tx,
    );
    return row;
  });
}

/** Withdrawal is recorded on the consent; the consent itself stays on file. ConflictError("consentWithdrawn") if it already was. */
export async function withdrawConsent(user: SessionUser, input: WithdrawConsentInput): Promise<void> {
  if (!isUuid(input.consentId)) throw new NotFoundError("consent");
  await db().transaction(async (tx) => {
    await assertClientVisible(user, input.clientId, tx);
    const [row] = await tx
      .update(consents)
      .set({ withdrawnAt: new Date(), withdrawnById: user.id, withdrawalNote: input.note })
      .where(and(eq(consents.id, input.consentId), eq(consents.clientId, input.clientId), isNull(consents.withdrawnAt)))
      .returning({ id: consents.id, scope: consents.scope });
    if (!row) throw await missingOrChanged(tx, consents, input.consentId, input.clientId, "consentWithdrawn", "consent");
    await writeAudit(
      { actorId: user.id, action: "consent.withdrawn", entityType: "consent", entityId: row.id, clientId: input.clientId, details: { scope: row.scope } },
      tx,
    );
  });
}
