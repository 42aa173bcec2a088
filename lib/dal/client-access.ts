import "server-only";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { NotFoundError } from "./errors";

/** Counsellors this user may hand a client to: themself, their team, or (admin) every active one. */
function assignableWhere(user: SessionUser): SQL | null {
  const base = and(eq(users.role, "counsellor"), eq(users.active, true));
  switch (user.role) {
    case "admin":
      return base ?? null;
    case "supervisor":
      return and(base, eq(users.supervisorId, user.id)) ?? null;
    case "counsellor":
      return and(base, eq(users.id, user.id)) ?? null;
    default:
      return null;
  }
}

export async function listAssignableCounsellors(user: SessionUser): Promise<{ id: string; name: string }[]> {
  const where = assignableWhere(user);
  if (!where) return [];
  return db().select({ id: users.id, name: users.name }).from(users).where(where).orderBy(asc(users.name));
}

/**
 * Throws NotFoundError unless `counsellorId` is one this user may assign to (a miss looks like any other 404).
 * Inside a transaction the counsellor's row stays share-locked until it commits, so a deactivation or a
 * team move saved meanwhile waits for it, or (if first) is seen: clients never land on a leaver.
 */
export async function assertAssignable(
  user: SessionUser,
  counsellorId: string,
  executor: Pick<ReturnType<typeof db>, "select"> = db(),
): Promise<void> {
  const where = assignableWhere(user);
  if (!where) throw new NotFoundError("counsellor");
  const [row] = await executor.select({ id: users.id }).from(users).where(and(where, eq(users.id, counsellorId))).limit(1).for("share");
  if (!row) throw new NotFoundError("counsellor");
}

/** Only supervisors and admins move clients between counsellors. */
export function assertCanReassign(user: SessionUser): void {
  if (user.role !== "supervisor" && user.role !== "admin") throw new NotFoundError("page");
}

export function assertStaff(user: SessionUser): void {
  if (user.role === "client") throw new NotFoundError("page");
}

/**
 * A deactivated counsellor whose cases this user may still see (a supervisor's own team, or any for an
 * admin), named by a caseload link such as the team overview's "open cases" of a leaver; else null.
 */
export async function formerCounsellor(user: SessionUser, counsellorId: string): Promise<{ id: string; name: string } | null> {
  const scope = user.role === "admin" ? undefined : user.role === "supervisor" ? eq(users.supervisorId, user.id) : null;
  if (scope === null) return null;
  const [row] = await db()
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.id, counsellorId), eq(users.role, "counsellor"), eq(users.active, false), scope))
    .limit(1);
  return row ?? null;
}
