import "server-only";
import { SECTION_CAP } from "@/lib/dashboard/sections";
import { and, asc, desc, eq, gte, inArray, lte, notExists, or, sql, type SQL } from "drizzle-orm";
import { db, type Db, type Transaction } from "@/db/client";
import { clients, collectionPauses, creditors, debts, repaymentPlans, type DebtStatus } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import { addDays } from "@/lib/finance";
import { assertClientVisible, openClientIds, visibleClientOf, visibleClients } from "./access";
import { agencyToday } from "./debts";
import { NotFoundError } from "./errors";
import { agreementStands, pausedFrom, statusAfterPause } from "./pause-endings";
import { sectionCut } from "./section-cut";

type Executor = Pick<Db, "select" | "insert">;

/**
 * The pause running on this debt on `day` (agency calendar date), if any. `ignoringEntryId`: an
 * entry being corrected right now, whose pause no longer counts.
 */
export async function activePauseOn(executor: Pick<Db, "select">, debtId: string, day: string, ignoringEntryId: string | null = null) {
  const [row] = await executor
    .select({ id: collectionPauses.id, endDate: collectionPauses.endDate })
    .from(collectionPauses)
    .where(
      and(
        eq(collectionPauses.debtId, debtId),
        lte(collectionPauses.startDate, day),
        gte(collectionPauses.endDate, day),
        agreementStands(),
        ignoringEntryId ? sql`${collectionPauses.entryId} IS DISTINCT FROM ${ignoringEntryId}` : undefined,
      ),
    )
    .orderBy(desc(collectionPauses.endDate))
    .limit(1);
  return row ?? null;
}

export type NewPause = { clientId: string; debtId: string; entryId: string | null; startDate: string; endDate: string; grantedBy: string };

/** Records a pause inside the caller's transaction (the caller has checked the client and writes the audit). */
export async function insertPause(executor: Executor, user: SessionUser, pause: NewPause): Promise<{ id: string }> {
  const [row] = await executor.insert(collectionPauses).values({ ...pause, createdById: user.id }).returning({ id: collectionPauses.id });
  if (!row) throw new Error("insert returned no row");
  return row;
}

/**
 * A pause plan's collection pause (inside createPlan's transaction, under the debt's lock): the one its
 * agreement opened when it was logged, if no plan holds it yet, takes the plan's dates, so the pause is
 * listed once; a plan with no entry, or whose entry's pause an earlier plan held, records its own.
 * Returns the row and, when taken over, its dates before (for the audit).
 */
export async function pauseForPlan(tx: Transaction, user: SessionUser, pause: NewPause): Promise<{ id: string; before: { startDate: string; endDate: string } | null }> {
  if (pause.entryId) {
    const [own] = await tx
      .select({ id: collectionPauses.id, startDate: collectionPauses.startDate, endDate: collectionPauses.endDate })
      .from(collectionPauses)
      .where(
        and(
          eq(collectionPauses.entryId, pause.entryId),
          eq(collectionPauses.debtId, pause.debtId),
          notExists(db().select({ one: sql`1` }).from(repaymentPlans).where(eq(repaymentPlans.pauseId, collectionPauses.id))),
        ),
      )
      .orderBy(desc(collectionPauses.createdAt), desc(collectionPauses.id))
      .limit(1)
      .for("update");
    if (own) {
      await tx.update(collectionPauses).set({ startDate: pause.startDate, endDate: pause.endDate }).where(eq(collectionPauses.id, own.id));
      return { id: own.id, before: { startDate: own.startDate, endDate: own.endDate } };
    }
  }
  return { id: (await insertPause(tx, user, pause)).id, before: null };
}

export type EndedPause = { id: string; startDate: string; endDate: string; endsOn: string | null };

/**
 * A pause plan ended before its date (lib/dal/plan-endings.ts): the pauses it rests on stop holding
 * the debt from `today` — its own (`pauseId`) and any its agreement opened (plans made before the
 * takeover had both). One that already ran ends yesterday (what ran stays on record); one that had not
 * started before today never ran and is removed. Returns what was changed, for the audit
 * (`endsOn` null: removed).
 */
export async function endPlanPauses(tx: Transaction, plan: { debtId: string; pauseId: string | null; entryId: string | null }, today: string): Promise<EndedPause[]> {
  const mine = [plan.pauseId ? eq(collectionPauses.id, plan.pauseId) : null, plan.entryId ? eq(collectionPauses.entryId, plan.entryId) : null].filter((c): c is SQL => c !== null);
  if (!mine.length) return [];
  const rows = await tx
    .select({ id: collectionPauses.id, startDate: collectionPauses.startDate, endDate: collectionPauses.endDate })
    .from(collectionPauses)
    .where(and(eq(collectionPauses.debtId, plan.debtId), or(...mine), gte(collectionPauses.endDate, today)))
    .for("update");
  const yesterday = addDays(today, -1);
  const ran = rows.filter((r) => r.startDate < today).map((r) => r.id);
  const unrun = rows.filter((r) => r.startDate >= today).map((r) => r.id);
  if (ran.length) await tx.update(collectionPauses).set({ endDate: yesterday }).where(inArray(collectionPauses.id, ran));
  if (unrun.length) await tx.delete(collectionPauses).where(and(inArray(collectionPauses.id, unrun), gte(collectionPauses.startDate, today)));
  return rows.map((r) => ({ ...r, endsOn: r.startDate < today ? yesterday : null }));
}

/**
 * After `entryId` was corrected (inside the correcting transaction): the pauses resting on it (its
 * own, and a pause plan's made from it) no longer apply (`agreementStands`); they are returned for the
 * audit. If nothing else pauses that debt from `today` on and it is still "paused", it gets a
 * status back (`statusAfterPause`). The debt row is locked first, so a pause
 * logged at the same moment either waits for this or is seen here.
 */
export async function liftPausesOf(tx: Transaction, entryId: string, debtId: string, today: string): Promise<{ liftedPauseIds: string[]; debtStatus: DebtStatus | null }> {
  const lifted = await tx.select({ id: collectionPauses.id }).from(collectionPauses).where(and(eq(collectionPauses.entryId, entryId), eq(collectionPauses.debtId, debtId)));
  const liftedPauseIds = lifted.map((p) => p.id);
  if (!liftedPauseIds.length) return { liftedPauseIds, debtStatus: null };
  const [debt] = await tx.select({ status: debts.status, overdueSince: debts.overdueSince }).from(debts).where(eq(debts.id, debtId)).limit(1).for("no key update"); // as the entry trigger holds it: no stronger lock, no deadlock with a contact logged meanwhile
  if (debt?.status !== "paused") return { liftedPauseIds, debtStatus: null };
  const [other] = await tx.select({ one: sql`1` }).from(debts).where(and(eq(debts.id, debtId), pausedFrom(debtId, today)));
  if (other) return { liftedPauseIds, debtStatus: null };
  const debtStatus = await statusAfterPause(tx, debtId, debt.overdueSince);
  await tx.update(debts).set({ status: debtStatus, updatedAt: new Date(), version: sql`${debts.version} + 1` }).where(eq(debts.id, debtId));
  return { liftedPauseIds, debtStatus };
}

const pauseColumns = {
  id: collectionPauses.id,
  clientId: collectionPauses.clientId,
  debtId: collectionPauses.debtId,
  entryId: collectionPauses.entryId,
  startDate: collectionPauses.startDate,
  endDate: collectionPauses.endDate,
  grantedBy: collectionPauses.grantedBy,
};
const columns = { ...pauseColumns, creditorNameEn: creditors.nameEn, creditorNameZh: creditors.nameZh };

export type PauseView = Awaited<ReturnType<typeof listPauses>>[number];

/** The client's pauses that apply: one whose agreement was corrected is left out (the log still shows that entry, corrected). */
export async function listPauses(user: SessionUser, clientId: string) {
  if (!isStaff(user.role)) throw new NotFoundError("client");
  await assertClientVisible(user, clientId);
  return db()
    .select(columns)
    .from(collectionPauses)
    .innerJoin(clients, eq(clients.id, collectionPauses.clientId))
    .innerJoin(debts, eq(debts.id, collectionPauses.debtId))
    .innerJoin(creditors, eq(creditors.id, debts.creditorId))
    .where(and(eq(collectionPauses.clientId, clientId), visibleClients(user), agreementStands()))
    .orderBy(desc(collectionPauses.endDate));
}

/**
 * Pauses still running that end within `days` days (agency calendar), soonest first: time to call
 * back. Picked on the open cases' pauses (`openClientIds`), cut to SECTION_CAP, then the ones
 * shown (`limit`, see `sectionCut`) joined to the names; starting from the end date had walked every
 * pause of the agency ending that week. `total`: how many there are (up to SECTION_CAP).
 */
export async function listPausesEndingSoon(user: SessionUser, days = 7, limit = SECTION_CAP) {
  if (!isStaff(user.role)) return [];
  const today = await agencyToday();
  const picked = db()
    .$with("picked")
    .as(
      db()
        .select(pauseColumns)
        .from(collectionPauses)
        .where(and(openClientIds(collectionPauses.clientId, user), gte(collectionPauses.endDate, today), lte(collectionPauses.endDate, addDays(today, days)), agreementStands()))
        .orderBy(asc(collectionPauses.endDate), asc(collectionPauses.id))
        .limit(SECTION_CAP),
    );
  const cut = sectionCut(picked, picked.endDate, picked.id, limit);
  return db()
    .with(picked)
    .select({
      id: picked.id,
      clientId: picked.clientId,
      debtId: picked.debtId,
      entryId: picked.entryId,
      startDate: picked.startDate,
      endDate: picked.endDate,
      grantedBy: picked.grantedBy,
      creditorNameEn: creditors.nameEn,
      creditorNameZh: creditors.nameZh,
      clientName: clients.fullName,
      total: cut.total,
    })
    .from(picked)
    .innerJoin(clients, visibleClientOf(picked.clientId, user))
    .innerJoin(debts, eq(debts.id, picked.debtId))
    .innerJoin(creditors, eq(creditors.id, debts.creditorId))
    .where(cut.shown)
    .orderBy(asc(picked.endDate), asc(picked.id));
}
