import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { creditors } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import type { CreditorInput } from "@/lib/validation/creditors";
import { isUuid } from "./access";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError, isUniqueViolation } from "./errors";

// The directory is agency-wide: every staff member reads it, only admins change it.
function assertStaff(user: SessionUser): void {
  if (!isStaff(user.role)) throw new NotFoundError("page");
}
function assertAdmin(user: SessionUser): void {
  if (user.role !== "admin") throw new NotFoundError("page");
}

const columns = {
  id: creditors.id,
  nameEn: creditors.nameEn,
  nameZh: creditors.nameZh,
  type: creditors.type,
  inAppService: creditors.inAppService,
  hotline: creditors.hotline,
  branch: creditors.branch,
  postalAddress: creditors.postalAddress,
  email: creditors.email,
  policyNotes: creditors.policyNotes,
  defaultPenaltyMultiplier: creditors.defaultPenaltyMultiplier,
  maxInstalmentMonths: creditors.maxInstalmentMonths,
  version: creditors.version,
};

export type Creditor = Awaited<ReturnType<typeof listCreditors>>[number];

export async function listCreditors(user: SessionUser) {
  assertStaff(user);
  return db().select(columns).from(creditors).where(eq(creditors.active, true)).orderBy(asc(creditors.type), asc(creditors.nameEn));
}

export type CreditorOption = { id: string; nameEn: string; nameZh: string };

const OPTIONS_TTL_MS = 30_000;
const holder = globalThis as typeof globalThis & { __accordCreditorOptions?: { value: CreditorOption[]; at: number } };

/**
 * The active creditors' names, for a filter's choices (the caseload's). Kept for 30 s per server
 * process, as the agency settings are: the caseload is the most visited page, and the directory
 * changes rarely (an admin's change here is seen at once, on other servers within the TTL).
 */
export async function listCreditorOptions(user: SessionUser): Promise<CreditorOption[]> {
  assertStaff(user);
  const cached = holder.__accordCreditorOptions;
  if (cached && Date.now() - cached.at < OPTIONS_TTL_MS) return cached.value;
  const value = await db()
    .select({ id: creditors.id, nameEn: creditors.nameEn, nameZh: creditors.nameZh })
    .from(creditors)
    .where(eq(creditors.active, true))
    .orderBy(asc(creditors.type), asc(creditors.nameEn));
  holder.__accordCreditorOptions = { value, at: Date.now() };
  return value;
}

function forgetCreditorOptions(): void {
  holder.__accordCreditorOptions = undefined;
}

export async function getCreditor(user: SessionUser, creditorId: string) {
  assertStaff(user);
  if (!isUuid(creditorId)) throw new NotFoundError("creditor");
  const [row] = await db().select(columns).from(creditors).where(eq(creditors.id, creditorId)).limit(1);
  if (!row) throw new NotFoundError("creditor");
  return row;
}

export async function createCreditor(user: SessionUser, input: CreditorInput): Promise<{ id: string }> {
  assertAdmin(user);
  try {
    return await db().transaction(async (tx) => {
      const [row] = await tx.insert(creditors).values(input).returning({ id: creditors.id });
      if (!row) throw new Error("insert returned no row");
      await writeAudit(
        { actorId: user.id, action: "creditor.created", entityType: "creditor", entityId: row.id, details: { nameEn: input.nameEn, nameZh: input.nameZh } },
        tx,
      );
      return row;
    }).finally(forgetCreditorOptions);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("nameEn");
    throw error;
  }
}

/** Saves only if nobody changed the creditor since `version` was read; otherwise ConflictError("version"). */
export async function updateCreditor(user: SessionUser, creditorId: string, version: number, input: CreditorInput): Promise<void> {
  assertAdmin(user);
  if (!isUuid(creditorId)) throw new NotFoundError("creditor");
  try {
    await db().transaction(async (tx) => {
      const [before] = await tx.select(columns).from(creditors).where(eq(creditors.id, creditorId)).limit(1);
      if (!before) throw new NotFoundError("creditor");
      const [row] = await tx
        .update(creditors)
        .set({ ...input, updatedAt: new Date(), version: sql`${creditors.version} + 1` })
        .where(and(eq(creditors.id, creditorId), eq(creditors.version, version)))
        .returning({ id: creditors.id });
      if (!row) throw new ConflictError("version");
      const changed = Object.fromEntries(
        Object.entries(input).filter(([key, value]) => before[key as keyof typeof before] !== value),
      );
      await writeAudit(
        { actorId: user.id, action: "creditor.updated", entityType: "creditor", entityId: creditorId, details: { changed: Object.keys(changed) } },
        tx,
      );
    }).finally(forgetCreditorOptions);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("nameEn");
    throw error;
  }
}
