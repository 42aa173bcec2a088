import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { alias, type PgUpdateSetSource } from "drizzle-orm/pg-core";
import { db, type Transaction } from "@/db/client";
import { twoFactors, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/permissions";
import { temporaryPassword } from "@/lib/auth/temporary-password";
import type { NewStaffInput } from "@/lib/validation/staff";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError, isUniqueViolation } from "./errors";

function assertAdmin(user: SessionUser): void {
  if (user.role !== "admin") throw new NotFoundError("page");
}

const supervisor = alias(users, "supervisor");

export async function listStaff(user: SessionUser) {
  assertAdmin(user);
  return db()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      supervisorId: users.supervisorId,
      supervisorName: supervisor.name,
      twoFactor: sql<boolean>`${twoFactors.userId} is not null`,
      // A counsellor's cases not closed: they stay assigned after a deactivation, until reassigned.
      openCases: sql<number>`(SELECT count(*)::int FROM clients held WHERE held.counsellor_id = ${users.id} AND held.status <> 'closed')`,
      // A supervisor's active counsellors: left without a supervisor (and reviewer) if they leave.
      supervisedCounsellors: sql<number>`(SELECT count(*)::int FROM users team WHERE team.supervisor_id = ${users.id} AND team.role = 'counsellor' AND team.active)`,
    })
    .from(users)
    .leftJoin(supervisor, eq(supervisor.id, users.supervisorId))
    .leftJoin(twoFactors, eq(twoFactors.userId, users.id))
    .where(ne(users.role, "client"))
    .orderBy(asc(users.role), asc(users.name));
}

/**
 * NotFoundError("supervisor") unless an active supervisor: the admin's form says to choose another.
 * The supervisor's row stays share-locked until the caller's transaction commits, so a deactivation
 * saved meanwhile waits for it, or (if first) is seen.
 */
async function assertSupervisor(tx: Transaction, supervisorId: string | null | undefined): Promise<void> {
  if (!supervisorId) return;
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, supervisorId), eq(users.role, "supervisor"), eq(users.active, true)))
    .for("share");
  if (!row) throw new NotFoundError("supervisor");
}

/** Creates a staff account with a one-time temporary password, returned once to show the admin. */
export async function createStaff(user: SessionUser, input: NewStaffInput): Promise<{ id: string; password: string }> {
  assertAdmin(user);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  try {
    const id = await db().transaction(async (tx) => {
      await assertSupervisor(tx, input.role === "counsellor" ? input.supervisorId : null);
      const [created] = await tx
        .insert(users)
        .values({
          name: input.name,
          email: input.email,
          role: input.role,
          locale: input.locale,
          supervisorId: input.role === "counsellor" ? (input.supervisorId ?? null) : null,
          passwordHash,
        })
        .returning({ id: users.id });
      if (!created) throw new Error("insert returned no row");
      await writeAudit(
        { actorId: user.id, action: "staff.created", entityType: "user", entityId: created.id, details: { role: input.role } },
        tx,
      );
      return created.id;
    });
    return { id, password };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("email");
    throw error;
  }
}

async function updateStaff(
  user: SessionUser,
  staffId: string,
  change: PgUpdateSetSource<typeof users>,
  action: string,
  details?: Record<string, unknown>,
  check?: (tx: Transaction) => Promise<void>,
): Promise<{ name: string }> {
  assertAdmin(user);
  return db().transaction(async (tx) => {
    await check?.(tx);
    const [row] = await tx
      .update(users)
      .set({ ...change, updatedAt: new Date() })
      .where(and(eq(users.id, staffId), ne(users.role, "client")))
      .returning({ name: users.name });
    if (!row) throw new NotFoundError("user");
    await writeAudit({ actorId: user.id, action, entityType: "user", entityId: staffId, details }, tx);
    return row;
  });
}

/**
 * ConflictError("lastAdmin") when `staffId` is the only active admin left: nobody could then manage
 * accounts. The active admins' rows stay locked until the caller's transaction commits, so two admins
 * deactivating each other at the same moment cannot both pass: the second waits, then sees the first.
 */
async function assertNotLastAdmin(tx: Transaction, staffId: string): Promise<void> {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true)))
    .orderBy(asc(users.id)) // one locking order for every caller: no deadlock between two of them
    .for("no key update");
  if (admins.length <= 1 && admins.some((admin) => admin.id === staffId)) throw new ConflictError("lastAdmin");
}

/** Deactivation also bumps the session version, so open sessions end at once. */
export async function setStaffActive(user: SessionUser, staffId: string, active: boolean) {
  assertAdmin(user);
  if (staffId === user.id && !active) throw new ConflictError("self");
  return updateStaff(
    user,
    staffId,
    { active, sessionVersion: sql`${users.sessionVersion} + 1` },
    active ? "staff.reactivated" : "staff.deactivated",
    undefined,
    active ? undefined : (tx) => assertNotLastAdmin(tx, staffId),
  );
}

/**
 * Not for one's own account: it would end the admin's session and show a one-time password that, once
 * the page is closed, nobody knows (a sole admin would be locked out). Their own is changed on /password.
 */
export async function resetStaffPassword(user: SessionUser, staffId: string): Promise<{ name: string; password: string }> {
  assertAdmin(user);
  if (staffId === user.id) throw new ConflictError("selfPassword");
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const row = await updateStaff(
    user,
    staffId,
    { passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` },
    "staff.password_reset",
  );
  return { name: row.name, password };
}

export async function assignSupervisor(user: SessionUser, staffId: string, supervisorId: string | null) {
  assertAdmin(user); // before the supervisor check, whose answer the admin's form shows
  if (supervisorId === staffId) throw new NotFoundError("supervisor");
  return updateStaff(user, staffId, { supervisorId }, "staff.supervisor_assigned", { supervisorId }, (tx) => assertSupervisor(tx, supervisorId));
}
