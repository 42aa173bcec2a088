import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { db, type Db } from "@/db/client";
import { budgetLines, budgetStatements, clients } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/permissions";
import { budgetChange, budgetTotals, type BudgetChange, type BudgetTotals } from "@/lib/finance/budget";
import { isCurrencyCode, type CurrencyCode } from "@/lib/finance";
import type { StatementInput } from "@/lib/validation/budgets";
import { assertClientVisible, isUuid, visibleClients } from "./access";
import { writeAudit } from "./audit";
import { ConflictError, NotFoundError, isUniqueViolation } from "./errors";

function assertStaff(user: SessionUser): void {
  if (!isStaff(user.role)) throw new NotFoundError("client");
}

export type StatementSummary = {
  id: string;
  version: number;
  statementDate: string;
  currency: CurrencyCode;
  createdAt: Date;
  totals: BudgetTotals;
  /** Against the version before it; null for the first statement or when the currency changed. */
  change: BudgetChange | null;
};

/** Every version of the client's statement, newest first, each with derived totals and its change. */
export async function listStatements(user: SessionUser, clientId: string): Promise<StatementSummary[]> {
  assertStaff(user);
  await assertClientVisible(user, clientId);
  const statements = await db()
    .select({
      id: budgetStatements.id,
      version: budgetStatements.version,
      statementDate: budgetStatements.statementDate,
      currency: budgetStatements.currency,
      createdAt: budgetStatements.createdAt,
    })
    .from(budgetStatements)
    .innerJoin(clients, eq(clients.id, budgetStatements.clientId))
    .where(and(eq(budgetStatements.clientId, clientId), visibleClients(user)))
    .orderBy(asc(budgetStatements.version));
  const lines = statements.length
    ? await db()
        .select({ statementId: budgetLines.statementId, kind: budgetLines.kind, monthlyAmount: budgetLines.monthlyAmount })
        .from(budgetLines)
        .where(inArray(budgetLines.statementId, statements.map((s) => s.id)))
    : [];
  const summaries: StatementSummary[] = [];
  let previous: StatementSummary | null = null;
  for (const statement of statements) {
    const totals = budgetTotals(lines.filter((l) => l.statementId === statement.id));
    const currency = (isCurrencyCode(statement.currency) ? statement.currency : "CNY") as CurrencyCode;
    const change = previous && previous.currency === currency ? budgetChange(previous.totals, totals) : null;
    const summary: StatementSummary = { ...statement, currency, totals, change };
    summaries.push(summary);
    previous = summary;
  }
  return summaries.reverse();
}

async function linesOf(statementId: string) {
  return db()
    .select({
      id: budgetLines.id,
      kind: budgetLines.kind,
      category: budgetLines.category,
      description: budgetLines.description,
      amount: budgetLines.amount,
      frequency: budgetLines.frequency,
      monthlyAmount: budgetLines.monthlyAmount,
    })
    .from(budgetLines)
    .where(eq(budgetLines.statementId, statementId))
    .orderBy(asc(budgetLines.position));
}

export type StatementDetail = StatementSummary & { notes: string | null; lines: Awaited<ReturnType<typeof linesOf>> };

/** One version with its lines; `statementId` "latest" picks the newest. Null when the client has none yet. */
export async function getStatement(user: SessionUser, clientId: string, statementId: string | "latest"): Promise<StatementDetail | null> {
  const all = await listStatements(user, clientId);
  if (statementId !== "latest" && !isUuid(statementId)) throw new NotFoundError("statement");
  const summary = statementId === "latest" ? all[0] : all.find((s) => s.id === statementId);
  if (!summary) {
    if (statementId === "latest") return null;
    throw new NotFoundError("statement");
  }
  const [meta] = await db().select({ notes: budgetStatements.notes }).from(budgetStatements).where(eq(budgetStatements.id, summary.id));
  return { ...summary, notes: meta?.notes ?? null, lines: await linesOf(summary.id) };
}

/** Saves a new version (statement and lines in one transaction); earlier versions stay as they were. */
export async function createStatement(user: SessionUser, clientId: string, input: StatementInput): Promise<{ id: string; version: number }> {
  assertStaff(user);
  try {
    return await db().transaction(async (tx) => {
      await assertClientVisible(user, clientId, tx);
      return insertStatement(tx, user, clientId, input);
    });
  } catch (error) {
    // Two people saving at the same moment would both pick the same next version number.
    if (isUniqueViolation(error)) throw new ConflictError("version");
    throw error;
  }
}

/**
 * The statement, its lines and the audit row, inside the caller's transaction (a completed review
 * saves its statement this way). The caller has checked that the client is visible.
 */
export async function insertStatement(tx: Pick<Db, "select" | "insert">, user: SessionUser, clientId: string, input: StatementInput): Promise<{ id: string; version: number }> {
  const [latest] = await tx
    .select({ version: budgetStatements.version })
    .from(budgetStatements)
    .where(eq(budgetStatements.clientId, clientId))
    .orderBy(desc(budgetStatements.version))
    .limit(1);
  const version = (latest?.version ?? 0) + 1;
  const [row] = await tx
    .insert(budgetStatements)
    .values({ clientId, version, statementDate: input.statementDate, currency: input.currency, notes: input.notes, createdById: user.id })
    .returning({ id: budgetStatements.id });
  if (!row) throw new Error("insert returned no row");
  if (input.lines.length) {
    await tx.insert(budgetLines).values(input.lines.map((line, position) => ({ ...line, statementId: row.id, position })));
  }
  const totals = budgetTotals(input.lines);
  await writeAudit(
    { actorId: user.id, action: "budget.statement_created", entityType: "budget_statement", entityId: row.id, clientId, details: { version, currency: input.currency, ...totals } },
    tx,
  );
  return { id: row.id, version };
}
