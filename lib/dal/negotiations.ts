import "server-only";
import { SECTION_CAP } from "@/lib/dashboard/sections";
import { and, desc, eq, inArray, lte, notInArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type Transaction } from "@/db/client";
import { agreementConfirmations, clients, creditors, debts, documents, negotiationEntries, openNextActions, oralChannels, unconfirmedAgreements, users, type DebtStatus } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import { addDays } from "@/lib/finance";
import { instantToAgencyDate } from "@/lib/validation/agency-time";
import { isAgreed, type ConfirmationInput, type NegotiationEntryInput, type TimelineFilter } from "@/lib/validation/negotiations";
import { assertClientVisible, isUuid, openClientIds, visibleClientOf, visibleClients } from "./access";
import { writeAudit } from "./audit";
import { agencyToday } from "./debts";
import { ConflictError, NotFoundError, isUniqueViolation } from "./errors";
import { activePauseOn, insertPause, liftPausesOf } from "./pauses";
import { endPlansOfCorrectedEntry, lockPlansMadeFrom } from "./plan-endings";
import { sectionCut } from "./section-cut";
import { getAgencySettings } from "./settings";

// The log is append-only: this module exports no update or delete, and a trigger refuses them.

function assertStaff(user: SessionUser): void {
  if (!isStaff(user.role)) throw new NotFoundError("client");
}

/**
 * Appends one contact. The creditor and the client's counsellor are copied onto the row, the
 * "during a pause" flag is worked out now and stored, and an agreed pause end date opens a
 * collection pause on the debt (status "paused" while it runs: `pauseDebtWhileRunning`) in the same transaction. A correction lifts the
 * pause the corrected entry had opened (`liftPausesOf`); its own agreed pause, if any, applies instead.
 * It also ends the active plans made from the corrected entry (`endPlansOfCorrectedEntry`).
 */
export async function logNegotiationEntry(user: SessionUser, clientId: string, input: NegotiationEntryInput): Promise<RecordedEntry> {
  assertStaff(user);
  const { timeZone } = await getAgencySettings();
  try {
    return await recordEntry(user, clientId, input, timeZone);
  } catch (error) {
    // Two corrections of one entry saved at the same moment both pass the check below; the unique
    // index on corrects_entry_id refuses the second, which is told as the check would have told it.
    if (input.correctsEntryId && isUniqueViolation(error)) throw new ConflictError("correctsEntryId");
    throw error;
  }
}

/** `endedPlanIds`: plans made from the corrected entry, ended by the correction (lib/dal/plan-endings.ts). */
export type RecordedEntry = { id: string; endedPlanIds: string[] };

function recordEntry(user: SessionUser, clientId: string, input: NegotiationEntryInput, timeZone: string): Promise<RecordedEntry> {
  return db().transaction(async (tx) => {
    await assertClientVisible(user, clientId, tx);
    const [debt] = await tx
      .select({ id: debts.id, creditorId: debts.creditorId, currency: debts.currency, counsellorId: clients.counsellorId })
      .from(debts)
      .innerJoin(clients, eq(clients.id, debts.clientId))
      .where(and(eq(debts.id, input.debtId), eq(debts.clientId, clientId)))
      .limit(1);
    if (!debt) throw new NotFoundError("debt");
    if (debt.currency !== input.currency) throw new ConflictError("currency");
    let original: { id: string; debtId: string; counsellorId: string | null } | undefined;
    let planned: Awaited<ReturnType<typeof lockPlansMadeFrom>> = [];
    if (input.correctsEntryId) {
      [original] = await tx
        .select({ id: negotiationEntries.id, debtId: negotiationEntries.debtId, counsellorId: negotiationEntries.counsellorId })
        .from(negotiationEntries)
        .where(and(eq(negotiationEntries.id, input.correctsEntryId), eq(negotiationEntries.clientId, clientId)))
        .limit(1)
        .for("no key update"); // as createPlan holds it: a plan made from it meanwhile is found below
      if (!original) throw new NotFoundError("entry");
      const [already] = await tx.select({ id: negotiationEntries.id }).from(negotiationEntries).where(eq(negotiationEntries.correctsEntryId, original.id)).limit(1);
      if (already) throw new ConflictError("correctsEntryId");
      planned = await lockPlansMadeFrom(tx, original.id, instantToAgencyDate(new Date(), timeZone));
    }
    const contactDay = instantToAgencyDate(input.contactedAt, timeZone);
    // A correction restates the same contact: the pause it replaces did not run when that happened.
    const pause = await activePauseOn(tx, debt.id, contactDay, original?.id ?? null);
    const { currency, ...values } = input;
    // Outcomes are credited to the counsellor who held the case at the contact: a correction restates
    // that contact, so it keeps the original's counsellor even if the case has changed hands since.
    const counsellorId = original?.counsellorId ?? debt.counsellorId;
    const [row] = await tx
      .insert(negotiationEntries)
      .values({ ...values, clientId, currency, creditorId: debt.creditorId, counsellorId, recordedById: user.id, duringPause: pause !== null })
      .returning({ id: negotiationEntries.id });
    if (!row) throw new Error("insert returned no row");
    let pauseId: string | null = null;
    let debtPaused = false;
    if (isAgreed(input.outcome) && input.agreedPauseUntil) {
      pauseId = (await insertPause(tx, user, { clientId, debtId: debt.id, entryId: row.id, startDate: contactDay, endDate: input.agreedPauseUntil, grantedBy: input.counterpartName })).id;
      debtPaused = await pauseDebtWhileRunning(tx, debt.id, contactDay, input.agreedPauseUntil, instantToAgencyDate(new Date(), timeZone));
    }
    const lifted = original ? await liftPausesOf(tx, original.id, original.debtId, instantToAgencyDate(new Date(), timeZone)) : undefined;
    // The plans made from the corrected entry rest on an agreement that no longer stands as logged.
    const endedPlanIds = await endPlansOfCorrectedEntry(tx, user, planned, row.id, instantToAgencyDate(new Date(), timeZone));
    await writeAudit(
      {
        actorId: user.id,
        action: input.correctsEntryId ? "negotiation.corrected" : "negotiation.logged",
        entityType: "negotiation_entry",
        entityId: row.id,
        clientId,
        details: { debtId: debt.id, channel: input.channel, requestType: input.requestType, outcome: input.outcome, duringPause: pause !== null, correctsEntryId: input.correctsEntryId, pauseId, debtPaused, ...lifted },
      },
      tx,
    );
    return { ...row, endedPlanIds };
  });
}

// A debt settled or written off keeps its status: a pause agreed on it is history.
const CLOSED_DEBT: DebtStatus[] = ["settled", "written_off"];

/**
 * An agreed pause sets its debt "paused" only while it runs on the agency's `today` (to the end of its
 * last day, as `pausedFrom` reads it). Logged after it ended (last month's call, paused until last
 * week) it is recorded as history only: "paused" would show until the daily job (`endLapsedPauses`)
 * worked a status out again, losing one such as "in collection". The debt row is held by the entry's
 * trigger (migration 0016), so the status read here is the one updated. Returns whether it was set.
 */
async function pauseDebtWhileRunning(tx: Transaction, debtId: string, startDate: string, endDate: string, today: string): Promise<boolean> {
  if (startDate > today || endDate < today) return false;
  const paused = await tx
    .update(debts)
    .set({ status: "paused", updatedAt: new Date(), version: sql`${debts.version} + 1` })
    .where(and(eq(debts.id, debtId), notInArray(debts.status, CLOSED_DEBT)))
    .returning({ id: debts.id });
  return paused.length > 0;
}

const correction = alias(negotiationEntries, "correction");
const corrected = alias(negotiationEntries, "corrected");
const recorder = alias(users, "recorder");

const entryColumns = {
  id: negotiationEntries.id,
  debtId: negotiationEntries.debtId,
  creditorId: negotiationEntries.creditorId,
  creditorNameEn: creditors.nameEn,
  creditorNameZh: creditors.nameZh,
  product: debts.product,
  contactedAt: negotiationEntries.contactedAt,
  channel: negotiationEntries.channel,
  counterpartName: negotiationEntries.counterpartName,
  counterpartReference: negotiationEntries.counterpartReference,
  requestType: negotiationEntries.requestType,
  currency: negotiationEntries.currency,
  requestedMonths: negotiationEntries.requestedMonths,
  requestedAmount: negotiationEntries.requestedAmount,
  requestedInterestWaiver: negotiationEntries.requestedInterestWaiver,
  requestedPenaltyWaiver: negotiationEntries.requestedPenaltyWaiver,
  requestedPauseUntil: negotiationEntries.requestedPauseUntil,
  outcome: negotiationEntries.outcome,
  grantedMonths: negotiationEntries.grantedMonths,
  waivedInterest: negotiationEntries.waivedInterest,
  waivedPenalty: negotiationEntries.waivedPenalty,
  agreedMonthlyAmount: negotiationEntries.agreedMonthlyAmount,
  agreedPauseUntil: negotiationEntries.agreedPauseUntil,
  notes: negotiationEntries.notes,
  nextActionDate: negotiationEntries.nextActionDate,
  duringPause: negotiationEntries.duringPause,
  correctsEntryId: negotiationEntries.correctsEntryId,
  // The linked entries' contact times, read with the entry: the other one may be filtered out or on another page.
  correctsContactedAt: corrected.contactedAt,
  correctedById: correction.id,
  correctedByContactedAt: correction.contactedAt,
  recordedByName: recorder.name,
  createdAt: negotiationEntries.createdAt,
};

function selectEntries() {
  return db()
    .select(entryColumns)
    .from(negotiationEntries)
    .innerJoin(clients, eq(clients.id, negotiationEntries.clientId))
    .innerJoin(debts, eq(debts.id, negotiationEntries.debtId))
    .innerJoin(creditors, eq(creditors.id, negotiationEntries.creditorId))
    .innerJoin(recorder, eq(recorder.id, negotiationEntries.recordedById))
    .leftJoin(correction, eq(correction.correctsEntryId, negotiationEntries.id))
    .leftJoin(corrected, eq(corrected.id, negotiationEntries.correctsEntryId));
}

type EntryRow = Awaited<ReturnType<ReturnType<typeof selectEntries>["where"]>>[number];
export type TimelineEntry = EntryRow & { confirmations: { documentId: string | null; documentName: string | null; reference: string | null; createdAt: Date }[]; unconfirmed: boolean };

function needsConfirmation(entry: Pick<EntryRow, "outcome" | "channel">): boolean {
  return isAgreed(entry.outcome) && (oralChannels as readonly string[]).includes(entry.channel);
}

/** Entries of the log shown at a time; older ones are read a page further (`before`). */
export const NEGOTIATION_PAGE = 100;

/**
 * The client's log (or one debt's, with `filter.debt`), newest contact first, with confirmations,
 * `limit` at a time; `before` (an entry's id) continues with the entries after that one in this order
 * (contact time, then recording time, then id), so a long log can be read to its start.
 */
export async function listNegotiationTimeline(
  user: SessionUser,
  clientId: string,
  filter: TimelineFilter = {},
  { limit = NEGOTIATION_PAGE, before = null }: { limit?: number; before?: string | null } = {},
): Promise<TimelineEntry[]> {
  assertStaff(user);
  await assertClientVisible(user, clientId);
  if (before !== null && !isUuid(before)) throw new NotFoundError("entry");
  const rows = await selectEntries()
    .where(
      and(
        eq(negotiationEntries.clientId, clientId),
        visibleClients(user),
        filter.debt ? eq(negotiationEntries.debtId, filter.debt) : undefined,
        filter.creditor ? eq(negotiationEntries.creditorId, filter.creditor) : undefined,
        filter.channel ? eq(negotiationEntries.channel, filter.channel) : undefined,
        filter.outcome ? eq(negotiationEntries.outcome, filter.outcome) : undefined,
        // The order's own key, read from the entry named (this client's): no timestamp goes through JavaScript.
        before === null
          ? undefined
          : sql`(${negotiationEntries.contactedAt}, ${negotiationEntries.createdAt}, ${negotiationEntries.id}) < (SELECT b.contacted_at, b.created_at, b.id FROM negotiation_entries b WHERE b.id = ${before} AND b.client_id = ${clientId})`,
      ),
    )
    .orderBy(desc(negotiationEntries.contactedAt), desc(negotiationEntries.createdAt), desc(negotiationEntries.id))
    .limit(limit);
  const confirmations = rows.length
    ? await db()
        .select({ entryId: agreementConfirmations.entryId, documentId: agreementConfirmations.documentId, documentName: documents.originalName, reference: agreementConfirmations.reference, createdAt: agreementConfirmations.createdAt })
        .from(agreementConfirmations)
        .leftJoin(documents, eq(documents.id, agreementConfirmations.documentId))
        .where(and(eq(agreementConfirmations.clientId, clientId), inArray(agreementConfirmations.entryId, rows.map((r) => r.id))))
    : [];
  return rows.map((row) => {
    const own = confirmations.filter((c) => c.entryId === row.id).map(({ entryId: _e, ...c }) => c);
    return { ...row, confirmations: own, unconfirmed: needsConfirmation(row) && own.length === 0 && row.correctedById === null };
  });
}

export async function getNegotiationEntry(user: SessionUser, clientId: string, entryId: string) {
  assertStaff(user);
  if (!isUuid(clientId) || !isUuid(entryId)) throw new NotFoundError("entry");
  const [row] = await selectEntries()
    .where(and(eq(negotiationEntries.id, entryId), eq(negotiationEntries.clientId, clientId), visibleClients(user)))
    .limit(1);
  if (!row) throw new NotFoundError("entry");
  return row;
}

/**
 * Attaches written confirmation (an agreement document of this client, or a reference) to an oral
 * agreement that still stands. ConflictError: "entryCorrected" (the correction is the agreement to
 * confirm), "documentWithdrawn", "documentRejected", "documentKind" (only a document filed as a
 * signed agreement confirms one in writing, as the form lists them).
 */
export async function confirmAgreement(user: SessionUser, clientId: string, input: ConfirmationInput): Promise<{ id: string }> {
  assertStaff(user);
  return db().transaction(async (tx) => {
    await assertClientVisible(user, clientId, tx);
    const [entry] = await tx
      .select({ id: negotiationEntries.id, outcome: negotiationEntries.outcome, channel: negotiationEntries.channel })
      .from(negotiationEntries)
      .where(and(eq(negotiationEntries.id, input.entryId), eq(negotiationEntries.clientId, clientId)))
      .limit(1)
      // A lock only (the log refuses updates): a correction saved meanwhile holds this row by its
      // reference until it commits, so it waits for this confirmation or is seen just below.
      .for("update");
    if (!entry || !isAgreed(entry.outcome)) throw new NotFoundError("entry");
    const [fix] = await tx.select({ id: negotiationEntries.id }).from(negotiationEntries).where(eq(negotiationEntries.correctsEntryId, entry.id)).limit(1);
    if (fix) throw new ConflictError("entryCorrected");
    if (input.documentId) {
      const [doc] = await tx
        .select({ id: documents.id, kind: documents.kind, reviewStatus: documents.reviewStatus, deletedAt: documents.deletedAt })
        .from(documents)
        .where(and(eq(documents.id, input.documentId), eq(documents.clientId, clientId)))
        .limit(1)
        .for("share"); // a withdrawal or review saved meanwhile waits for this confirmation, or (if first) is seen
      if (!doc) throw new NotFoundError("document");
      // This client's document, withdrawn or rejected since the form listed it, or not an agreement: say so rather than 404.
      if (doc.deletedAt) throw new ConflictError("documentWithdrawn");
      if (doc.reviewStatus === "rejected") throw new ConflictError("documentRejected");
      if (doc.kind !== "agreement") throw new ConflictError("documentKind");
    }
    const [row] = await tx
      .insert(agreementConfirmations)
      .values({ entryId: entry.id, clientId, documentId: input.documentId, reference: input.reference, createdById: user.id })
      .returning({ id: agreementConfirmations.id });
    if (!row) throw new Error("insert returned no row");
    await writeAudit(
      { actorId: user.id, action: "negotiation.confirmed", entityType: "negotiation_entry", entityId: entry.id, clientId, details: { documentId: input.documentId, reference: input.reference } },
      tx,
    );
    return row;
  });
}

/** The two dashboard lists kept by triggers from the log (db/schema/negotiations.ts, migration 0016). */
type OpenList = typeof openNextActions | typeof unconfirmedAgreements;

/**
 * Entries of a trigger-kept dashboard list for the user's visible clients, as dashboard items: the
 * first SECTION_CAP by `order`, picked on the list alone (a few rows per client: the log's later
 * contacts, corrections and confirmations were applied when they were recorded); only those shown
 * (`limit`, see `sectionCut`) are joined to their client's and creditor's names. `total`: how many
 * there are (up to SECTION_CAP). `timeZone`: the agency's, to cut by the day of an instant (`order`
 * "contactedAt").
 */
function dashboardEntries(user: SessionUser, list: OpenList, order: "contactedAt" | "nextActionDate", limit: number, timeZone: string | undefined, condition?: SQL) {
  const picked = db()
    .$with("picked")
    .as(
      db()
        .select({ id: list.entryId, clientId: list.clientId, creditorId: list.creditorId, contactedAt: list.contactedAt, nextActionDate: list.nextActionDate })
        .from(list)
        // Work lists cover open cases: next actions of a closed case also leave their kept list (migration
        // 0017), but a contact committed while the case was being closed could still add one.
        .where(and(openClientIds(list.clientId, user), condition))
        .orderBy(list[order], list.entryId)
        .limit(SECTION_CAP),
    );
  const cut = sectionCut(picked, picked[order], picked.id, limit, order === "contactedAt" ? timeZone : undefined);
  return db()
    .with(picked)
    .select({
      id: picked.id,
      clientId: picked.clientId,
      clientName: clients.fullName,
      creditorNameEn: creditors.nameEn,
      creditorNameZh: creditors.nameZh,
      contactedAt: picked.contactedAt,
      nextActionDate: picked.nextActionDate,
      total: cut.total,
    })
    .from(picked)
    .innerJoin(clients, visibleClientOf(picked.clientId, user))
    .innerJoin(creditors, eq(creditors.id, picked.creditorId))
    .where(cut.shown)
    .orderBy(picked[order], picked.id);
}

/**
 * Oral agreements (phone, in-app chat) with no written confirmation yet, oldest first: for the
 * dashboard. A `limit` (a collapsed section) cuts by the agency day of the contact.
 */
export async function listUnconfirmedAgreements(user: SessionUser, limit = SECTION_CAP) {
  if (!isStaff(user.role)) return [];
  const { timeZone } = await getAgencySettings();
  return dashboardEntries(user, unconfirmedAgreements, "contactedAt", limit, timeZone);
}

/** Next actions from the log due within `days` days (or overdue), on entries not corrected nor followed by a later contact. */
export async function listNextActionsDue(user: SessionUser, days = 7, limit = SECTION_CAP) {
  if (!isStaff(user.role)) return [];
  const today = await agencyToday();
  return dashboardEntries(user, openNextActions, "nextActionDate", limit, undefined, lte(openNextActions.nextActionDate, addDays(today, days)));
}
