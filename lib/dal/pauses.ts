import "server-only";
import { SECTION_CAP } from "@/lib/dashboard/sections";
import { and, asc, desc, eq, gte, lte } from "drizzle-orm";
import { db, type Db } from "@/db/client";
import { clients, collectionPauses, creditors, debts } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import { addDays } from "@/lib/finance";
import { assertClientVisible, visibleClientIds, visibleClientOf, visibleClients } from "./access";
import { agencyToday } from "./debts";
import { NotFoundError } from "./errors";
import { sectionCut } from "./section-cut";

type Executor = Pick<Db, "select" | "insert">;

/** The pause running on this debt on `day` (agency calendar date), if any. */
export async function activePauseOn(executor: Executor, debtId: string, day: string) {
  const [row] = await executor
    .select({ id: collectionPauses.id, endDate: collectionPauses.endDate })
    .from(collectionPauses)
    .where(and(eq(collectionPauses.debtId, debtId), lte(collectionPauses.startDate, day), gte(collectionPauses.endDate, day)))
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

export async function listPauses(user: SessionUser, clientId: string) {
  if (!isStaff(user.role)) throw new NotFoundError("client");
  await assertClientVisible(user, clientId);
  return db()
    .select(columns)
    .from(collectionPauses)
    .innerJoin(clients, eq(clients.id, collectionPauses.clientId))
    .innerJoin(debts, eq(debts.id, collectionPauses.debtId))
    .innerJoin(creditors, eq(creditors.id, debts.creditorId))
    .where(and(eq(collectionPauses.clientId, clientId), visibleClients(user)))
    .orderBy(desc(collectionPauses.endDate));
}

/**
 * Pauses still running that end within `days` days (agency calendar), soonest first: time to call
 * back. Picked on the visible clients' pauses (`visibleClientIds`), cut to SECTION_CAP, then the ones
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
        .where(and(visibleClientIds(collectionPauses.clientId, user), gte(collectionPauses.endDate, today), lte(collectionPauses.endDate, addDays(today, days))))
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
