import { and, eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { clients, digestSends, documentRequests, notifications } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { runDailyJobs } from "./daily";

// A throw-away SMTP server on 127.0.0.1 that keeps what it receives.
const received: { to: string; data: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    let data = "";
    stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), data });
      callback();
    });
  },
});

let database: { db: Db; drop: () => Promise<void> };
let port = "0";
const as: Record<string, SessionUser> = {};
const DAY_MS = 86_400_000;

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["counsellor", "counsellor3"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  const ids = Object.fromEntries((await database.db.select({ id: clients.id, name: clients.fullName }).from(clients)).map((r) => [r.name, r.id]));
  await database.db.insert(documentRequests).values([
    { clientId: ids["张伟"]!, title: "三个月工资单", kind: "income_proof", dueDate: "2020-01-05", requestedById: as.counsellor!.id },
    { clientId: ids["孙丽"]!, title: "Bank statement", kind: "bank_statement", dueDate: "2020-01-01", requestedById: as.counsellor3!.id },
  ]);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  port = String(typeof address === "object" && address ? address.port : 0);
  process.env.SMTP_HOST = "127.0.0.1";
  process.env.SMTP_PORT = port;
  process.env.APP_URL = "https://accord.example.org";
});

afterAll(async () => {
  delete process.env.SMTP_HOST;
  delete process.env.SMTP_PORT;
  delete process.env.APP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database.drop();
});

const requestNotices = (user: SessionUser) =>
  database.db.select().from(notifications).where(and(eq(notifications.userId, user.id), eq(notifications.kind, "document_request_overdue")));
const mailsTo = (user: SessionUser) => received.filter((m) => m.to === user.email);

describe("daily job", () => {
  it("sends one digest per counsellor per day and no duplicate notifications, run twice and concurrently", async () => {
    const now = new Date();
    await runDailyJobs(now);
    await runDailyJobs(now);
    await Promise.all([runDailyJobs(now), runDailyJobs(now)]);
    expect(mailsTo(as.counsellor!)).toHaveLength(1);
    expect(mailsTo(as.counsellor3!)).toHaveLength(1);
    const sends = await database.db.select().from(digestSends);
    expect(received).toHaveLength(sends.length);
    expect(new Set(received.map((m) => m.to)).size).toBe(received.length);
    expect(sends.every((s) => s.sentAt !== null)).toBe(true);
    expect(await requestNotices(as.counsellor!)).toHaveLength(1);
    expect(await requestNotices(as.counsellor3!)).toHaveLength(1);
    const [notice] = await requestNotices(as.counsellor!);
    expect(notice).toMatchObject({ params: { client: "张伟", title: "三个月工资单", date: "2020-01-05" } });
    expect(notice?.link).toMatch(/^\/clients\/[0-9a-f-]+\/documents$/);
  });

  it("writes the digest in the counsellor's language with a link to act on each item", async () => {
    const zh = mailsTo(as.counsellor!)[0]!.data;
    expect(zh).toMatch(/Subject: =\?UTF-8\?/);
    const body = decodeBody(zh);
    expect(body).toContain("逾期未交的材料请求");
    expect(body).toContain("一项材料请求应于");
    expect(body).not.toContain("三个月工资单");
    expect(body).toMatch(/https:\/\/accord\.example\.org\/clients\/[0-9a-f-]+\/documents/);
    const en = decodeBody(mailsTo(as.counsellor3!)[0]!.data);
    expect(en).toContain("Overdue document requests");
    expect(en).toContain("a document request was due");
    expect(en).not.toContain("Bank statement");
  });

  it("starts afresh on the next agency day", async () => {
    await runDailyJobs(new Date(Date.now() + DAY_MS));
    await runDailyJobs(new Date(Date.now() + DAY_MS));
    expect(mailsTo(as.counsellor!)).toHaveLength(2);
    const notices = await requestNotices(as.counsellor!);
    expect(notices).toHaveLength(2);
    // Yesterday's notice, never opened, is retired by today's about the same request: the badge
    // counts the waiting request once.
    expect(notices.filter((n) => n.readAt === null)).toHaveLength(1);
    expect(notices.find((n) => n.readAt === null)?.createdAt.getTime()).toBe(Math.max(...notices.map((n) => n.createdAt.getTime())));
  });

  it("gives the day's claim back when the mail server fails, so a later run sends it", async () => {
    const later = new Date(Date.now() + 2 * DAY_MS);
    process.env.SMTP_PORT = "1"; // nothing listens there
    await runDailyJobs(later);
    expect(mailsTo(as.counsellor!)).toHaveLength(2);
    const claims = await database.db.select().from(digestSends).where(eq(digestSends.userId, as.counsellor!.id));
    expect(claims).toHaveLength(2);
    process.env.SMTP_PORT = port;
    await runDailyJobs(later);
    expect(mailsTo(as.counsellor!)).toHaveLength(3);
  });

  it("retires an unread notice once its request is no longer waiting, and issues none for it", async () => {
    expect((await requestNotices(as.counsellor!)).filter((n) => n.readAt === null)).toHaveLength(1);
    const [request] = await database.db.select().from(documentRequests).where(eq(documentRequests.title, "三个月工资单"));
    await database.db.update(documentRequests).set({ status: "cancelled" }).where(eq(documentRequests.id, request!.id));
    await runDailyJobs(new Date(Date.now() + 3 * DAY_MS));
    const notices = await requestNotices(as.counsellor!);
    expect(notices).toHaveLength(3);
    expect(notices.filter((n) => n.readAt === null)).toHaveLength(0);
    // Another counsellor's waiting request still has its unread notice.
    expect((await requestNotices(as.counsellor3!)).filter((n) => n.readAt === null)).toHaveLength(1);
  });
});

/** The text part of a received message, with quoted-printable or base64 undone. */
function decodeBody(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  if (/Content-Transfer-Encoding: base64/i.test(head ?? "")) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/Content-Transfer-Encoding: quoted-printable/i.test(head ?? "")) {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}
