import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { useTempStorage } from "@/lib/documents/testing/fixtures";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { demoDebt } from "@/lib/testing/demo-rows";
import { listConsents, recordConsent, withdrawConsent } from "./consents";

// The route reads the session itself; the test decides who is signed in.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
// The route answers in the reader's language: here English, from the real catalogue.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const messages = (await import("@/lib/i18n/messages/en.json")).default;
  return { getTranslations: async (namespace?: string) => createTranslator({ locale: "en", messages, namespace: namespace as never }), getLocale: async () => "en" };
});

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

function download(user: SessionUser, search = "lang=en&type=payment_extension&months=3") {
  session.user = user;
  return GET(new Request(`http://accord.test/api/letters/${clientId}/${debtId}?${search}`), {
    params: Promise.resolve({ clientId, debtId }),
  });
}

const letterAudits = (actorId: string) =>
  database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, "letter.downloaded"), eq(auditLog.actorId, actorId)));

describe("the hardship letter DOCX download", () => {
  it("sends a signed-out request to sign in and back to the page the link was on", async () => {
    session.user = null;
    const response = await GET(new Request(`http://accord.test/api/letters/${clientId}/${debtId}?lang=en`, { headers: { host: "accord.test", referer: `http://accord.test/clients/${clientId}/letters` } }), {
      params: Promise.resolve({ clientId, debtId }),
    });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(`/login?next=${encodeURIComponent(`/clients/${clientId}/letters`)}`);
  });

  it("is refused with a 403 that says why once the client has withdrawn consent to creditors being contacted", async () => {
    const seeded = (await listConsents(as.counsellor!, clientId)).find((c) => c.scope === "creditor_contact" && !c.withdrawnAt);
    await withdrawConsent(as.counsellor!, { clientId, consentId: seeded!.id, note: null });
    const response = await download(as.counsellor!);
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await response.text()).toBe("No letter was made: the client has not consented to their counsellor contacting creditors. Record the consent on the client's page first.");
    expect(await letterAudits(as.counsellor!.id)).toEqual([]);
    await recordConsent(as.counsellor!, { clientId, scope: "creditor_contact", method: "in_person", wordingVersion: "2026-01", confirmed: "on" });
  });

  it("is refused with a 400 naming the field when a typed figure does not parse or does not add up, never with another figure", async () => {
    const cases: [string, string][] = [
      ["lang=en&type=settlement&amount=%C2%A52000", "Amount: Enter an amount in figures, for example 1,234.56."],
      ["lang=en&type=settlement&amount=1%2C000.555", "Amount: Use at most two decimal places."],
      ["lang=en&type=payment_extension&months=0", "Months: Enter a whole number of months from 1 to 600."],
      ["lang=en&type=collection_pause&until=2020-01-01", "Pause until: The pause must end after today."],
      ["lang=en&type=settlement&amount=38500.01", "Amount: The lump sum is more than the balance of CN¥38,500.00."],
      ["lang=en&type=instalment_plan&months=12&amount=5000", "Amount: 12 instalments of CN¥5,000.00 come to CN¥60,000.00, more than the balance of CN¥38,500.00. Lower the amount or the months."],
    ];
    for (const [search, message] of cases) {
      const response = await download(as.counsellor!, search);
      expect(response.status, search).toBe(400);
      expect(await response.text()).toBe(`The letter's figures need correcting; no letter was made.\n${message}`);
    }
    expect(await letterAudits(as.counsellor!.id)).toEqual([]);
  });

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
