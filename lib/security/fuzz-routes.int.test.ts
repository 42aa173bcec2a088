import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { clientIdOf, uploadAs, useTempStorage } from "@/lib/documents/testing/fixtures";
import { samplePdf, samplePng } from "@/lib/documents/testing/samples";
import { freshDatabase } from "@/lib/testing/db";
import { freshDebt, loadPeople, person } from "./testing/fixtures";
import { session } from "./testing/harness";
import { STACK_TRACE, hostileString, rowCounts } from "./testing/hostile";

vi.mock("@/lib/auth/session", async () => (await import("./testing/harness")).sessionMock);
vi.mock("next-intl/server", async () => (await import("./testing/harness")).intlMock);

const { POST: upload } = await import("@/app/api/documents/upload/route");
const { GET: download } = await import("@/app/api/documents/[documentId]/route");
const { GET: exportCsv } = await import("@/app/api/clients/export/route");
const { GET: letter } = await import("@/app/api/letters/[clientId]/[debtId]/route");

/**
 * Malformed requests at the route handlers: hostile query values (raw invalid percent-encoding and
 * UTF-8 included), hostile path parameters, odd headers and bodies. Every answer is a deliberate
 * status (never a 500 or a throw), carries no stack trace, and only a 2xx upload adds rows.
 */
const RUNS = Number(process.env.FUZZ_ROUTE_RUNS ?? 1400);
const ORIGIN = "http://accord.test";
// 307: a signed-out request for an export is sent to the sign-in page (lib/http/route-answers.ts).
const OK = new Set([200, 201, 307, 400, 401, 403, 404, 413, 415]);
let database: { db: Db; drop: () => Promise<void> };
let files: ReturnType<typeof useTempStorage>;
let zhang = "";
let debtId = "";
let documentId = "";

beforeAll(async () => {
  database = await freshDatabase();
  files = useTempStorage();
  await loadPeople();
  zhang = await clientIdOf("张伟");
  debtId = await freshDebt(zhang);
  documentId = (await uploadAs(person("counsellor"), { clientId: zhang })).id;
});
afterAll(async () => {
  await database.drop();
  files.cleanup();
});

/** A query value: hostile text percent-encoded, or raw bytes the browser would never send (%FF, %ED%A0%80, a lone %). */
const rawValue = fc.oneof(
  hostileString.map((v) => encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, "\uFFFD"))),
  fc.constantFrom("%FF%FE", "%ED%A0%80", "%C0%AF", "%", "%%", "%E4%B8", "%00", "%2525E4", "a+b", "%u202E", "../../etc/passwd", ""),
);
const query = (keys: string[]) =>
  fc.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.constantFrom("__proto__", "constructor", "clientId", "kind")), rawValue), { maxLength: 6 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));
const who = fc.constantFrom("anonymous", "client", "client2", "counsellor", "otherCounsellor", "admin");
const setSession = (w: string) => {
  session.user = w === "anonymous" ? null : person(w === "otherCounsellor" ? "otherCounsellor" : (w as "client"));
};

async function settle(response: Response): Promise<string> {
  expect(OK.has(response.status), `status ${response.status}`).toBe(true);
  if (response.status === 307) expect(response.headers.get("location")).toMatch(/^\/login(\?next=%2F|$)/);
  // A stream that fails half way is a 500 too: read every byte.
  const body = Buffer.from(await response.arrayBuffer()).toString("utf8");
  if (response.status >= 400) expect(body).not.toMatch(STACK_TRACE);
  return body;
}

describe("route handlers under malformed input", () => {
  it("POST /api/documents/upload", async () => {
    let counts = await rowCounts();
    await fc.assert(
      fc.asyncProperty(
        who,
        query(["kind", "key", "name", "requestId"]),
        fc.constantFrom("income_proof", "bank_statement", "hardship_medical", "bogus", ""),
        fc.oneof(fc.constant(samplePng()), fc.constant(samplePdf()), fc.uint8Array({ maxLength: 300 }), fc.constant(new Uint8Array())),
        fc.oneof(fc.constant(ORIGIN), fc.constant("null"), fc.constant("http://evil.test"), fc.constant(undefined)),
        fc.oneof(fc.constant(undefined), fc.constantFrom("-1", "abc", "99999999999999999999", "0", "1e3")),
        async (w, q, kind, body, origin, length) => {
          setSession(w);
          const headers = new Headers({ "content-type": "application/octet-stream" });
          if (origin) headers.set("origin", origin);
          if (length) headers.set("content-length", length);
          const url = `${ORIGIN}/api/documents/upload?clientId=${zhang}&kind=${kind}&key=fuzz${Math.random().toString(36).slice(2, 12)}&${q}`;
          const response = await upload(new Request(url, { method: "POST", body, headers, duplex: "half" } as RequestInit));
          await settle(response);
          if (response.status >= 300) expect(await rowCounts()).toEqual(counts);
          else counts = await rowCounts();
        },
      ),
      { numRuns: RUNS, seed: 1129 },
    );
  }, 120_000);

  it("GET /api/documents/[documentId]", async () => {
    await fc.assert(
      fc.asyncProperty(who, fc.oneof(hostileString, fc.constant(documentId), fc.uuid()), query(["inline"]), async (w, id, q) => {
        setSession(w);
        await settle(await download(new Request(`${ORIGIN}/api/documents/x?${q}`), { params: Promise.resolve({ documentId: id }) }));
      }),
      { numRuns: RUNS, seed: 1130 },
    );
  }, 120_000);

  it("GET /api/clients/export", async () => {
    await fc.assert(
      fc.asyncProperty(who, query(["q", "status", "counsellor", "sort", "dir", "page", "size", "creditor", "overdue"]), async (w, q) => {
        setSession(w);
        await settle(await exportCsv(new NextRequest(`${ORIGIN}/api/clients/export?${q}`)));
      }),
      { numRuns: RUNS, seed: 1131 },
    );
  }, 120_000);

  it("GET /api/letters/[clientId]/[debtId]", async () => {
    await fc.assert(
      fc.asyncProperty(
        who,
        fc.oneof(hostileString, fc.constant(zhang)),
        fc.oneof(hostileString, fc.constant(debtId)),
        query(["lang", "type", "months", "until", "amount"]),
        async (w, clientId, debt, q) => {
          setSession(w);
          await settle(await letter(new Request(`${ORIGIN}/api/letters/x/y?${q}`), { params: Promise.resolve({ clientId, debtId: debt }) }));
        },
      ),
      { numRuns: Math.round(RUNS / 3), seed: 1132 },
    );
  }, 120_000);
});
