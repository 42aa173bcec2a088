import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { twoFactors, users, type Locale } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { writeAudit } from "./audit";

export async function setMyLocale(user: SessionUser, locale: Locale): Promise<void> {
  await db().update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, user.id));
}

export async function findActiveUserByEmail(email: string) {
  const [row] = await db()
    .select({ id: users.id, role: users.role, locale: users.locale, twoFactor: sql<boolean>`${twoFactors.userId} is not null` })
    .from(users)
    .leftJoin(twoFactors, eq(twoFactors.userId, users.id))
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

export type ChangePasswordResult = { ok: true } | { ok: false; reason: "wrong_current" | "same_as_old" };

/** Checks the current password, stores the new hash and ends every other session (version bump). */
export async function changeMyPassword(user: SessionUser, current: string, next: string): Promise<ChangePasswordResult> {
  const [row] = await db().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id)).limit(1);
  if (!row || !(await verifyPassword(row.passwordHash, current))) return { ok: false, reason: "wrong_current" };
  if (current === next) return { ok: false, reason: "same_as_old" };
  const passwordHash = await hashPassword(next);
  await db().transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await writeAudit({ actorId: user.id, action: "user.password_changed", entityType: "user", entityId: user.id }, tx);
  });
  return { ok: true };
}

/** Invalidates every token issued to this user so far (used at sign-out). */
export async function endAllMySessions(user: SessionUser): Promise<void> {
  await db().transaction(async (tx) => {
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, user.id));
    await writeAudit({ actorId: user.id, action: "auth.sign_out", entityType: "user", entityId: user.id }, tx);
  });
}
