import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { twoFactors, users } from "@/db/schema";
import { writeAudit } from "@/lib/dal/audit";
import { clientIp } from "@/lib/http/client-ip";
import { readSecondFactorProof } from "./two-factor-crypto";
import { requiresSecondFactor, type SecondFactorState } from "./permissions";
import { MAX_PASSWORD_LENGTH, burnPasswordCheck, verifyPassword } from "./password";
import { clearSignInFailures, isSignInThrottled, recordSignInFailure } from "./throttle";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().min(3).max(320),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

type SignedInUser = {
  id: string;
  name: string;
  email: string;
  role: "admin" | "supervisor" | "counsellor" | "client";
  sessionVersion: number;
  secondFactor: SecondFactorState;
};
type Outcome =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" | "throttled" };

/** Checks a sign-in attempt. Unknown e-mail and wrong password take the same path, time and answer. */
export async function authenticate(input: unknown, headers: Headers): Promise<Outcome> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const ip = clientIp(headers);

  if (await isSignInThrottled(email, ip)) {
    await writeAudit({ actorId: null, action: "auth.sign_in_throttled", entityType: "user", details: { email } });
    return { ok: false, reason: "throttled" };
  }

  const [user] = await db()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
      enrolled: sql<boolean>`${twoFactors.userId} is not null`,
    })
    .from(users)
    .leftJoin(twoFactors, eq(twoFactors.userId, users.id))
    .where(and(eq(sql`lower(${users.email})`, email), eq(users.active, true)))
    .limit(1);

  const valid = user ? await verifyPassword(user.passwordHash, password) : await burnPasswordCheck(password);
  if (!user || !valid) {
    await recordSignInFailure(email, ip);
    await writeAudit({
      actorId: user?.id ?? null,
      action: "auth.sign_in_failed",
      entityType: "user",
      entityId: user?.id ?? null,
      details: { email },
    });
    return { ok: false, reason: "invalid" };
  }

  await clearSignInFailures(email);
  const secondFactor = user.enrolled || requiresSecondFactor(user.role) ? "pending" : "ok";
  await writeAudit({
    actorId: user.id,
    action: secondFactor === "ok" ? "auth.sign_in" : "auth.password_accepted",
    entityType: "user",
    entityId: user.id,
  });
  return {
    ok: true,
    user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion, secondFactor },
  };
}

/**
 * The second step of a two-factor sign-in: a proof made by lib/dal/two-factor.ts after it checked a
 * code. Refused when forged, expired, or issued before a sign-out, reset or password change.
 */
export async function authenticateProof(proof: unknown): Promise<SignedInUser | null> {
  const claim = typeof proof === "string" ? readSecondFactorProof(proof) : null;
  if (!claim) return null;
  const [user] = await db()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, sessionVersion: users.sessionVersion })
    .from(users)
    .where(and(eq(users.id, claim.userId), eq(users.active, true), eq(users.sessionVersion, claim.sessionVersion)))
    .limit(1);
  return user ? { ...user, secondFactor: "ok" } : null;
}
