import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { agreementConfirmations, auditLog, clients, collectionPauses, creditors, debts, negotiationEntries, type DebtStatus } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { uploadAs, useTempStorage } from "@/lib/documents/testing/fixtures";
import { addDays } from "@/lib/finance";
import { debtFields, intakeFields } from "@/lib/security/testing/fixtures";
import { intakeSchema } from "@/lib/validation/clients";
import { newDebtSchema } from "@/lib/validation/debts";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { negotiationInput } from "@/lib/testing/negotiations";
import type { NegotiationEntryInput } from "@/lib/validation/negotiations";
import { assignClients } from "./client-assignment";
import { createClient } from "./clients";
import { reviewDocument, withdrawDocument } from "./documents";
import { ConflictError, NotFoundError } from "./errors";
import * as negotiations from "./negotiations";
import { agencyToday, createDebt } from "./debts";
import { getLikelyOutcomes } from "./outcome-history";
import { endLapsedPauses } from "./pause-endings";
import { activePauseOn, listPauses, listPausesEndingSoon } from "./pauses";

const { confirmAgreement, getNegotiationEntry, listNegotiationTimeline, listNextActionsDue, listUnconfirmedAgreements, logNegotiationEntry } = negotiations;

let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};
let clientId = "";
let jiebei = { id: "", creditorId: "" };
let card = { id: "", creditorId: "" };

beforeAll(async () => {
  database = await freshDatabase();
  for (const key of ["admin", "supervisor", "counsellor", "counsellor2", "supervisor2", "client", "client2"]) as[key] = await sessionFor(`${key}@demo.accord.test`);
  const [client] = await database.db.select({ id: clients.id }).from(clients).where(eq(clients.fullName, "张伟"));
  clientId = client!.id;
  const rows = await database.db
    .select({ id: debts.id, creditorId: debts.creditorId, name: creditors.nameEn })
    .from(debts)
    .innerJoin(creditors, eq(creditors.id, debts.creditorId))
    .where(eq(debts.clientId, clientId));
  jiebei = rows.find((r) => r.name.startsWith("Jiebei"))!;
  card = rows.find((r) => r.name.includes("Credit Card"))!;
});
afterAll(() => database.drop());

const entry = (overrides: Partial<NegotiationEntryInput> = {}) => negotiationInput(jiebei.id, overrides);

const countEntries = async () => (await database.db.select({ n: sql<number>`count(*)::int` }).from(negotiationEntries))[0]!.n;

describe("the negotiation log is append-only", () => {
  it("exports no function that could change or remove an entry", () => {
    const names = Object.keys(negotiations);
    expect(names).toContain("logNegotiationEntry");
    expect(names.filter((n) => /update|delete|remove|edit|change|set/i.test(n))).toEqual([]);
  });

  it("has the database refuse a raw UPDATE, DELETE or TRUNCATE", async () => {
    const { id } = await logNegotiationEntry(as.counsellor!, clientId, entry());
    await expect(database.db.update(negotiationEntries).set({ outcome: "agreed" }).where(eq(negotiationEntries.id, id))).rejects.toThrow();
    await expect(database.db.delete(negotiationEntries).where(eq(negotiationEntries.id, id))).rejects.toThrow();
    await expect(database.db.execute(sql`TRUNCATE negotiation_entries CASCADE`)).rejects.toThrow();
    const [row] = await database.db.select({ outcome: negotiationEntries.outcome }).from(negotiationEntries).where(eq(negotiationEntries.id, id));
    expect(row?.outcome).toBe("partially_agreed");
  });

  it("stores the creditor and the client's counsellor on the entry and audits it with the client", async () => {
    const { id } = await logNegotiationEntry(as.supervisor!, clientId, entry({ debtId: card.id, channel: "branch" }));
    const [row] = await database.db.select().from(negotiationEntries).where(eq(negotiationEntries.id, id));
    expect(row).toMatchObject({ creditorId: card.creditorId, counsellorId: as.counsellor!.id, recordedById: as.supervisor!.id, duringPause: false });
    const audits = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.clientId, clientId)));
    expect(audits.map((a) => a.action)).toEqual(["negotiation.logged"]);
  });

  it("shows a correction linked to the entry it corrects, and refuses a second correction of the same entry", async () => {
    const { id: original } = await logNegotiationEntry(as.counsellor!, clientId, entry({ counterpartName: "Mr Wrong" }));
    const { id: fixed } = await logNegotiationEntry(as.counsellor!, clientId, entry({ counterpartName: "Ms Right", correctsEntryId: original }));
    const timeline = await listNegotiationTimeline(as.counsellor!, clientId);
    expect(timeline.find((e) => e.id === original)?.correctedById).toBe(fixed);
    expect(timeline.find((e) => e.id === fixed)?.correctsEntryId).toBe(original);
    await expect(logNegotiationEntry(as.counsellor!, clientId, entry({ correctsEntryId: original }))).rejects.toBeInstanceOf(ConflictError);
  });

  it("credits a correction to the counsellor who held the case at the contact, not to whoever corrects it later", async () => {
    const { id: original } = await logNegotiationEntry(as.counsellor!, clientId, entry({ outcome: "agreed", counterpartName: "Ms Liu" }));
    await assignClients(as.supervisor!, { clientIds: [clientId], counsellorId: as.counsellor2!.id });
    try {
      const { id: fixed } = await logNegotiationEntry(as.counsellor2!, clientId, entry({ outcome: "agreed", counterpartName: "Ms Liu Yan", correctsEntryId: original }));
      const { id: later } = await logNegotiationEntry(as.counsellor2!, clientId, entry({ outcome: "pending" }));
      const rows = await database.db.select({ id: negotiationEntries.id, counsellorId: negotiationEntries.counsellorId, recordedById: negotiationEntries.recordedById }).from(negotiationEntries).where(inArray(negotiationEntries.id, [fixed, later]));
      expect(rows.find((r) => r.id === fixed)).toMatchObject({ counsellorId: as.counsellor!.id, recordedById: as.counsellor2!.id });
      expect(rows.find((r) => r.id === later)).toMatchObject({ counsellorId: as.counsellor2!.id });
    } finally {
      await assignClients(as.supervisor!, { clientIds: [clientId], counsellorId: as.counsellor!.id });
    }
  });

  it("filters the timeline by debt, creditor, channel and outcome, newest first", async () => {
    const byCard = await listNegotiationTimeline(as.counsellor!, clientId, { creditor: card.creditorId });
    expect(byCard.length).toBeGreaterThan(0);
    expect(byCard.every((e) => e.creditorId === card.creditorId)).toBe(true);
    expect((await listNegotiationTimeline(as.counsellor!, clientId, { channel: "branch" })).every((e) => e.channel === "branch")).toBe(true);
    expect(await listNegotiationTimeline(as.counsellor!, clientId, { outcome: "escalated" })).toEqual([]);
    const all = await listNegotiationTimeline(as.counsellor!, clientId, { debt: jiebei.id });
    const times = all.map((e) => e.contactedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe("oral agreements and pauses", () => {
  it("lists a phone agreement as unconfirmed until a confirmation reference is recorded", async () => {
    const { id } = await logNegotiationEntry(as.counsellor!, clientId, entry({ outcome: "agreed", notes: "oral" }));
    expect((await listUnconfirmedAgreements(as.counsellor!)).map((e) => e.id)).toContain(id);
    expect((await listUnconfirmedAgreements(as.counsellor2!)).map((e) => e.id)).not.toContain(id);
    await confirmAgreement(as.counsellor!, clientId, { entryId: id, documentId: null, reference: "REC-20261129-01" });
    expect((await listUnconfirmedAgreements(as.counsellor!)).map((e) => e.id)).not.toContain(id);
    const shown = (await listNegotiationTimeline(as.counsellor!, clientId)).find((e) => e.id === id);
    expect(shown?.confirmations.map((c) => c.reference)).toEqual(["REC-20261129-01"]);
    expect(shown?.unconfirmed).toBe(false);
  });

  it("lists a next action until it is corrected or a later contact on the debt acts on it, and only for the client's counsellor", async () => {
    const soon = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000);
    const { id } = await logNegotiationEntry(as.counsellor!, clientId, entry({ debtId: card.id, outcome: "pending", grantedMonths: null, contactedAt: at(0.5), nextActionDate: soon }));
    const due = (await listNextActionsDue(as.counsellor!, 7)).find((e) => e.id === id);
    expect(due).toMatchObject({ clientId, clientName: "张伟", nextActionDate: soon });
    expect((await listNextActionsDue(as.counsellor2!, 7)).map((e) => e.id)).not.toContain(id);
    const { id: fix } = await logNegotiationEntry(as.counsellor!, clientId, entry({ debtId: card.id, outcome: "pending", grantedMonths: null, contactedAt: at(0.5), nextActionDate: soon, correctsEntryId: id }));
    const listed = (await listNextActionsDue(as.counsellor!, 7)).map((e) => e.id);
    expect(listed).not.toContain(id);
    expect(listed).toContain(fix);
    await logNegotiationEntry(as.counsellor!, clientId, entry({ debtId: card.id, outcome: "no_response", grantedMonths: null, contactedAt: at(0.1) }));
    expect((await listNextActionsDue(as.counsellor!, 7)).map((e) => e.id)).not.toContain(fix);
  });

  it("opens a pause from an agreed pause and flags a later contact during it", async () => {
    const until = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const { id } = await logNegotiationEntry(as.counsellor!, clientId, entry({ debtId: card.id, requestType: "collection_pause", outcome: "agreed", grantedMonths: null, agreedPauseUntil: until, contactedAt: new Date(Date.now() - 86_400_000) }));
    const pauses = await listPauses(as.counsellor!, clientId);
    expect(pauses.find((p) => p.entryId === id)?.endDate).toBe(until);
    const [debt] = await database.db.select({ status: debts.status }).from(debts).where(eq(debts.id, card.id));
    expect(debt?.status).toBe("paused");
    expect((await listPausesEndingSoon(as.counsellor!)).map((p) => p.entryId)).toContain(id);
    expect(await listPausesEndingSoon(as.counsellor2!)).toEqual([]);
    const { id: during } = await logNegotiationEntry(as.counsellor!, clientId, entry({ debtId: card.id, channel: "in_app", outcome: "pending", grantedMonths: null, waivedPenalty: null }));
    expect((await getNegotiationEntry(as.counsellor!, clientId, during)).duringPause).toBe(true);
  });
});

describe("correcting an agreed pause", () => {
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const dayAgo = () => new Date(Date.now() - 86_400_000);
  const pauseOn = (debtId: string, until: string, overrides: Partial<NegotiationEntryInput> = {}) =>
    entry({ debtId, requestType: "collection_pause", outcome: "agreed", grantedMonths: null, waivedPenalty: null, agreedPauseUntil: until, contactedAt: dayAgo(), ...overrides });
  const rejected = (debtId: string, correctsEntryId: string) =>
    entry({ debtId, requestType: "collection_pause", outcome: "rejected", grantedMonths: null, waivedPenalty: null, contactedAt: dayAgo(), correctsEntryId });
  const statusOf = async (debtId: string) => (await database.db.select({ status: debts.status }).from(debts).where(eq(debts.id, debtId)))[0]?.status;
  const laterContact = async (debtId: string) =>
    (await getNegotiationEntry(as.counsellor!, clientId, (await logNegotiationEntry(as.counsellor!, clientId, entry({ debtId, outcome: "pending", grantedMonths: null, waivedPenalty: null }))).id)).duringPause;
  let landlord = "";
  beforeAll(async () => {
    const [row] = await database.db.select({ id: debts.id }).from(debts).where(and(eq(debts.clientId, clientId), eq(debts.product, "房租欠款")));
    landlord = row!.id;
  });

  it("lifts the pause of an agreement corrected to 'rejected' and gives the debt back its status", async () => {
    expect(await statusOf(jiebei.id)).toBe("overdue");
    const { id } = await logNegotiationEntry(as.counsellor!, clientId, pauseOn(jiebei.id, inDays(5)));
    expect(await statusOf(jiebei.id)).toBe("paused");
    const { id: fix } = await logNegotiationEntry(as.counsellor!, clientId, rejected(jiebei.id, id));
    expect(await activePauseOn(database.db, jiebei.id, await agencyToday())).toBeNull();
    expect((await listPausesEndingSoon(as.counsellor!)).map((p) => p.entryId)).not.toContain(id);
    expect((await listPauses(as.counsellor!, clientId)).filter((p) => p.debtId === jiebei.id)).toEqual([]);
    expect(await statusOf(jiebei.id)).toBe("overdue");
    expect((await getNegotiationEntry(as.counsellor!, clientId, fix)).duringPause).toBe(false);
    expect(await laterContact(jiebei.id)).toBe(false);
    // The wrong entry stays in the log, marked as corrected.
    expect((await listNegotiationTimeline(as.counsellor!, clientId)).find((e) => e.id === id)?.correctedById).toBe(fix);
    const [audit] = await database.db.select({ details: auditLog.details }).from(auditLog).where(and(eq(auditLog.entityId, fix), eq(auditLog.action, "negotiation.corrected")));
    expect(audit?.details).toMatchObject({ liftedPauseIds: [expect.any(String)], debtStatus: "overdue" });
  });

  it("applies only the pause of a correction that carries another end date, and none once that is corrected too", async () => {
    const { id } = await logNegotiationEntry(as.counsellor!, clientId, pauseOn(landlord, inDays(5)));
    const { id: fix } = await logNegotiationEntry(as.counsellor!, clientId, pauseOn(landlord, inDays(10), { correctsEntryId: id }));
    const today = await agencyToday();
    expect(await activePauseOn(database.db, landlord, today)).toMatchObject({ endDate: inDays(10) });
    expect((await listPauses(as.counsellor!, clientId)).filter((p) => p.debtId === landlord).map((p) => [p.entryId, p.endDate])).toEqual([[fix, inDays(10)]]);
    expect((await listPausesEndingSoon(as.counsellor!, 14)).filter((p) => p.debtId === landlord).map((p) => [p.entryId, p.endDate])).toEqual([[fix, inDays(10)]]);
    expect(await statusOf(landlord)).toBe("paused");
    expect((await getNegotiationEntry(as.counsellor!, clientId, fix)).duringPause).toBe(false);
    expect(await laterContact(landlord)).toBe(true);
    await logNegotiationEntry(as.counsellor!, clientId, rejected(landlord, fix));
    expect(await activePauseOn(database.db, landlord, today)).toBeNull();
    expect((await listPausesEndingSoon(as.counsellor!, 14)).filter((p) => p.debtId === landlord)).toEqual([]);
    expect(await statusOf(landlord)).toBe("overdue");
  });

  it("lifts the pause from the first debt when the correction moves the agreement to another debt", async () => {
    const { id } = await logNegotiationEntry(as.counsellor!, clientId, pauseOn(jiebei.id, inDays(5)));
    await logNegotiationEntry(as.counsellor!, clientId, pauseOn(landlord, inDays(6), { correctsEntryId: id }));
    const today = await agencyToday();
    expect(await activePauseOn(database.db, jiebei.id, today)).toBeNull();
    expect(await statusOf(jiebei.id)).toBe("overdue");
    expect(await activePauseOn(database.db, landlord, today)).toMatchObject({ endDate: inDays(6) });
    expect(await statusOf(landlord)).toBe("paused");
  });
});

/** A new debt of `client` with the given status (set as a counsellor would have set it). */
async function debtWithStatus(client: string, status: DebtStatus): Promise<string> {
  const { daysPastDue: _d, overdueSince: _o, ...write } = newDebtSchema.parse(await debtFields());
  const { id } = await createDebt(as.counsellor!, client, { ...write, overdueSince: null });
  await database.db.update(debts).set({ status }).where(eq(debts.id, id));
  return id;
}

describe("an agreed pause and the debt's status", () => {
  let today = "";
  beforeAll(async () => {
    today = await agencyToday();
  });
  const agreedPause = (debtId: string, daysAgo: number, until: string) =>
    entry({ debtId, requestType: "collection_pause", outcome: "agreed", grantedMonths: null, waivedPenalty: null, agreedPauseUntil: until, contactedAt: new Date(Date.now() - daysAgo * 86_400_000) });
  const statusOf = async (debtId: string) => (await database.db.select({ status: debts.status }).from(debts).where(eq(debts.id, debtId)))[0]?.status;
  const auditOf = async (entryId: string) => (await database.db.select({ details: auditLog.details }).from(auditLog).where(and(eq(auditLog.entityId, entryId), eq(auditLog.action, "negotiation.logged"))))[0]?.details;

  it("records last month's call about a pause that ended last week as history: an 'in collection' debt stays so, after the daily job too", async () => {
    const debtId = await debtWithStatus(clientId, "in_collection");
    const { id } = await logNegotiationEntry(as.counsellor!, clientId, agreedPause(debtId, 40, addDays(today, -7)));
    expect(await statusOf(debtId)).toBe("in_collection");
    expect((await listPauses(as.counsellor!, clientId)).find((p) => p.entryId === id)).toMatchObject({ debtId, endDate: addDays(today, -7) });
    expect(await activePauseOn(database.db, debtId, today)).toBeNull();
    expect(await auditOf(id)).toMatchObject({ pauseId: expect.any(String), debtPaused: false });
    await endLapsedPauses(today);
    expect(await statusOf(debtId)).toBe("in_collection");
  });

  it("pauses the debt while the agreed pause runs, through its last day, and the daily job gives a status back the day after", async () => {
    const debtId = await debtWithStatus(clientId, "in_collection");
    const { id } = await logNegotiationEntry(as.counsellor!, clientId, agreedPause(debtId, 3, today));
    expect(await statusOf(debtId)).toBe("paused");
    expect(await auditOf(id)).toMatchObject({ debtPaused: true });
    await endLapsedPauses(today);
    expect(await statusOf(debtId)).toBe("paused");
    await endLapsedPauses(addDays(today, 1));
    expect(await statusOf(debtId)).toBe("current");
  });

  it("never changes a settled or written-off debt, and still records the pause", async () => {
    for (const status of ["settled", "written_off"] as const) {
      const debtId = await debtWithStatus(clientId, status);
      const { id } = await logNegotiationEntry(as.counsellor!, clientId, agreedPause(debtId, 1, addDays(today, 10)));
      expect(await statusOf(debtId)).toBe(status);
      expect((await listPauses(as.counsellor!, clientId)).find((p) => p.entryId === id)?.endDate).toBe(addDays(today, 10));
      expect(await auditOf(id)).toMatchObject({ debtPaused: false });
    }
  });
});

describe("reading the log a page at a time", () => {
  let other = "";
  let debtId = "";
  const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
  beforeAll(async () => {
    other = (await createClient(as.counsellor!, intakeSchema.parse(intakeFields()))).id;
    debtId = await debtWithStatus(other, "overdue");
    // Seven contacts, alternating phone and e-mail; two at the same minute, ordered then by when they were logged.
    for (const hours of [10, 9, 8, 7, 7, 5, 4]) {
      await logNegotiationEntry(as.counsellor!, other, negotiationInput(debtId, { contactedAt: new Date(Math.floor(hoursAgo(hours).getTime() / 60_000) * 60_000), channel: hours % 2 ? "email" : "phone", outcome: "pending", grantedMonths: null, waivedPenalty: null }));
    }
  });

  it("continues after the last entry shown, in the log's order, to its start, filters kept, nothing twice or left out", async () => {
    const all = await listNegotiationTimeline(as.counsellor!, other);
    expect(all).toHaveLength(7);
    const pages: string[][] = [];
    let before: string | null = null;
    do {
      const page: { id: string }[] = await listNegotiationTimeline(as.counsellor!, other, {}, { limit: 3, before });
      pages.push(page.map((e) => e.id));
      before = page.length === 3 ? page.at(-1)!.id : null;
    } while (before);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1, 0].slice(0, pages.length));
    expect(pages.flat()).toEqual(all.map((e) => e.id));
    const phone = all.filter((e) => e.channel === "phone").map((e) => e.id);
    const first = await listNegotiationTimeline(as.counsellor!, other, { channel: "phone" }, { limit: 1 });
    const rest = await listNegotiationTimeline(as.counsellor!, other, { channel: "phone" }, { before: first[0]!.id });
    expect([...first, ...rest].map((e) => e.id)).toEqual(phone);
  });

  it("reads nothing past another client's entry and refuses a cursor that is not an entry id", async () => {
    const [theirs] = await database.db.select({ id: negotiationEntries.id }).from(negotiationEntries).where(eq(negotiationEntries.clientId, clientId)).limit(1);
    expect(await listNegotiationTimeline(as.counsellor!, other, {}, { before: theirs!.id })).toEqual([]);
    await expect(listNegotiationTimeline(as.counsellor!, other, {}, { before: "1 OR 1=1" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listNegotiationTimeline(as.counsellor2!, other, {}, { before: theirs!.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("names when the linked original or correction was contacted, also when a filter or the page leaves it out", async () => {
    const { id: original } = await logNegotiationEntry(as.counsellor!, other, negotiationInput(debtId, { contactedAt: hoursAgo(30), channel: "phone" }));
    const { id: fix } = await logNegotiationEntry(as.counsellor!, other, negotiationInput(debtId, { contactedAt: hoursAgo(2), channel: "email", correctsEntryId: original }));
    const [byPhone, byEmail, newest] = await Promise.all([
      listNegotiationTimeline(as.counsellor!, other, { channel: "phone" }),
      listNegotiationTimeline(as.counsellor!, other, { channel: "email" }),
      listNegotiationTimeline(as.counsellor!, other, {}, { limit: 1 }),
    ]);
    const shownOriginal = byPhone.find((e) => e.id === original);
    expect(byPhone.map((e) => e.id)).not.toContain(fix);
    expect(shownOriginal).toMatchObject({ correctedById: fix, correctsContactedAt: null });
    expect(shownOriginal?.correctedByContactedAt?.getTime()).toBe(byEmail.find((e) => e.id === fix)?.contactedAt.getTime());
    expect(byEmail.find((e) => e.id === fix)?.correctsContactedAt?.getTime()).toBe(shownOriginal?.contactedAt.getTime());
    expect(newest.map((e) => [e.id, e.correctsContactedAt?.getTime()])).toEqual([[fix, shownOriginal?.contactedAt.getTime()]]);
  });
});

describe("who may log", () => {
  it("gives another counsellor, another team and a client NotFoundError and writes nothing", async () => {
    const before = await countEntries();
    const [pausesBefore] = await database.db.select({ n: sql<number>`count(*)::int` }).from(collectionPauses);
    for (const outsider of [as.counsellor2!, as.supervisor2!, as.client!, as.client2!]) {
      await expect(logNegotiationEntry(outsider, clientId, entry({ agreedPauseUntil: "2099-01-01", outcome: "agreed" }))).rejects.toBeInstanceOf(NotFoundError);
      await expect(listNegotiationTimeline(outsider, clientId)).rejects.toBeInstanceOf(NotFoundError);
    }
    const [someone] = await database.db.select({ id: negotiationEntries.id }).from(negotiationEntries).limit(1);
    await expect(getNegotiationEntry(as.counsellor2!, clientId, someone!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(confirmAgreement(as.counsellor2!, clientId, { entryId: someone!.id, documentId: null, reference: "X" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await countEntries()).toBe(before);
    const [pausesAfter] = await database.db.select({ n: sql<number>`count(*)::int` }).from(collectionPauses);
    expect(pausesAfter?.n).toBe(pausesBefore?.n);
  });

  it("refuses a debt of another client logged under this client's id", async () => {
    const [other] = await database.db.select({ id: debts.id }).from(debts).innerJoin(clients, eq(clients.id, debts.clientId)).where(eq(clients.fullName, "Emily Brown")).limit(1);
    await expect(logNegotiationEntry(as.admin!, clientId, entry({ debtId: other!.id }))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("likely outcome", () => {
  it("shows an agreement rate and median months only from 5 answered requests, always with n", async () => {
    const early = await getLikelyOutcomes(as.counsellor2!, [jiebei.creditorId]);
    const n = early[jiebei.creditorId]?.payment_extension?.n ?? 0;
    expect(n).toBeLessThan(5);
    expect(early[jiebei.creditorId]?.payment_extension?.agreementRate ?? null).toBeNull();
    for (let i = n; i < 5; i++) await logNegotiationEntry(as.counsellor!, clientId, entry({ outcome: i % 2 ? "rejected" : "agreed", grantedMonths: i % 2 ? null : 4, waivedPenalty: null }));
    const later = (await getLikelyOutcomes(as.counsellor2!, [jiebei.creditorId]))[jiebei.creditorId]!.payment_extension!;
    expect(later.n).toBe(5);
    expect(later.agreementRate).toBeGreaterThan(0);
    expect(later.medianMonths).not.toBeNull();
    expect(await getLikelyOutcomes(as.client!, [jiebei.creditorId])).toEqual({});
  });
});

describe("confirming with a document withdrawn meanwhile", () => {
  let files: ReturnType<typeof useTempStorage>;
  beforeAll(() => {
    files = useTempStorage();
  });
  afterAll(() => files.cleanup());

  it("explains the withdrawn document to the client's team, stays a 404 for anyone else, and records nothing", async () => {
    const { id } = await logNegotiationEntry(as.counsellor!, clientId, entry({ outcome: "agreed", notes: "oral" }));
    const { id: documentId } = await uploadAs(as.counsellor!, { clientId, name: "agreement.png" });
    await withdrawDocument(as.supervisor!, { clientId, documentId, reason: "Unsigned copy" });
    for (const who of [as.counsellor!, as.supervisor!, as.admin!]) {
      const error = await confirmAgreement(who, clientId, { entryId: id, documentId, reference: null }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).field).toBe("documentWithdrawn");
    }
    for (const outsider of [as.counsellor2!, as.supervisor2!, as.client!, as.client2!]) {
      await expect(confirmAgreement(outsider, clientId, { entryId: id, documentId, reference: null })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await database.db.select().from(agreementConfirmations).where(eq(agreementConfirmations.entryId, id))).toEqual([]);
    // A reference still confirms it.
    await confirmAgreement(as.counsellor!, clientId, { entryId: id, documentId: null, reference: "REC-1" });
  });
});

describe("what confirms an oral agreement in writing", () => {
  let files: ReturnType<typeof useTempStorage>;
  beforeAll(() => {
    files = useTempStorage();
  });
  afterAll(() => files.cleanup());
  const refusal = (who: SessionUser, entryId: string, documentId: string | null, reference: string | null = null) =>
    confirmAgreement(who, clientId, { entryId, documentId, reference }).then(
      () => null,
      (e: unknown) => (e instanceof ConflictError ? e.field : e),
    );
  const confirmationsOf = (entryId: string) => database.db.select().from(agreementConfirmations).where(eq(agreementConfirmations.entryId, entryId));

  it("takes a signed agreement of the client, and refuses an ID card, a creditor's letter or a rejected agreement, saying which", async () => {
    const { id } = await logNegotiationEntry(as.counsellor!, clientId, entry({ outcome: "agreed" }));
    const upload = async (kind: "id_document" | "creditor_letter" | "agreement", name: string) => (await uploadAs(as.counsellor!, { clientId, kind, name })).id;
    const idCard = await upload("id_document", "id-card.png");
    const letter = await upload("creditor_letter", "letter.png");
    const rejected = await upload("agreement", "unsigned.png");
    await reviewDocument(as.counsellor!, { clientId, documentId: rejected, decision: "rejected", reason: "Not signed" });
    expect(await refusal(as.counsellor!, id, idCard)).toBe("documentKind");
    expect(await refusal(as.supervisor!, id, letter, "REC-2")).toBe("documentKind");
    expect(await refusal(as.counsellor!, id, rejected)).toBe("documentRejected");
    expect(await confirmationsOf(id)).toEqual([]);
    expect((await listUnconfirmedAgreements(as.counsellor!)).map((e) => e.id)).toContain(id);
    const signed = await upload("agreement", "signed.png");
    expect(await refusal(as.counsellor!, id, signed)).toBeNull();
    const shown = (await listNegotiationTimeline(as.counsellor!, clientId)).find((e) => e.id === id);
    expect(shown?.confirmations.map((c) => c.documentName)).toEqual(["signed.png"]);
  });

  it("refuses to confirm a corrected entry, even by a reference: the correction is the agreement to confirm", async () => {
    const { id } = await logNegotiationEntry(as.counsellor!, clientId, entry({ outcome: "agreed", counterpartName: "Mr Wrong" }));
    const { id: fix } = await logNegotiationEntry(as.counsellor!, clientId, entry({ outcome: "agreed", counterpartName: "Ms Right", correctsEntryId: id }));
    expect(await refusal(as.counsellor!, id, null, "REC-3")).toBe("entryCorrected");
    expect(await confirmationsOf(id)).toEqual([]);
    expect(await refusal(as.counsellor!, fix, null, "REC-3")).toBeNull();
    // Outside the client's team it stays a plain 404.
    expect(await refusal(as.counsellor2!, id, null, "REC-3")).toBeInstanceOf(NotFoundError);
  });
});
