import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, consents, documents } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { CURRENT_CONSENT_WORDING } from "@/lib/clients/consent-wording";
import { storage } from "@/lib/storage";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { clientIdOf, useTempStorage } from "./testing/fixtures";
import { sampleExe, samplePdf, samplePng } from "./testing/samples";

// The route handlers read the session themselves; the test decides who is signed in.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

const { POST } = await import("@/app/api/documents/upload/route");
const { GET } = await import("@/app/api/documents/[documentId]/route");

const ORIGIN = "http://accord.test";
let database: { db: Db; drop: () => Promise<void> };
let files: ReturnType<typeof useTempStorage>;
const as: Record<string, SessionUser> = {};
let zhang: string;

beforeAll(async () => {
  database = await freshDatabase();
  files = useTempStorage();
  for (const key of ["counsellor", "counsellor3", "client", "client2"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  zhang = await clientIdOf("张伟");
  process.env.UPLOAD_MAX_BYTES = String(64 * 1024);
});
afterAll(async () => {
  delete process.env.UPLOAD_MAX_BYTES;
  await database.drop();
  files.cleanup();
});
beforeEach(() => {
  session.user = as.client!;
});

let counter = 0;
function upload(body: BodyInit | null, options: { query?: Record<string, string>; headers?: Record<string, string>; origin?: string | null } = {}) {
  const query = new URLSearchParams({ kind: "income_proof", key: `k-${Date.now()}-${counter++}`, name: encodeURIComponent("工资条.png"), ...options.query });
  const headers = new Headers(options.headers);
  if (options.origin !== null) headers.set("origin", options.origin ?? ORIGIN);
  return POST(new Request(`${ORIGIN}/api/documents/upload?${query}`, { method: "POST", body, headers, duplex: "half" } as RequestInit));
}

function chunked(totalBytes: number, chunk = 8192): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const size = Math.min(chunk, totalBytes - sent);
      controller.enqueue(new Uint8Array(size).fill(0x41));
      sent += size;
    },
  });
}

async function objectCount(): Promise<number> {
  const [row] = await database.db.select({ namespace: documents.storageKey }).from(documents).limit(1);
  const ns = row?.namespace.split("/")[0];
  if (!ns) return 0;
  let n = 0;
  for await (const _ of storage().list(ns)) n++;
  return n;
}

describe("POST /api/documents/upload", () => {
  it("stores a PNG for the signed-in client and answers 201 with the document id", async () => {
    const response = await upload(samplePng());
    expect(response.status).toBe(201);
    const { id, name } = (await response.json()) as { id: string; name: string };
    expect(name).toBe("工资条.png");
    const [row] = await database.db.select().from(documents).where(eq(documents.id, id));
    expect(row).toMatchObject({ clientId: zhang, mimeType: "image/png", sizeBytes: samplePng().length, originalName: "工资条.png" });
    expect(row?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.storageKey).not.toContain("工资条");
  });

  it("refuses a foreign or missing Origin with 403 and keeps nothing", async () => {
    const before = await database.db.$count(documents);
    expect((await upload(samplePng(), { origin: "https://evil.example" })).status).toBe(403);
    expect((await upload(samplePng(), { origin: null })).status).toBe(403);
    expect(await database.db.$count(documents)).toBe(before);
  });

  it("answers 413 for a declared oversize body without keeping anything", async () => {
    const before = { rows: await database.db.$count(documents), objects: await objectCount() };
    const big = new Uint8Array(64 * 1024 + 1);
    const response = await upload(big, { headers: { "content-length": String(big.length), cookie: "NEXT_LOCALE=en" } });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { message: string }).message).toMatch(/larger than 0\.1 MB/);
    expect(await database.db.$count(documents)).toBe(before.rows);
    expect(await objectCount()).toBe(before.objects);
  });

  it("answers 413 for a chunked body with no Content-Length once it passes the cap", async () => {
    const before = { rows: await database.db.$count(documents), objects: await objectCount() };
    const response = await upload(chunked(200 * 1024));
    expect(response.status).toBe(413);
    expect(await database.db.$count(documents)).toBe(before.rows);
    expect(await objectCount()).toBe(before.objects);
  });

  it("refuses an executable named .pdf, in the user's language", async () => {
    const response = await upload(sampleExe(), { query: { name: "payslip.pdf" }, headers: { cookie: "NEXT_LOCALE=zh-CN" } });
    expect(response.status).toBe(415);
    expect(((await response.json()) as { message: string }).message).toContain("不支持此类文件");
  });

  it("refuses hardship evidence without consent with 403 and an explanation", async () => {
    const response = await upload(samplePdf(), { query: { kind: "hardship_medical" } });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: string }).error).toBe("consent_required");
  });

  it("tells a client to tick the consent, in their language, and keeps the file once they have", async () => {
    const refused = await upload(samplePdf(), { query: { kind: "hardship_medical" }, headers: { cookie: "NEXT_LOCALE=zh-CN" } });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toContain("请勾选同意");
    const kept = await upload(samplePdf(), { query: { kind: "hardship_medical", consent: CURRENT_CONSENT_WORDING.sensitive_data } });
    expect(kept.status).toBe(201);
    const [consent] = await database.db.select().from(consents).where(and(eq(consents.clientId, zhang), eq(consents.scope, "sensitive_data")));
    expect(consent).toMatchObject({ method: "portal_checkbox", recordedById: as.client!.id, withdrawnAt: null });
  });

  it("makes one document from a retried upload", async () => {
    const first = await upload(samplePdf(), { query: { key: "same-upload-0001" } });
    const again = await upload(samplePdf(), { query: { key: "same-upload-0001" } });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(((await first.json()) as { id: string }).id);
  });

  it("does not let a client upload into another case, nor a counsellor into a client not theirs", async () => {
    session.user = as.client2!;
    expect((await upload(samplePng(), { query: { clientId: zhang } })).status).toBe(404);
    session.user = as.counsellor3!;
    expect((await upload(samplePng(), { query: { clientId: zhang } })).status).toBe(404);
    session.user = as.counsellor!;
    expect((await upload(samplePng(), { query: { clientId: zhang } })).status).toBe(201);
  });

  it("answers 401 when nobody is signed in", async () => {
    session.user = null;
    expect((await upload(samplePng())).status).toBe(401);
  });
});

describe("GET /api/documents/[documentId]", () => {
  async function get(id: string, inline = false) {
    return GET(new Request(`${ORIGIN}/api/documents/${id}${inline ? "?inline=1" : ""}`), { params: Promise.resolve({ documentId: id }) });
  }

  it("sends the file as an attachment with safe headers, and audits the download", async () => {
    const created = (await (await upload(samplePng(), { query: { name: encodeURIComponent("银行流水 3月.png") } })).json()) as { id: string };
    const response = await get(created.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="____ 3_.png"; filename*=UTF-8''${encodeURIComponent("银行流水 3月.png")}`,
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toMatch(/^sandbox/);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(samplePng());
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit.map((a) => a.action)).toContain("document.downloaded");
    expect((await get(created.id, true)).headers.get("content-disposition")).toMatch(/^inline;/);
  });

  it("answers 404 with no bytes to another client, another team's counsellor, or nobody", async () => {
    const created = (await (await upload(samplePng())).json()) as { id: string };
    for (const who of [as.client2!, as.counsellor3!, null]) {
      session.user = who;
      const response = await get(created.id);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("Not found");
    }
    session.user = as.counsellor!;
    expect((await get(created.id)).status).toBe(200);
    expect((await get("not-a-uuid")).status).toBe(404);
  });
});
