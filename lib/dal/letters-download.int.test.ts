import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { useTempStorage } from "@/lib/documents/testing/fixtures";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { demoDebt } from "@/lib/testing/demo-rows";

// The route reads the session itself; the test decides who is signed in.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

const { GET } = await import("@/app/api/letters/[clientId]/[debtId]/route");

let database: { db: Db; drop: () => Promise<void> };
let files: ReturnType<typeof useTempStorage>;
const as: Record<string, SessionUser> = {};
let clientId = "";
let debtId = "";

beforeAll(async () => {
  database = await freshDatabase();
  files = useTempStorage();
  for (const key of ["counsellor", "counsellor2"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  ({ clientId, debtId } = await demoDebt(database.db, "张伟", "Jiebei (Ant Group)"));
});
afterAll(async () => {
  await database.drop();
  files.cleanup();
});

function download(user: SessionUser) {
  session.user = user;
  return GET(new Request(`http://accord.test/api/letters/${clientId}/${debtId}?lang=en&type=payment_extension&months=3`), {
    params: Promise.resolve({ clientId, debtId }),
  });
}

const letterAudits = (actorId: string) =>
  database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, "letter.downloaded"), eq(auditLog.actorId, actorId)));

describe("the hardship letter DOCX download", () => {
  it("is written to the audit log with the client, the debt and who downloaded it, like other exports", async () => {
    const response = await download(as.counsellor!);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 2).toString()).toBe("PK");
    const rows = await letterAudits(as.counsellor!.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entityType: "debt", entityId: debtId, clientId, details: { language: "en", requestType: "payment_extension" } });
  });

  it("writes no download entry for someone refused with a 404", async () => {
    const response = await download(as.counsellor2!);
    expect(response.status).toBe(404);
    expect(await letterAudits(as.counsellor2!.id)).toEqual([]);
  });
});
