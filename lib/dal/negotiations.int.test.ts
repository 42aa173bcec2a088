import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { agreementConfirmations, auditLog, clients, collectionPauses, creditors, debts, negotiationEntries } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { uploadAs, useTempStorage } from "@/lib/documents/testing/fixtures";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { negotiationInput } from "@/lib/testing/negotiations";
import type { NegotiationEntryInput } from "@/lib/validation/negotiations";
import { assignClients } from "./client-assignment";
import { withdrawDocument } from "./documents";
import { ConflictError, NotFoundError } from "./errors";
import * as negotiations from "./negotiations";
import { agencyToday } from "./debts";
import { getLikelyOutcomes } from "./outcome-history";
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
