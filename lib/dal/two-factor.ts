import "server-only";
import { and, count, eq, isNull, lt, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { recoveryCodes, twoFactors, users } from "@/db/schema";
import { isStaff, requiresSecondFactor, type SessionUser } from "@/lib/auth/permissions";
import { clearSecondFactorFailures, isSecondFactorThrottled, recordSecondFactorFailure } from "@/lib/auth/throttle";
import { matchStep } from "@/lib/auth/totp";
import { hashRecoveryCode, makeSecondFactorProof, newRecoveryCodes, openSecret, sealSecret } from "@/lib/auth/two-factor-crypto";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError } from "./errors";

// A secret offered at enrolment travels in the form sealed for "enrol:<user id>", so it cannot be
// swapped for another user's or replayed as a stored secret.
const offerAad = (userId: string) => `enrol:${userId}`;

export function sealEnrolmentOffer(user: SessionUser, secret: string): string {
  return sealSecret(secret, offerAad(user.id));
}

export async function getTwoFactorStatus(user: SessionUser) {
  const [row] = await db()
    .select({ enabledAt: twoFactors.enabledAt })
    .from(twoFactors)
    .where(eq(twoFactors.userId, user.id));
  const [codes] = await db()
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)));
  return { enrolled: Boolean(row), enabledAt: row?.enabledAt ?? null, recoveryCodesLeft: codes?.n ?? 0, required: requiresSecondFactor(user.role) };
}

export type CodeCheck = { ok: true; proof: string } | { ok: false; reason: "wrong_code" | "throttled" | "not_enrolled" };

/** Checks a code from the authenticator (or a recovery code) and marks it used. */
export async function verifySecondFactor(user: SessionUser, code: string, purpose: "sign_in" | "confirm" = "sign_in"): Promise<CodeCheck> {
  if (await isSecondFactorThrottled(user.id)) {
    await writeAudit({ actorId: user.id, action: "auth.second_factor_throttled", entityType: "user", entityId: user.id });
    return { ok: false, reason: "throttled" };
  }
  const [row] = await db()
    .select({ secretEnc: twoFactors.secretEnc, sessionVersion: users.sessionVersion })
    .from(twoFactors)
    .innerJoin(users, eq(users.id, twoFactors.userId))
    .where(eq(twoFactors.userId, user.id));
  if (!row) return { ok: false, reason: "not_enrolled" };
  const used = /^\s*\d{3}\s?\d{3}\s*$/.test(code) ? await spendTotp(user.id, row.secretEnc, code) : await spendRecoveryCode(user.id, code);
  if (used === "replayed") return { ok: false, reason: "wrong_code" }; // a right but spent code: refused, not counted
  if (!used) {
    await recordSecondFactorFailure(user.id);
    await writeAudit({ actorId: user.id, action: "auth.second_factor_failed", entityType: "user", entityId: user.id });
    return { ok: false, reason: "wrong_code" };
  }
  await clearSecondFactorFailures(user.id);
  const action = purpose === "sign_in" ? "auth.sign_in" : "two_factor.code_confirmed";
  await writeAudit({ actorId: user.id, action, entityType: "user", entityId: user.id, details: { secondFactor: used } });
  return { ok: true, proof: makeSecondFactorProof(user.id, row.sessionVersion) };
}

async function spendTotp(userId: string, secretEnc: string, code: string): Promise<"totp" | "replayed" | null> {
  const secret = openSecret(secretEnc, userId);
  const step = secret ? matchStep(secret, code) : null;
  if (step === null) return null;
  // The update only wins for a step later than the last one used: each code works once, even in a race.
  const [won] = await db()
    .update(twoFactors)
    .set({ lastUsedStep: step })
    .where(and(eq(twoFactors.userId, userId), or(isNull(twoFactors.lastUsedStep), lt(twoFactors.lastUsedStep, step))))
    .returning({ userId: twoFactors.userId });
  return won ? "totp" : "replayed";
}

async function spendRecoveryCode(userId: string, code: string): Promise<"recovery_code" | null> {
  if (code.length > 64) return null;
  const [row] = await db()
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(code)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  if (!row) return null;
  await writeAudit({ actorId: userId, action: "two_factor.recovery_code_used", entityType: "user", entityId: userId });
  return "recovery_code";
}

export type Enrolment = { ok: true; recoveryCodes: string[]; proof: string } | { ok: false; reason: "wrong_code" | "throttled" | "expired" };

/** Confirms an authenticator with a first code; stores the secret encrypted and ten hashed recovery codes. */
export async function confirmEnrolment(user: SessionUser, sealedOffer: string, code: string): Promise<Enrolment> {
  if (!isStaff(user.role)) throw new NotFoundError("page");
  if (await isSecondFactorThrottled(user.id)) return { ok: false, reason: "throttled" };
  const secret = openSecret(sealedOffer, offerAad(user.id));
  if (!secret) return { ok: false, reason: "expired" };
  const step = matchStep(secret, code);
  if (step === null) {
    await recordSecondFactorFailure(user.id);
    return { ok: false, reason: "wrong_code" };
  }
  const codes = newRecoveryCodes();
  const sessionVersion = await db().transaction(async (tx) => {
    const [inserted] = await tx
      .insert(twoFactors)
      .values({ userId: user.id, secretEnc: sealSecret(secret, user.id), lastUsedStep: step })
      .onConflictDoNothing()
      .returning({ userId: twoFactors.userId });
    if (!inserted) throw new ConflictError("enrolled");
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: user.id, codeHash: hashRecoveryCode(c) })));
    await writeAudit({ actorId: user.id, action: "two_factor.enrolled", entityType: "user", entityId: user.id }, tx);
    const [me] = await tx.select({ v: users.sessionVersion }).from(users).where(eq(users.id, user.id));
    return me?.v ?? 0;
  });
  await clearSecondFactorFailures(user.id);
  return { ok: true, recoveryCodes: codes, proof: makeSecondFactorProof(user.id, sessionVersion) };
}

/** Turns two-factor sign-in off for a user whose role does not require it, after a fresh code. */
export async function disableMyTwoFactor(user: SessionUser, code: string): Promise<CodeCheck> {
  if (requiresSecondFactor(user.role)) throw new NotFoundError("page");
  const check = await verifySecondFactor(user, code, "confirm");
  if (!check.ok) return check;
  await db().transaction(async (tx) => {
    await tx.delete(twoFactors).where(eq(twoFactors.userId, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await writeAudit({ actorId: user.id, action: "two_factor.disabled", entityType: "user", entityId: user.id }, tx);
  });
  return check;
}

/** An admin clears a staff member's authenticator (lost phone); their sessions end at once. */
export async function resetTwoFactor(admin: SessionUser, staffId: string): Promise<{ name: string }> {
  if (admin.role !== "admin") throw new NotFoundError("page");
  if (staffId === admin.id) throw new ConflictError("self");
  return db().transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(and(eq(users.id, staffId), sql`${users.role} <> 'client'`))
      .returning({ name: users.name });
    if (!row) throw new NotFoundError("user");
    await tx.delete(twoFactors).where(eq(twoFactors.userId, staffId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, staffId));
    await writeAudit({ actorId: admin.id, action: "two_factor.reset", entityType: "user", entityId: staffId }, tx);
    return row;
  });
}

/**
 * For a fully signed-in user whose session was just re-issued by a password change: the second factor
 * was already passed in this browser, so the new session keeps it. Never call it for a pending session.
 */
export async function keepSecondFactorProof(user: SessionUser): Promise<string | null> {
  const [row] = await db()
    .select({ sessionVersion: users.sessionVersion, enrolled: sql<boolean>`${twoFactors.userId} is not null` })
    .from(users)
    .leftJoin(twoFactors, eq(twoFactors.userId, users.id))
    .where(eq(users.id, user.id));
  if (!row || (!row.enrolled && !requiresSecondFactor(user.role))) return null;
  return makeSecondFactorProof(user.id, row.sessionVersion);
}
