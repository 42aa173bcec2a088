import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { clients, creditors, debts } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import { isCurrencyCode, type CurrencyCode } from "@/lib/finance";
import type { DebtInput } from "@/lib/validation/debts";
import { assertClientVisible, isUuid, visibleClients } from "./access";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError } from "./errors";
import { getAgencySettings } from "./settings";
import { instantToAgencyDate } from "@/lib/validation/agency-time";

/** Debts are staff work: a portal user gets the same 404 as a stranger (the portal reads its own view). */
function assertStaff(user: SessionUser): void {
  if (!isStaff(user.role)) throw new NotFoundError("client");
}

/** The full account reference never leaves the DAL: screens get "•••• 1234". */
export function maskReference(reference: string | null): string | null {
  if (!reference) return null;
  return `•••• ${reference.replace(/\s+/g, "").slice(-4)}`;
}

export async function agencyToday(): Promise<string> {
  const { timeZone } = await getAgencySettings();
  return instantToAgencyDate(new Date(), timeZone);
}

export async function agencyCurrency(): Promise<CurrencyCode> {
  const { currency } = await getAgencySettings();
  return isCurrencyCode(currency) ? currency : "CNY";
}

export async function getClientSummary(user: SessionUser, clientId: string) {
  assertStaff(user);
  if (!isUuid(clientId)) throw new NotFoundError("client");
  const [row] = await db()
    .select({ id: clients.id, fullName: clients.fullName, reference: clients.reference })
    .from(clients)
    .where(and(eq(clients.id, clientId), visibleClients(user)))
    .limit(1);
  if (!row) throw new NotFoundError("client");
  return row;
}

const debtColumns = {
  id: debts.id,
  clientId: debts.clientId,
  creditorId: debts.creditorId,
  creditorNameEn: creditors.nameEn,
  creditorNameZh: creditors.nameZh,
  creditorType: creditors.type,
  creditorMaxMonths: creditors.maxInstalmentMonths,
  product: debts.product,
  accountReference: debts.accountReference,
  currency: debts.currency,
  originalPrincipal: debts.originalPrincipal,
  currentBalance: debts.currentBalance,
  rateKind: debts.rateKind,
  ratePpb: debts.ratePpb,
  penaltyMultiplier: debts.penaltyMultiplier,
  instalment: debts.instalment,
  dueDay: debts.dueDay,
  overdueSince: debts.overdueSince,
  status: debts.status,
  priority: debts.priority,
  priorityKind: debts.priorityKind,
  version: debts.version,
};

function present<T extends { accountReference: string | null; currency: string }>(row: T) {
  const { accountReference, currency, ...rest } = row;
  return {
    ...rest,
    currency: (isCurrencyCode(currency) ? currency : "CNY") as CurrencyCode,
    accountMasked: maskReference(accountReference),
  };
}

function selectDebts(user: SessionUser, clientId: string, debtId?: string) {
  return db()
    .select(debtColumns)
    .from(debts)
    .innerJoin(clients, eq(clients.id, debts.clientId))
    .innerJoin(creditors, eq(creditors.id, debts.creditorId))
    .where(and(eq(debts.clientId, clientId), debtId ? eq(debts.id, debtId) : undefined, visibleClients(user)));
}

export type DebtView = Awaited<ReturnType<typeof listDebts>>[number];

export async function listDebts(user: SessionUser, clientId: string) {
  assertStaff(user);
  // An empty list and "not your client" must not look alike.
  await assertClientVisible(user, clientId);
  const rows = await selectDebts(user, clientId).orderBy(asc(debts.createdAt), asc(debts.id));
  return rows.map(present);
}

export async function getDebt(user: SessionUser, clientId: string, debtId: string) {
  assertStaff(user);
  if (!isUuid(clientId) || !isUuid(debtId)) throw new NotFoundError("debt");
  const [row] = await selectDebts(user, clientId, debtId).limit(1);
  if (!row) throw new NotFoundError("debt");
  return present(row);
}

/** The stored values of a debt after its "overdue since" date has been worked out. */
export type DebtWrite = Omit<DebtInput, "daysPastDue" | "overdueSince"> & { overdueSince: string | null };

async function creditorDefaults(tx: Transaction, creditorId: string) {
  const [row] = await tx
    .select({ multiplier: creditors.defaultPenaltyMultiplier })
    .from(creditors)
    .where(and(eq(creditors.id, creditorId), eq(creditors.active, true)))
    .limit(1);
  if (!row) throw new NotFoundError("creditor");
  return row;
}

function values(input: DebtWrite, defaultMultiplier: number) {
  const { priorityKind, penaltyMultiplier, ...rest } = input;
  return { ...rest, priorityKind, priority: priorityKind !== null, penaltyMultiplier: penaltyMultiplier ?? defaultMultiplier };
}

export async function createDebt(user: SessionUser, clientId: string, input: DebtWrite): Promise<{ id: string }> {
  assertStaff(user);
  return db().transaction(async (tx) => {
    await assertClientVisible(user, clientId, tx);
    const { multiplier } = await creditorDefaults(tx, input.creditorId);
    const [row] = await tx.insert(debts).values({ clientId, ...values(input, multiplier) }).returning({ id: debts.id });
    if (!row) throw new Error("insert returned no row");
    await writeAudit(
      {
        actorId: user.id,
        action: "debt.created",
        entityType: "debt",
        entityId: row.id,
        clientId,
        details: { creditorId: input.creditorId, currentBalance: input.currentBalance, currency: input.currency, status: input.status },
      },
      tx,
    );
    return row;
  });
}

const AUDITED = ["creditorId", "product", "currency", "originalPrincipal", "currentBalance", "rateKind", "ratePpb", "penaltyMultiplier", "instalment", "dueDay", "overdueSince", "status", "priorityKind"] as const;

/**
 * Saves only if nobody changed the debt since `version` was read (ConflictError("version") otherwise).
 * A blank account reference keeps the stored one, since the form never shows it in full.
 */
export async function updateDebt(user: SessionUser, clientId: string, debtId: string, version: number, input: DebtWrite): Promise<void> {
  assertStaff(user);
  if (!isUuid(debtId)) throw new NotFoundError("debt");
  await db().transaction(async (tx) => {
    await assertClientVisible(user, clientId, tx);
    const [before] = await tx.select().from(debts).where(and(eq(debts.id, debtId), eq(debts.clientId, clientId))).limit(1);
    if (!before) throw new NotFoundError("debt");
    const { multiplier } = await creditorDefaults(tx, input.creditorId);
    const next = values({ ...input, accountReference: input.accountReference ?? before.accountReference }, multiplier);
    const [row] = await tx
      .update(debts)
      .set({ ...next, updatedAt: new Date(), version: sql`${debts.version} + 1` })
      .where(and(eq(debts.id, debtId), eq(debts.clientId, clientId), eq(debts.version, version)))
      .returning({ id: debts.id });
    if (!row) throw new ConflictError("version");
    const changes = Object.fromEntries(
      AUDITED.filter((key) => before[key] !== next[key]).map((key) => [key, { from: before[key], to: next[key] }]),
    );
    if (next.accountReference !== before.accountReference) changes.accountReference = { from: "•", to: "•" };
    await writeAudit({ actorId: user.id, action: "debt.updated", entityType: "debt", entityId: debtId, clientId, details: { changes } }, tx);
  });
}
