import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { clients, creditors, debts } from "@/db/schema";
import { parseAnalyticsQuery } from "@/lib/analytics/query";
import type { SessionUser } from "@/lib/auth/permissions";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { instantToAgencyDate } from "@/lib/validation/agency-time";
import { getOutcomeReport } from "./analytics";
import { assignClients } from "./client-assignment";
import { logNegotiationEntry } from "./negotiations";

const TZ = "Asia/Shanghai";
let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
let zhang = "";
let jiebei = "";

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "supervisor2", "counsellor", "counsellor3"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  const [client] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, "张伟"));
  zhang = client!.id;
  const [debt] = await database.db
    .select({ id: debts.id })
    .from(debts)
    .innerJoin(creditors, eq(creditors.id, debts.creditorId))
    .where(eq(debts.clientId, zhang))
    .then((rows) => rows);
  jiebei = debt!.id;
});
afterAll(() => database.drop());

// The default range: the last twelve months up to today in the agency's zone.
const lastYear = () => parseAnalyticsQuery({}, instantToAgencyDate(new Date(), TZ));

describe("outcome report cache", () => {
  it("serves the same figures again without recomputing, and never one team's figures to another", async () => {
    const first = await getOutcomeReport(as.supervisor!, lastYear(), TZ);
    expect(await getOutcomeReport(as.supervisor!, lastYear(), TZ)).toBe(first);
    const otherTeam = await getOutcomeReport(as.supervisor2!, lastYear(), TZ);
    expect(otherTeam).not.toBe(first);
    const everyone = await getOutcomeReport(as.admin!, lastYear(), TZ);
    expect(everyone.total.requests).toBe(first.total.requests + otherTeam.total.requests);
  });

  it("shows a new negotiation entry at once", async () => {
    const before = await getOutcomeReport(as.supervisor!, lastYear(), TZ);
    await logNegotiationEntry(as.counsellor!, zhang, {
      debtId: jiebei, currency: "CNY", contactedAt: new Date(Date.now() - 3_600_000), channel: "phone", counterpartName: "Ms Liu",
      counterpartReference: null, requestType: "payment_extension", requestedMonths: 3, requestedAmount: null, requestedInterestWaiver: null,
      requestedPenaltyWaiver: null, requestedPauseUntil: null, outcome: "rejected", grantedMonths: null, waivedInterest: null, waivedPenalty: null,
      agreedMonthlyAmount: null, agreedPauseUntil: null, notes: null, nextActionDate: null, correctsEntryId: null,
    });
    const after = await getOutcomeReport(as.supervisor!, lastYear(), TZ);
    expect(after.total.requests).toBe(before.total.requests + 1);
    expect(after.total.rejected).toBe(before.total.rejected + 1);
  });

  it("drops a client's entries from the old team's figures as soon as the client is reassigned", async () => {
    const mine = await getOutcomeReport(as.supervisor!, lastYear(), TZ);
    await assignClients(as.admin!, { clientIds: [zhang], counsellorId: as.counsellor3!.id });
    const mineAfter = await getOutcomeReport(as.supervisor!, lastYear(), TZ);
    expect(mineAfter).not.toBe(mine);
    expect(mineAfter.total.requests).toBe(mine.total.requests - 1);
  });
});
