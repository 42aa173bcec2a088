import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, debts } from "@/db/schema";
import { addDays } from "@/lib/finance";
import { runDailyJobs } from "@/lib/jobs/daily";
import { freshClient, freshDebt, loadPeople, person } from "@/lib/security/testing/fixtures";
import { freshDatabase } from "@/lib/testing/db";
import { negotiationInput } from "@/lib/testing/negotiations";
import { agencyToday } from "./debts";
import { logNegotiationEntry } from "./negotiations";
import { endLapsedPauses } from "./pause-endings";

/**
 * A collection pause runs to its end date; after it, the debt must not say "Paused" for ever (on the
 * counsellor's debts tab and in the client's portal). The daily job gives it a status back.
 */
let database: { db: Db; drop: () => Promise<void> };

beforeAll(async () => {
  database = await freshDatabase();
  await loadPeople();
});
afterAll(() => database.drop());

const statusOf = async (debtId: string) => (await database.db.select({ status: debts.status }).from(debts).where(eq(debts.id, debtId)))[0]?.status;

/** An agreed pause logged `daysAgo` days ago, running until `until`. */
async function pausedDebt(clientId: string, daysAgo: number, until: string): Promise<string> {
  const debtId = await freshDebt(clientId);
  const contactedAt = new Date(Date.now() - daysAgo * 86_400_000);
  await logNegotiationEntry(person("counsellor"), clientId, negotiationInput(debtId, { contactedAt, outcome: "agreed", requestType: "collection_pause", grantedMonths: null, agreedPauseUntil: until }));
  return debtId;
}

describe("pauses that have run out", () => {
  it("give the debt a status back once the pause date has passed, audited by no one, and leave running pauses alone", async () => {
    const today = await agencyToday();
    const clientId = await freshClient();
    const lapsed = await pausedDebt(clientId, 40, addDays(today, -10));
    // A pause logged while it ran set "paused"; one logged after its end is history only
    // (logNegotiationEntry): this one stands for a pause logged while it ran.
    await database.db.update(debts).set({ status: "paused" }).where(eq(debts.id, lapsed));
    const running = await pausedDebt(clientId, 5, addDays(today, 20));
    const endsToday = await pausedDebt(clientId, 5, today);
    // Marked paused by hand in the debt form, with no pause recorded: the counsellor's to change.
    const byHand = await freshDebt(clientId);
    await database.db.update(debts).set({ status: "paused" }).where(eq(debts.id, byHand));
    for (const debtId of [lapsed, running, endsToday]) expect(await statusOf(debtId)).toBe("paused");

    await endLapsedPauses(today);

    expect(await statusOf(lapsed)).toBe("current"); // no overdue date, no active plan
    expect(await statusOf(running)).toBe("paused");
    expect(await statusOf(endsToday)).toBe("paused"); // the pause still holds on its last day
    expect(await statusOf(byHand)).toBe("paused");
    const audit = await database.db.select({ actorId: auditLog.actorId, details: auditLog.details }).from(auditLog).where(and(eq(auditLog.entityId, lapsed), eq(auditLog.action, "debt.pause_ended")));
    expect(audit).toEqual([{ actorId: null, details: { status: "current" } }]);

    // Tomorrow's run (the daily job) ends the one that ran until today, and nothing twice.
    await runDailyJobs(new Date(Date.now() + 86_400_000));
    expect(await statusOf(endsToday)).toBe("current");
    expect(await statusOf(running)).toBe("paused");
    expect(await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, lapsed), eq(auditLog.action, "debt.pause_ended")))).toHaveLength(1);
  });
});
