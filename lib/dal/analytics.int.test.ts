import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { agreementRate } from "@/lib/analytics/figures";
import { parseAnalyticsQuery, type AnalyticsQuery } from "@/lib/analytics/query";
import { seedKnownOutcomes } from "@/lib/analytics/testing";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { listAnalyticsEntries } from "./analytics-entries";
import { getOutcomeReport } from "./analytics";
import { NotFoundError } from "./errors";

const TZ = "Asia/Shanghai";
let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
let ids: Record<string, string> = {};

const q = (params: Record<string, string> = {}): AnalyticsQuery => parseAnalyticsQuery({ from: "2020-01-01", to: "2020-12-31", ...params }, "2026-11-29");

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "supervisor2", "counsellor", "client"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  ids = await seedKnownOutcomes(database.db);
});
afterAll(() => database.drop());

describe("outcome report", () => {
  it("counts every figure for the supervisor's team, the latest entry of a correction chain only", async () => {
    const report = await getOutcomeReport(as.supervisor!, q(), TZ);
    expect(report.total).toMatchObject({ requests: 8, decided: 6, agreed: 3, partial: 1, rejected: 2, monthsGranted: 9 });
    expect(agreementRate(report.total)).toEqual({ n: 6, agreedAny: 4, percent: 66.7, tooFew: false });
    expect(report.total.median).toEqual({ days: 14.5, n: 4 });
    expect(report.waived).toEqual([{ currency: "CNY", interest: 30_000, penalty: 5_000 }]);
  });

  it("breaks down by creditor, request type, channel, counsellor and agency-time month", async () => {
    const { groups } = await getOutcomeReport(as.supervisor!, q(), TZ);
    const creditor = (id: string) => groups.creditor.find((g) => g.key === id);
    expect(creditor(ids.jiebeiCreditor!)).toMatchObject({ requests: 2, decided: 1, agreed: 1, median: { days: 10, n: 1 } });
    expect(agreementRate(creditor(ids.jiebeiCreditor!)!).tooFew).toBe(true);
    expect(creditor(ids.cardCreditor!)).toMatchObject({ requests: 2, decided: 2, partial: 1, rejected: 1, median: { days: 4, n: 1 } });
    expect(creditor(ids.huabeiCreditor!)).toMatchObject({ requests: 3, decided: 2, agreed: 1, rejected: 1, monthsGranted: 6, median: { days: 19, n: 1 } });
    expect(creditor(ids.icbcCreditor!)).toMatchObject({ requests: 1, decided: 1, agreed: 1, median: { days: 183, n: 1 } });
    expect(groups.type.find((g) => g.key === "payment_extension")).toMatchObject({ requests: 4, decided: 3, agreed: 2, rejected: 1, monthsGranted: 9, median: { days: 14.5, n: 2 } });
    expect(groups.channel.find((g) => g.key === "letter")).toMatchObject({ requests: 3 });
    expect(groups.counsellor.map((g) => g.requests).sort()).toEqual([4, 4]);
    expect(groups.month).toHaveLength(12);
    expect(Object.fromEntries(groups.month.map((g) => [g.key, g.requests]))).toMatchObject({ "2020-01": 0, "2020-03": 2, "2020-04": 2, "2020-06": 1, "2020-07": 1, "2020-08": 0 });
  });

  it("applies filters, and says too few to compare below five decided", async () => {
    const report = await getOutcomeReport(as.supervisor!, q({ creditor: ids.jiebeiCreditor!, type: "payment_extension" }), TZ);
    expect(report.total).toMatchObject({ requests: 2, decided: 1, agreed: 1 });
    expect(agreementRate(report.total)).toEqual({ n: 1, agreedAny: 1, percent: 100, tooFew: true });
    const byChannel = await getOutcomeReport(as.supervisor!, q({ channel: "email" }), TZ);
    expect(byChannel.total).toMatchObject({ requests: 2, decided: 2, partial: 1, rejected: 1 });
    expect(byChannel.waived).toEqual([{ currency: "CNY", interest: 20_000, penalty: 0 }]);
  });

  it("is empty, not wrong, for a range without entries", async () => {
    const report = await getOutcomeReport(as.supervisor!, q({ from: "2018-01-01", to: "2018-03-31" }), TZ);
    expect(report.total).toMatchObject({ requests: 0, decided: 0, median: { days: null, n: 0 } });
    expect(agreementRate(report.total)).toEqual({ n: 0, agreedAny: 0, percent: null, tooFew: true });
    expect(report.waived).toEqual([]);
    expect(report.groups.creditor).toEqual([]);
    expect(report.groups.month.map((g) => g.key)).toEqual(["2018-01", "2018-02", "2018-03"]);
  });

  it("shows each supervisor only their team, the admin everything, and refuses counsellors and clients", async () => {
    expect((await getOutcomeReport(as.admin!, q(), TZ)).total.requests).toBe(9);
    const other = await getOutcomeReport(as.supervisor2!, q(), TZ);
    expect(other.total).toMatchObject({ requests: 1, agreed: 1, monthsGranted: 12 });
    await expect(getOutcomeReport(as.counsellor!, q(), TZ)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOutcomeReport(as.client!, q(), TZ)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("drill-down entries", () => {
  it("lists the entries behind a figure, never a corrected one", async () => {
    const page = await listAnalyticsEntries(as.supervisor!, q({ creditor: ids.cardCreditor!, outcome: "decided" }), TZ);
    expect(page.rows.map((r) => r.id).sort()).toEqual([ids.e3, ids.e5].sort());
    expect(page.total).toBe(2);
    const july = await listAnalyticsEntries(as.supervisor!, q({ from: "2020-07-01", to: "2020-07-31" }), TZ);
    expect(july.rows.map((r) => r.id)).toEqual([ids.e9]);
  });

  it("keeps another team's entries out and refuses a counsellor", async () => {
    const mine = await listAnalyticsEntries(as.supervisor!, q({ outcome: "agreed" }), TZ);
    expect(mine.rows.map((r) => r.id)).not.toContain(ids.e11);
    const theirs = await listAnalyticsEntries(as.supervisor2!, q(), TZ);
    expect(theirs.rows.map((r) => r.id)).toEqual([ids.e11]);
    await expect(listAnalyticsEntries(as.counsellor!, q(), TZ)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("CSV", () => {
  it("carries the same figures, with the same rounding, as the screen, and is audited", async () => {
    const { analyticsCsvRows, figureText } = await import("@/lib/analytics/csv");
    const { labelledSections } = await import("@/lib/analytics/sections");
    const { exportOutcomeReport } = await import("./analytics");
    const { auditLog } = await import("@/db/schema");
    const { eq } = await import("drizzle-orm");
    const report = await exportOutcomeReport(as.supervisor!, q(), TZ);
    const sections = labelledSections(report, (key) => key, "en");
    const lines = analyticsCsvRows(sections, { title: "waived", rows: report.waived }, "en", "too few");
    const total = lines[0]!;
    expect(total.slice(2, 13)).toEqual(["8", "6", "3", "1", "2", "66.7%", "6", "", "14.5", "4", "9"]);
    expect(figureText(report.total, "en")).toMatchObject({ rate: "66.7%", n: 6, median: "14.5", medianN: 4 });
    // Every breakdown row on the screen is one CSV line, with the screen's rate or the too-few note.
    for (const section of sections) {
      for (const row of section.rows) {
        const line = lines.find((l) => l[0] === section.title && l[1] === row.label)!;
        const text = figureText(row, "en");
        expect(line.slice(2, 13)).toEqual([row.requests, row.decided, row.agreed, row.partial, row.rejected].map(String).concat([text.rate ?? "", String(text.n), text.tooFew ? "too few" : "", text.median ?? "", String(text.medianN), String(row.monthsGranted)]));
      }
    }
    const jiebei = lines.find((l) => l[1] === report.groups.creditor.find((g) => g.key === ids.jiebeiCreditor)!.label)!;
    expect(jiebei.slice(7, 10)).toEqual(["", "1", "too few"]);
    expect(lines.at(-1)).toEqual(["waived", "CNY", "", "", "", "", "", "", "", "", "", "", "", "CNY", "300.00", "50.00"]);
    const audits = await database.db.select({ actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.action, "analytics.exported"));
    expect(audits.map((a) => a.actorId)).toContain(as.supervisor!.id);
    await expect(exportOutcomeReport(as.counsellor!, q(), TZ)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("demo seed", () => {
  it("gives the charts a year of outcomes, China Construction Bank granting extensions least often", async () => {
    const { byRateAscending } = await import("@/lib/analytics/figures");
    const report = await getOutcomeReport(as.admin!, parseAnalyticsQuery({ type: "payment_extension" }, new Date().toISOString().slice(0, 10)), TZ);
    expect(report.total.decided).toBeGreaterThan(40);
    const lowest = byRateAscending(report.groups.creditor)[0]!;
    expect(lowest.label).toBe("China Construction Bank Credit Card");
    expect(agreementRate(lowest).tooFew).toBe(false);
    expect(report.groups.month.filter((m) => m.requests > 0).length).toBeGreaterThanOrEqual(10);
  });
});
