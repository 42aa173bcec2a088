import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type Transaction } from "@/db/client";
import { clients, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { canTransition, isReopening } from "@/lib/clients/workflow";
import type { ClientUpdateInput, IntakeInput, StatusChangeInput } from "@/lib/validation/clients";
import { isUuid, rememberClientVisible, visibleClients } from "./access";
import { writeAudit } from "./audit";
import { closeOpenWork } from "./case-closure";
import { assertAssignable, assertStaff } from "./client-access";
import { NotFoundError } from "./errors";
import { notifyAssigned } from "./notify-events";
import { scheduleAfterReopening } from "./review-schedule";

const counsellor = alias(users, "counsellor");
const portalUser = alias(users, "portal_user");

/** The columns a counsellor edits on the profile; also the fields compared on a conflict. */
export const profileFields = [
  "fullName",
  "phone",
  "email",
  "dateOfBirth",
  "preferredLanguage",
  "householdAdults",
  "householdDependants",
  "employmentStatus",
  "hardshipReasons",
  "hardshipOther",
  "vulnerabilities",
  "vulnerabilityOther",
  "notes",
] as const;
export type ProfileField = (typeof profileFields)[number];

const detailColumns = {
  id: clients.id,
  reference: clients.reference,
  fullName: clients.fullName,
  phone: clients.phone,
  email: clients.email,
  dateOfBirth: clients.dateOfBirth,
  preferredLanguage: clients.preferredLanguage,
  householdAdults: clients.householdAdults,
  householdDependants: clients.householdDependants,
  employmentStatus: clients.employmentStatus,
  hardshipReasons: clients.hardshipReasons,
  hardshipOther: clients.hardshipOther,
  vulnerabilities: clients.vulnerabilities,
  vulnerabilityOther: clients.vulnerabilityOther,
  notes: clients.notes,
  status: clients.status,
  closureReason: clients.closureReason,
  closureNote: clients.closureNote,
  closedAt: clients.closedAt,
  counsellorId: clients.counsellorId,
  counsellorName: counsellor.name,
  portalUserId: clients.portalUserId,
  portalEmail: portalUser.email,
  createdAt: clients.createdAt,
  updatedAt: clients.updatedAt,
  version: clients.version,
};

export type ClientDetail = Awaited<ReturnType<typeof getClient>>;

/** Thrown when the version a form read is no longer current: carries what is stored now. */
export class VersionConflictError extends Error {
  /** `changed`: the profile fields someone else saved since the form was read (all of them when unknown). */
  constructor(
    readonly current: ClientDetail,
    readonly changed: readonly ProfileField[] = profileFields,
  ) {
    super("client changed since it was read");
    this.name = "VersionConflictError";
  }
}

/** The profile as the edit form reads it, carried back with the save (`loaded`) so a conflict can name what changed. */
export function profileSnapshot(client: Pick<ClientDetail, ProfileField>): string {
  return JSON.stringify(Object.fromEntries(profileFields.map((f) => [f, client[f] ?? null])));
}

/** The profile fields whose stored value differs from the snapshot the form was read with; null if it cannot be read. */
function changedSince(current: ClientDetail, loaded: string | undefined): ProfileField[] | null {
  if (!loaded) return null;
  let before: unknown;
  try {
    before = JSON.parse(loaded);
  } catch {
    return null;
  }
  if (typeof before !== "object" || before === null || Array.isArray(before)) return null;
  const was = before as Record<string, unknown>;
  return profileFields.filter((f) => JSON.stringify(current[f] ?? null) !== JSON.stringify(was[f] ?? null));
}

/** Thrown for a status move the workflow does not allow for this role. */
export class TransitionError extends Error {
  constructor(readonly from: string, readonly to: string) {
    super(`cannot move a case from ${from} to ${to}`);
    this.name = "TransitionError";
  }
}

async function loadClient(user: SessionUser, clientId: string, executor: Pick<Transaction, "select"> = db(), lock = false) {
  if (!isUuid(clientId)) throw new NotFoundError("client");
  const query = executor
    .select(detailColumns)
    .from(clients)
    .innerJoin(counsellor, eq(counsellor.id, clients.counsellorId))
    .leftJoin(portalUser, eq(portalUser.id, clients.portalUserId))
    .where(and(eq(clients.id, clientId), visibleClients(user)))
    .limit(1);
  const [row] = await (lock ? query.for("update", { of: clients }) : query);
  if (!row) throw new NotFoundError("client");
  if (executor === db()) rememberClientVisible(user, clientId);
  return row;
}

export async function getClient(user: SessionUser, clientId: string) {
  assertStaff(user);
  return loadClient(user, clientId);
}

/** Intake. A counsellor's client is their own; a supervisor or admin names an assignable counsellor. */
export async function createClient(user: SessionUser, input: IntakeInput): Promise<{ id: string; reference: string }> {
  assertStaff(user);
  const counsellorId = user.role === "counsellor" ? user.id : input.counsellorId;
  if (!counsellorId) throw new NotFoundError("counsellor");
  return db().transaction(async (tx) => {
    await assertAssignable(user, counsellorId, tx);
    const [row] = await tx
      .insert(clients)
      .values({ ...pickProfile(input), counsellorId })
      .returning({ id: clients.id, reference: clients.reference });
    if (!row) throw new Error("insert returned no row");
    await writeAudit(
      { actorId: user.id, action: "client.created", entityType: "client", entityId: row.id, clientId: row.id, details: { counsellorId } },
      tx,
    );
    await notifyAssigned(tx, user.id, [row.id], counsellorId);
    return row;
  });
}

function pickProfile(input: Omit<IntakeInput, "counsellorId">) {
  return Object.fromEntries(profileFields.map((f) => [f, input[f]])) as Pick<IntakeInput, ProfileField>;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Saves the profile only if nobody saved since `input.version` was read; otherwise VersionConflictError. */
export async function updateClient(user: SessionUser, input: ClientUpdateInput): Promise<{ version: number; changed: ProfileField[] }> {
  assertStaff(user);
  return db().transaction(async (tx) => {
    const current = await loadClient(user, input.clientId, tx, true);
    if (current.version !== input.version) {
      // The case moved on since the form was read — but a status change, a reassignment or the
      // client accepting their invitation leaves the profile as it was, and then the save stands.
      const theirs = changedSince(current, input.loaded);
      if (theirs === null || theirs.length > 0) throw new VersionConflictError(current, theirs ?? profileFields);
    }
    const next = pickProfile(input);
    const changed = profileFields.filter((f) => !same(current[f], next[f]));
    if (changed.length === 0) return { version: current.version, changed };
    await tx
      .update(clients)
      .set({ ...next, version: sql`${clients.version} + 1`, updatedAt: new Date() })
      .where(eq(clients.id, current.id));
    // The portal account carries the name it greets the client with and signs their entries with:
    // a corrected spelling reaches it too.
    if (changed.includes("fullName") && current.portalUserId) {
      await tx.update(users).set({ name: next.fullName, updatedAt: new Date() }).where(and(eq(users.id, current.portalUserId), eq(users.role, "client")));
    }
    await writeAudit(
      { actorId: user.id, action: "client.updated", entityType: "client", entityId: current.id, clientId: current.id, details: { fields: changed } },
      tx,
    );
    return { version: current.version + 1, changed };
  });
}

/** Moves a case along the workflow; closing records the reason, reopening (senior staff) clears it. */
export async function changeClientStatus(user: SessionUser, input: StatusChangeInput): Promise<{ version: number }> {
  assertStaff(user);
  return db().transaction(async (tx) => {
    const current = await loadClient(user, input.clientId, tx, true);
    if (current.version !== input.version) throw new VersionConflictError(current);
    if (!canTransition(current.status, input.to, user.role)) throw new TransitionError(current.status, input.to);
    const closing = input.to === "closed";
    await tx
      .update(clients)
      .set({
        status: input.to,
        closureReason: closing ? input.closureReason : null,
        closureNote: closing ? input.closureNote : null,
        closedAt: closing ? new Date() : null,
        version: sql`${clients.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(clients.id, current.id));
    if (closing) await closeOpenWork(tx, user.id, current.id);
    const reopened = isReopening(current.status, input.to);
    await writeAudit(
      {
        actorId: user.id,
        action: reopened ? "client.reopened" : closing ? "client.closed" : "client.status_changed",
        entityType: "client",
        entityId: current.id,
        clientId: current.id,
        details: { from: current.status, to: input.to, ...(closing ? { reason: input.closureReason } : {}) },
      },
      tx,
    );
    // Closing cancelled the case's review; a plan still running needs one again.
    if (reopened) await scheduleAfterReopening(tx, user.id, current.id);
    return { version: current.version + 1 };
  });
}
