import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { rowsOf, type Db } from "@/db/client";
import { agreedOutcomes, clients, creditors, debts, oralChannels } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { negotiationInput } from "@/lib/testing/negotiations";
import type { NegotiationEntryInput } from "@/lib/validation/negotiations";
import { confirmAgreement, listNextActionsDue, listUnconfirmedAgreements, logNegotiationEntry } from "./negotiations";

// The dashboard's open next actions and unconfirmed oral agreements are kept by triggers
// (migration 0016). Whatever order the log is written in, they must hold exactly what their
// definition over the log selects.
let database: { db: Db; drop: () => Promise<void> };
let counsellor: SessionUser;
let clientId = "";
let jiebei = "";
let card = "";
let landlord = "";

beforeAll(async () => {
  database = await freshDatabase();
  counsellor = await sessionFor("counsellor@demo.accord.test");
  const [client] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, "张伟"));
  clientId = client!.id;
  const rows = await database.db.select({ id: debts.id, name: creditors.nameEn }).from(debts).innerJoin(creditors, eq(creditors.id, debts.creditorId)).where(eq(debts.clientId, clientId));
  jiebei = rows.find((r) => r.name.startsWith("Jiebei"))!.id;
  card = rows.find((r) => r.name.includes("Credit Card"))!.id;
  landlord = rows.find((r) => r.name === "Landlord")!.id;
});
afterAll(() => database.drop());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

/** A pending phone call on Jiebei an hour ago unless overridden. */
const entry = (overrides: Partial<NegotiationEntryInput>) => negotiationInput(jiebei, { outcome: "pending", grantedMonths: null, ...overrides });

const ids = async (query: ReturnType<typeof sql>) => rowsOf<{ id: string }>(await database.db.execute(query)).map((r) => r.id).sort();

/**
 * What each list is, read from the log itself (the dashboard's statements before the lists existed),
 * with the app's own agreed outcomes and oral channels: the trigger's copies of them must agree. A
 * corrected entry is no contact of its own (migration 0021): its correction restates it.
 */
const definedNextActions = () =>
  ids(sql`SELECT e.id FROM negotiation_entries e WHERE e.next_action_date IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM negotiation_entries fix WHERE fix.corrects_entry_id = e.id)
    AND NOT EXISTS (SELECT 1 FROM negotiation_entries later WHERE later.debt_id = e.debt_id AND later.contacted_at > e.contacted_at
      AND NOT EXISTS (SELECT 1 FROM negotiation_entries fix WHERE fix.corrects_entry_id = later.id))
    AND NOT EXISTS (SELECT 1 FROM clients c WHERE c.id = e.client_id AND c.status = 'closed')`);
const definedUnconfirmed = () =>
  ids(sql`SELECT e.id FROM negotiation_entries e WHERE e.outcome::text IN (${sql.join(agreedOutcomes.map((o) => sql`${o}`), sql`, `)})
    AND e.channel::text IN (${sql.join(oralChannels.map((c) => sql`${c}`), sql`, `)})
    AND NOT EXISTS (SELECT 1 FROM negotiation_entries fix WHERE fix.corrects_entry_id = e.id)
    AND NOT EXISTS (SELECT 1 FROM agreement_confirmations c WHERE c.entry_id = e.id)`);
const keptNextActions = () => ids(sql`SELECT entry_id AS id FROM open_next_actions`);
const keptUnconfirmed = () => ids(sql`SELECT entry_id AS id FROM unconfirmed_agreements`);

async function expectListsMatchTheLog() {
  expect(await keptNextActions()).toEqual(await definedNextActions());
  expect(await keptUnconfirmed()).toEqual(await definedUnconfirmed());
}

/** A raw copy of an existing entry with some columns changed, several in one statement. */
async function insertCopies(rows: { debtId: string; contactedAt: Date; nextActionDate: string | null }[]) {
  const [template] = rowsOf<{ id: string }>(await database.db.execute(sql`SELECT id FROM negotiation_entries WHERE client_id = ${clientId} LIMIT 1`));
  const values = sql.join(
    rows.map((r) => sql`(${r.debtId}::uuid, ${r.contactedAt.toISOString()}::timestamptz, ${r.nextActionDate}::date)`),
    sql`, `,
  );
  await database.db.execute(sql`INSERT INTO negotiation_entries (client_id, debt_id, creditor_id, recorded_by_id, contacted_at, channel, counterpart_name, request_type, currency, outcome, next_action_date)
    SELECT t.client_id, v.debt_id, d.creditor_id, t.recorded_by_id, v.at, 'phone', 'Ms Liu', 'other', t.currency, 'pending', v.next
    FROM negotiation_entries t, (VALUES ${values}) AS v (debt_id, at, next) JOIN debts d ON d.id = v.debt_id
    WHERE t.id = ${template!.id}`);
}

describe("the dashboard lists kept by triggers", () => {
  it("hold what the log defines after contacts, same-instant contacts, corrections and confirmations", async () => {
    await expectListsMatchTheLog(); // the demo seed's log
    const older = await logNegotiationEntry(counsellor, clientId, entry({ contactedAt: hoursAgo(5), nextActionDate: inDays(2) }));
    const newer = await logNegotiationEntry(counsellor, clientId, entry({ contactedAt: hoursAgo(4), nextActionDate: inDays(3) }));
    // Recorded after the newer one but contacted before it: it was never the latest.
    const late = await logNegotiationEntry(counsellor, clientId, entry({ contactedAt: hoursAgo(6), nextActionDate: inDays(1) }));
    const due = (await listNextActionsDue(counsellor, 7)).map((e) => e.id);
    expect(due).toContain(newer.id);
    expect(due).not.toContain(older.id);
    expect(due).not.toContain(late.id);
    // Two contacts at the same instant are both the latest.
    const instant = hoursAgo(3);
    const tie = await logNegotiationEntry(counsellor, clientId, entry({ debtId: card, contactedAt: instant, nextActionDate: inDays(4) }));
    const tie2 = await logNegotiationEntry(counsellor, clientId, entry({ debtId: card, contactedAt: instant, nextActionDate: inDays(5) }));
    expect((await listNextActionsDue(counsellor, 7)).map((e) => e.id)).toEqual(expect.arrayContaining([tie.id, tie2.id]));
    // A correction replaces the entry it corrects in both lists.
    const oral = await logNegotiationEntry(counsellor, clientId, entry({ debtId: card, contactedAt: instant, outcome: "agreed", grantedMonths: 2, channel: "in_app" }));
    expect((await listUnconfirmedAgreements(counsellor)).map((e) => e.id)).toContain(oral.id);
    const fixed = await logNegotiationEntry(counsellor, clientId, entry({ debtId: card, contactedAt: instant, outcome: "agreed", grantedMonths: 3, channel: "in_app", correctsEntryId: oral.id }));
    const fixedTie = await logNegotiationEntry(counsellor, clientId, entry({ debtId: card, contactedAt: instant, nextActionDate: inDays(6), correctsEntryId: tie.id }));
    const unconfirmed = (await listUnconfirmedAgreements(counsellor)).map((e) => e.id);
    expect(unconfirmed).toContain(fixed.id);
    expect(unconfirmed).not.toContain(oral.id);
    expect((await listNextActionsDue(counsellor, 7)).map((e) => e.id)).toEqual(expect.arrayContaining([tie2.id, fixedTie.id]));
    expect((await listNextActionsDue(counsellor, 7)).map((e) => e.id)).not.toContain(tie.id);
    await confirmAgreement(counsellor, clientId, { entryId: fixed.id, documentId: null, reference: "REC-1" });
    expect((await listUnconfirmedAgreements(counsellor)).map((e) => e.id)).not.toContain(fixed.id);
    // Several contacts in one statement, the latest first and last.
    await insertCopies([
      { debtId: jiebei, contactedAt: hoursAgo(0.5), nextActionDate: inDays(1) },
      { debtId: jiebei, contactedAt: hoursAgo(0.7), nextActionDate: inDays(2) },
      { debtId: card, contactedAt: hoursAgo(0.9), nextActionDate: null },
      { debtId: card, contactedAt: hoursAgo(0.2), nextActionDate: inDays(3) },
    ]);
    await expectListsMatchTheLog();
    // Built from scratch, they come out the same.
    const [nextActions, unconfirmedNow] = [await keptNextActions(), await keptUnconfirmed()];
    await database.db.execute(sql`SELECT accord_rebuild_dashboard_lists()`);
    expect(await keptNextActions()).toEqual(nextActions);
    expect(await keptUnconfirmed()).toEqual(unconfirmedNow);
  });

  it("keeps a next action whose contact is corrected to an earlier time, and gives a debt back its own when an entry on it is moved", async () => {
    const due = async () => (await listNextActionsDue(counsellor, 7)).map((e) => e.id);
    // A call with a next action in two days, typed as an hour ago instead of yesterday, then corrected.
    const call = await logNegotiationEntry(counsellor, clientId, entry({ debtId: landlord, contactedAt: hoursAgo(1), nextActionDate: inDays(2) }));
    const fixed = await logNegotiationEntry(counsellor, clientId, entry({ debtId: landlord, contactedAt: hoursAgo(25), nextActionDate: inDays(2), correctsEntryId: call.id }));
    expect(await due()).toContain(fixed.id);
    expect(await due()).not.toContain(call.id);
    await expectListsMatchTheLog();
    // The landlord's genuine next action, then a call logged on the landlord by mistake (it was the card's).
    const genuine = await logNegotiationEntry(counsellor, clientId, entry({ debtId: landlord, contactedAt: hoursAgo(0.08), nextActionDate: inDays(3) }));
    const wrong = await logNegotiationEntry(counsellor, clientId, entry({ debtId: landlord, contactedAt: hoursAgo(0.05), nextActionDate: inDays(4) }));
    expect(await due()).not.toContain(genuine.id);
    const moved = await logNegotiationEntry(counsellor, clientId, entry({ debtId: card, contactedAt: hoursAgo(0.05), nextActionDate: inDays(4), correctsEntryId: wrong.id }));
    expect(await due()).toEqual(expect.arrayContaining([genuine.id, moved.id]));
    expect(await due()).not.toContain(wrong.id);
    await expectListsMatchTheLog();
    const kept = await keptNextActions();
    await database.db.execute(sql`SELECT accord_rebuild_dashboard_lists()`);
    expect(await keptNextActions()).toEqual(kept);
  });

  it.skipIf(inject("databaseTemplate").kind !== "postgres")("keeps one latest contact when two on one debt are recorded at once (PostgreSQL)", async () => {
    const url = process.env.DATABASE_URL!;
    const [first, second] = [postgres(url, { max: 1, onnotice: () => {} }), postgres(url, { max: 1, onnotice: () => {} })];
    try {
      const copy = (tx: postgres.TransactionSql, at: Date, next: string) => tx`INSERT INTO negotiation_entries (client_id, debt_id, creditor_id, recorded_by_id, contacted_at, channel, counterpart_name, request_type, currency, outcome, next_action_date)
        SELECT client_id, debt_id, creditor_id, recorded_by_id, ${at}, 'phone', 'Ms Liu', 'other', currency, 'pending', ${next}::date
        FROM negotiation_entries WHERE debt_id = ${jiebei} LIMIT 1`;
      let releaseFirst = () => {};
      const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
      // The earlier contact's transaction has written its row but not committed when the later one arrives.
      const one = first.begin(async (tx) => {
        await copy(tx, new Date(Date.now() + 60_000), inDays(1));
        await firstHolds;
      });
      await new Promise((r) => setTimeout(r, 100));
      const two = second.begin((tx) => copy(tx, new Date(Date.now() + 120_000), inDays(2)));
      await new Promise((r) => setTimeout(r, 300));
      releaseFirst();
      await Promise.all([one, two]);
      await expectListsMatchTheLog();
      const open = rowsOf<{ n: number }>(await database.db.execute(sql`SELECT count(*)::int AS n FROM open_next_actions WHERE debt_id = ${jiebei}`));
      expect(open[0]!.n).toBe(1);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });
});
