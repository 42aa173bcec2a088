import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { DEMO_TOTP_SECRET } from "@/db/demo-two-factor";
import { auditLog, recoveryCodes, twoFactors, users } from "@/db/schema";
import { authenticate, authenticateProof } from "@/lib/auth/authenticate";
import type { SessionUser } from "@/lib/auth/permissions";
import { codeForStep, currentStep, newTotpSecret } from "@/lib/auth/totp";
import { openSecret } from "@/lib/auth/two-factor-crypto";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { ConflictError, NotFoundError } from "./errors";
import { confirmEnrolment, disableMyTwoFactor, resetTwoFactor, sealEnrolmentOffer, verifySecondFactor } from "./two-factor";
import { endAllMySessions } from "./users";

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "supervisor2", "counsellor", "counsellor2"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
});
afterAll(() => database.drop());

const now = () => currentStep();
async function actions(userId: string): Promise<string[]> {
  const rows = await database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, userId));
  return rows.map((r) => r.action);
}

describe("sign-in with a second factor", () => {
  it("leaves admins and supervisors half signed in after the password, counsellors fully", async () => {
    const admin = await authenticate({ email: "admin@demo.accord.test", password: "demo-admin-passphrase" }, new Headers());
    expect(admin.ok && admin.user.secondFactor).toBe("pending");
    const counsellor = await authenticate({ email: "counsellor@demo.accord.test", password: "demo-counsellor-passphrase" }, new Headers());
    expect(counsellor.ok && counsellor.user.secondFactor).toBe("ok");
  });

  it("stores the demo secret encrypted, never as text", async () => {
    const [row] = await database.db.select().from(twoFactors).where(eq(twoFactors.userId, as.admin!.id));
    expect(row!.secretEnc).not.toContain(DEMO_TOTP_SECRET);
    expect(openSecret(row!.secretEnc, as.admin!.id)).toBe(DEMO_TOTP_SECRET);
  });

  it("accepts a code once: the same code again is refused, and the proof upgrades only this session version", async () => {
    const code = codeForStep(DEMO_TOTP_SECRET, now());
    const first = await verifySecondFactor(as.admin!, code);
    expect(first.ok).toBe(true);
    expect(await verifySecondFactor(as.admin!, code)).toEqual({ ok: false, reason: "wrong_code" });
    if (!first.ok) throw new Error("unreachable");
    expect((await authenticateProof(first.proof))?.secondFactor).toBe("ok");
    expect(await authenticateProof(`${first.proof}x`)).toBeNull();
    await endAllMySessions(as.admin!);
    expect(await authenticateProof(first.proof)).toBeNull();
    expect(await actions(as.admin!.id)).toContain("auth.sign_in");
  });

  it("refuses wrong codes, audits them and locks after five", async () => {
    const user = as.supervisor2!;
    for (let i = 0; i < 5; i++) expect(await verifySecondFactor(user, "000000")).toEqual({ ok: false, reason: "wrong_code" });
    expect((await verifySecondFactor(user, codeForStep(DEMO_TOTP_SECRET, now()))).ok).toBe(false);
    expect(await verifySecondFactor(user, codeForStep(DEMO_TOTP_SECRET, now()))).toEqual({ ok: false, reason: "throttled" });
    const logged = await actions(user.id);
    expect(logged.filter((a) => a === "auth.second_factor_failed")).toHaveLength(5);
    expect(logged).toContain("auth.second_factor_throttled");
  });
});

describe("enrolment, recovery codes and turning it off", () => {
  const secret = newTotpSecret();
  let codes: string[] = [];

  it("refuses a wrong first code and an offer sealed for someone else, storing nothing", async () => {
    const offer = sealEnrolmentOffer(as.counsellor!, secret);
    expect(await confirmEnrolment(as.counsellor!, offer, "123456")).toMatchObject({ ok: false });
    expect(await confirmEnrolment(as.counsellor2!, offer, codeForStep(secret, now()))).toEqual({ ok: false, reason: "expired" });
    expect(await database.db.select().from(twoFactors).where(eq(twoFactors.userId, as.counsellor!.id))).toHaveLength(0);
  });

  it("stores the confirmed secret encrypted with ten hashed recovery codes, once", async () => {
    const result = await confirmEnrolment(as.counsellor!, sealEnrolmentOffer(as.counsellor!, secret), codeForStep(secret, now()));
    if (!result.ok) throw new Error(`enrolment failed: ${result.reason}`);
    codes = result.recoveryCodes;
    expect(codes).toHaveLength(10);
    const stored = await database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, as.counsellor!.id));
    expect(stored).toHaveLength(10);
    for (const row of stored) for (const code of codes) expect(row.codeHash).not.toContain(code.replace("-", ""));
    const [factor] = await database.db.select().from(twoFactors).where(eq(twoFactors.userId, as.counsellor!.id));
    expect(factor!.secretEnc).not.toContain(secret);
    await expect(confirmEnrolment(as.counsellor!, sealEnrolmentOffer(as.counsellor!, secret), codeForStep(secret, now() + 1))).rejects.toBeInstanceOf(
      ConflictError,
    );
    const signIn = await authenticate({ email: "counsellor@demo.accord.test", password: "demo-counsellor-passphrase" }, new Headers());
    expect(signIn.ok && signIn.user.secondFactor).toBe("pending");
  });

  it("lets a recovery code sign in once", async () => {
    expect((await verifySecondFactor(as.counsellor!, codes[0]!.toUpperCase())).ok).toBe(true);
    expect(await verifySecondFactor(as.counsellor!, codes[0]!)).toEqual({ ok: false, reason: "wrong_code" });
    expect(await actions(as.counsellor!.id)).toContain("two_factor.recovery_code_used");
  });

  it("lets a counsellor turn it off with a fresh code, but never a supervisor", async () => {
    expect((await disableMyTwoFactor(as.counsellor!, "999999")).ok).toBe(false);
    expect((await disableMyTwoFactor(as.counsellor!, codeForStep(secret, now() + 1))).ok).toBe(true);
    expect(await database.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, as.counsellor!.id))).toHaveLength(0);
    await expect(disableMyTwoFactor(as.supervisor!, codeForStep(DEMO_TOTP_SECRET, now()))).rejects.toBeInstanceOf(NotFoundError);
    expect(await actions(as.counsellor!.id)).toEqual(expect.arrayContaining(["two_factor.enrolled", "two_factor.disabled"]));
  });

  it("keeps secrets and codes out of the audit log", async () => {
    const rows = await database.db.select({ all: sql<string>`${auditLog}::text` }).from(auditLog);
    const text = rows.map((r) => r.all).join("\n");
    for (const needle of [DEMO_TOTP_SECRET, secret, ...codes, ...codes.map((c) => c.replace("-", ""))]) expect(text).not.toContain(needle);
  });
});

describe("admin reset", () => {
  it("is refused to non-admins and for oneself", async () => {
    await expect(resetTwoFactor(as.counsellor!, as.supervisor!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resetTwoFactor(as.supervisor!, as.supervisor2!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resetTwoFactor(as.admin!, as.admin!.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("removes the authenticator, ends the user's sessions and is audited", async () => {
    const [before] = await database.db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, as.supervisor!.id));
    await resetTwoFactor(as.admin!, as.supervisor!.id);
    const [after] = await database.db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, as.supervisor!.id));
    expect(after!.v).toBe(before!.v + 1);
    expect(await database.db.select().from(twoFactors).where(eq(twoFactors.userId, as.supervisor!.id))).toHaveLength(0);
    expect(await actions(as.supervisor!.id)).toContain("two_factor.reset");
    // Still required for the role: the next sign-in is half signed in until a new enrolment.
    const signIn = await authenticate({ email: "supervisor@demo.accord.test", password: "demo-supervisor-passphrase" }, new Headers());
    expect(signIn.ok && signIn.user.secondFactor).toBe("pending");
  });
});

describe("clients", () => {
  it("cannot enrol: two-factor sign-in is for staff", async () => {
    const client = await sessionFor("client@demo.accord.test");
    const secret = newTotpSecret();
    await expect(confirmEnrolment(client, sealEnrolmentOffer(client, secret), codeForStep(secret, now()))).rejects.toBeInstanceOf(NotFoundError);
  });
});
