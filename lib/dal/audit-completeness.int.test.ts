import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import { authenticate } from "@/lib/auth/authenticate";
import type { SessionUser } from "@/lib/auth/permissions";
import { parseCaseloadQuery } from "@/lib/clients/caseload-query";
import { clientIdOf, uploadAs, useTempStorage } from "@/lib/documents/testing/fixtures";
import { samplePng } from "@/lib/documents/testing/samples";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { assertClientVisible } from "./access";
import { exportClients } from "./client-list";
import { findDocumentForDownload, recordDocumentDownload, withdrawDocument } from "./documents";
import { NotFoundError } from "./errors";
import { createStaff, resetStaffPassword, setStaffActive } from "./staff";
import { changeMyPassword, endAllMySessions } from "./users";

/**
 * Issue #10 item 7: every security-relevant event leaves an audit row, and no row holds a password,
 * token, authenticator secret or document content. Runs on PGlite and on Postgres.
 */
let database: { db: Db; drop: () => Promise<void> };
let files: ReturnType<typeof useTempStorage>;
const as: Record<string, SessionUser> = {};
const secrets: string[] = [];

beforeAll(async () => {
  database = await freshDatabase();
  files = useTempStorage();
  for (const key of ["admin", "counsellor", "counsellor2", "client"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
});
afterAll(async () => {
  await database.drop();
  files.cleanup();
});

async function rows(action: string, filter: { actorId?: string | null; entityId?: string } = {}) {
  const where = [eq(auditLog.action, action)];
  if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
  if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
  return database.db.select().from(auditLog).where(and(...where));
}

describe("every security event is audited", () => {
  it("sign-in success and failure, sign-out", async () => {
    secrets.push("demo-counsellor-passphrase", "a wrong passphrase here");
    expect((await authenticate({ email: "counsellor2@demo.accord.test", password: "demo-counsellor-passphrase" }, new Headers())).ok).toBe(true);
    expect(await rows("auth.sign_in", { actorId: as.counsellor2!.id })).toHaveLength(1);
    await authenticate({ email: "counsellor2@demo.accord.test", password: "a wrong passphrase here" }, new Headers());
    expect(await rows("auth.sign_in_failed", { entityId: as.counsellor2!.id })).toHaveLength(1);
    await endAllMySessions(as.counsellor2!);
    expect(await rows("auth.sign_out", { actorId: as.counsellor2!.id })).toHaveLength(1);
  });

  it("role and credential changes: account created, password reset and changed, deactivation", async () => {
    const created = await createStaff(as.admin!, { name: "Audit Probe", email: "audit.probe@example.com", role: "supervisor", locale: "en" });
    secrets.push(created.password);
    expect((await rows("staff.created", { entityId: created.id }))[0]?.details).toEqual({ role: "supervisor" });
    const reset = await resetStaffPassword(as.admin!, created.id);
    secrets.push(reset.password);
    expect(await rows("staff.password_reset", { entityId: created.id })).toHaveLength(1);
    const probe = await sessionFor("audit.probe@example.com");
    secrets.push("an entirely new passphrase");
    expect((await changeMyPassword(probe, reset.password, "an entirely new passphrase")).ok).toBe(true);
    expect(await rows("user.password_changed", { entityId: created.id })).toHaveLength(1);
    await setStaffActive(as.admin!, created.id, false);
    expect(await rows("staff.deactivated", { entityId: created.id })).toHaveLength(1);
  });

  it("denied access to another counsellor's client, once a minute per actor and target", async () => {
    const zhang = await clientIdOf("张伟");
    for (let i = 0; i < 5; i++) await expect(assertClientVisible(as.counsellor2!, zhang)).rejects.toBeInstanceOf(NotFoundError);
    const denied = await rows("access.denied", { actorId: as.counsellor2!.id, entityId: zhang });
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ entityType: "client", details: { role: "counsellor", path: null } });
    // A flood of made-up ids is capped per actor.
    for (let i = 0; i < 40; i++) await expect(assertClientVisible(as.counsellor2!, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    expect((await rows("access.denied", { actorId: as.counsellor2!.id })).length).toBeLessThanOrEqual(20);
  });

  it("uploads, downloads, exports and deletions", async () => {
    const zhang = await clientIdOf("张伟");
    const { id } = await uploadAs(as.client!, { name: "工资条.png" });
    expect(await rows("document.uploaded", { entityId: id })).toHaveLength(1);
    const doc = await findDocumentForDownload(as.counsellor!, id);
    await recordDocumentDownload(as.counsellor!, doc, false);
    expect((await rows("document.downloaded", { entityId: id })).length).toBeGreaterThanOrEqual(1);
    const batches = await exportClients(as.counsellor!, parseCaseloadQuery({}));
    for await (const batch of batches) void batch;
    expect(await rows("clients.exported", { actorId: as.counsellor!.id })).toHaveLength(1);
    await withdrawDocument(as.counsellor!, { clientId: zhang, documentId: id, reason: "uploaded twice" });
    expect(await rows("document.withdrawn", { entityId: id })).toHaveLength(1);
  });

  it("holds no password, temporary password, token, session cookie or document bytes", async () => {
    const [dump] = await database.db.select({ text: sql<string>`coalesce(string_agg(${auditLog}::text, E'\\n'), '')` }).from(auditLog);
    const text = dump!.text;
    expect(text.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(text, `audit log contains "${secret}"`).not.toContain(secret);
    const png = Buffer.from(samplePng());
    expect(text).not.toContain(png.toString("base64").slice(0, 40));
    expect(text).not.toMatch(/\$argon2id\$|password_hash|session-token|"token"/i);
  });
});

describe("the audit log is append-only", () => {
  it("refuses UPDATE, DELETE and TRUNCATE from the application's connection", async () => {
    // Drizzle wraps the driver's error; the trigger's message is its cause.
    const refusal = (query: Promise<unknown>) =>
      query.then(
        () => "allowed",
        (error: { cause?: { message?: string } }) => String(error.cause?.message ?? error),
      );
    const before = (await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n;
    expect(await refusal(database.db.execute(sql`update audit_log set action = 'tampered'`))).toMatch(/append-only/);
    expect(await refusal(database.db.execute(sql`delete from audit_log`))).toMatch(/append-only/);
    expect(await refusal(database.db.execute(sql`truncate audit_log`))).toMatch(/append-only/);
    expect((await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n).toBe(before);
    expect((await rows("tampered")).length).toBe(0);
  });
});
