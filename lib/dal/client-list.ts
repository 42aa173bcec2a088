import "server-only";
import { and, asc, desc, eq, exists, inArray, like, lt, ne, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import type { AnyPgColumn, SelectedFields } from "drizzle-orm/pg-core";
import { clients, debts, reviews, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { searchTerms, type CaseloadQuery, type CaseloadSortColumn } from "@/lib/clients/caseload-query";
import { visibleClients } from "./access";
import { writeAudit } from "./audit";
import { assertStaff } from "./client-access";
import { getAgencySettings } from "./settings";
import { instantToAgencyDate } from "@/lib/validation/agency-time";

/** Counting stops here: "1,000+" is all a person needs, and it keeps every request an index walk. */
export const COUNT_CAP = 1000;
const EXPORT_BATCH = 1000;
export const EXPORT_MAX = 100_000;

const sortColumns: Record<CaseloadSortColumn, AnyPgColumn> = {
  name: clients.fullName,
  reference: clients.reference,
  status: clients.status,
  updated: clients.updatedAt,
  created: clients.createdAt,
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const reverse = (text: string) => [...text].reverse().join("");

/**
 * The search box. Every branch matches an expression index (db/schema/clients.ts), so even an
 * agency-wide search is an index scan: name or its last word by prefix, reference by prefix or by its
 * trailing digits, phone by its trailing digits (13800138000 finds +86 138 0013 8000).
 */
function searchClause(q: string): SQL | undefined {
  const { text, digits, reference } = searchTerms(q);
  const prefix = `${escapeLike(text)}%`;
  return or(
    like(sql`lower(${clients.fullName})`, prefix),
    like(sql`lower(regexp_replace(${clients.fullName}, '^.*\\s', ''))`, prefix),
    like(clients.reference, `${escapeLike(reference)}%`),
    digits ? like(sql`reverse(${clients.reference})`, `${escapeLike(reverse(digits))}%`) : undefined,
    digits ? like(sql`reverse(regexp_replace(coalesce(${clients.phone}, ''), '[^0-9]', '', 'g'))`, `${escapeLike(reverse(digits))}%`) : undefined,
  );
}

/**
 * The caseload's filters. `today` (the agency's date) is given when the overdue-review filter is on:
 * an open case whose scheduled review is dated before it, as on the dashboard. Both probes are an index
 * lookup per case (reviews_one_scheduled_idx, debts_client_idx).
 */
function whereFor(user: SessionUser, query: CaseloadQuery, today: string | null): SQL | undefined {
  return and(
    visibleClients(user),
    query.status.length ? inArray(clients.status, query.status) : undefined,
    query.counsellorId ? eq(clients.counsellorId, query.counsellorId) : undefined,
    query.q ? searchClause(query.q) : undefined,
    // A closed case's review is cancelled with it: one left behind is nobody's to hold.
    query.reviewOverdue && today ? ne(clients.status, "closed") : undefined,
    query.reviewOverdue && today
      ? exists(
          db()
            .select({ one: sql`1` })
            .from(reviews)
            .where(and(eq(reviews.clientId, clients.id), eq(reviews.status, "scheduled"), lt(reviews.dueOn, today))),
        )
      : undefined,
    query.creditorId
      ? exists(
          db()
            .select({ one: sql`1` })
            .from(debts)
            .where(and(eq(debts.clientId, clients.id), eq(debts.creditorId, query.creditorId))),
        )
      : undefined,
  );
}

/** The agency's date, read only when a filter needs it. */
async function todayFor(query: CaseloadQuery): Promise<string | null> {
  if (!query.reviewOverdue) return null;
  const { timeZone } = await getAgencySettings();
  return instantToAgencyDate(new Date(), timeZone);
}

function orderFor(query: CaseloadQuery): SQL[] {
  const direction = query.sort.dir === "asc" ? asc : desc;
  return [direction(sortColumns[query.sort.column]), direction(clients.id)];
}

const rowColumns = {
  id: clients.id,
  reference: clients.reference,
  fullName: clients.fullName,
  phone: clients.phone,
  email: clients.email,
  status: clients.status,
  counsellorId: clients.counsellorId,
  counsellorName: users.name,
  createdAt: clients.createdAt,
  updatedAt: clients.updatedAt,
};

function pageQuery(user: SessionUser, query: CaseloadQuery, today: string | null, limit: number, offset: number) {
  return selectPage({}, user, query, today, limit, offset);
}

/**
 * A page with its bounded total on every row: the count is an uncorrelated subquery (an InitPlan,
 * run once), so the page and its total cost one statement, not two.
 */
function pageWithTotalQuery(user: SessionUser, query: CaseloadQuery, today: string | null, limit: number, offset: number) {
  return selectPage({ total: sql<number>`(${countQuery(user, query, today)})`.mapWith(Number) }, user, query, today, limit, offset);
}

/** The caseload's rows (plus `extra` columns) for one page. */
function selectPage<T extends SelectedFields>(extra: T, user: SessionUser, query: CaseloadQuery, today: string | null, limit: number, offset: number) {
  return db()
    .select({ ...rowColumns, ...extra })
    .from(clients)
    .innerJoin(users, eq(users.id, clients.counsellorId))
    .where(whereFor(user, query, today))
    .orderBy(...orderFor(query))
    .limit(limit)
    .offset(offset);
}

export type CaseloadRow = Awaited<ReturnType<typeof pageQuery>>[number];
export type CaseloadPage = { rows: CaseloadRow[]; total: number; capped: boolean };

/** One page of the caseload the user may see, with a bounded total. */
export async function listClients(user: SessionUser, query: CaseloadQuery): Promise<CaseloadPage> {
  assertStaff(user);
  const today = await todayFor(query);
  const withTotals = await pageWithTotalQuery(user, query, today, query.size, (query.page - 1) * query.size);
  // An empty page carries no total: nothing matches when it is the first, else it is counted alone.
  const n = withTotals[0]?.total ?? (query.page === 1 ? 0 : ((await countQuery(user, query, today))[0]?.n ?? 0));
  const rows = withTotals.map(({ total: _total, ...row }) => row);
  return { rows, total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
}

/** How many rows match, counting no further than the cap. */
function countQuery(user: SessionUser, query: CaseloadQuery, today: string | null) {
  const bounded = db()
    .select({ one: sql`1` })
    .from(clients)
    .where(whereFor(user, query, today))
    .limit(COUNT_CAP + 1)
    .as("bounded");
  return db().select({ n: sql<number>`count(*)::int` }).from(bounded);
}

/** The SQL of the caseload page (with its bounded total) and of the count alone, for EXPLAIN in tests. */
export function caseloadPageSql(user: SessionUser, query: CaseloadQuery, part: "page" | "count" = "page", today: string | null = null) {
  return part === "page" ? pageWithTotalQuery(user, query, today, query.size, (query.page - 1) * query.size).toSQL() : countQuery(user, query, today).toSQL();
}

/**
 * The filtered caseload for a CSV export, in batches. The export is audited before the first row
 * leaves, with the filters used, so an export that is cut off half-way is still on record.
 */
export async function exportClients(user: SessionUser, query: CaseloadQuery): Promise<AsyncIterable<CaseloadRow[]>> {
  assertStaff(user);
  const { page: _page, size: _size, ...filters } = query;
  await writeAudit({ actorId: user.id, action: "clients.exported", entityType: "client", details: { filters } });
  const today = await todayFor(query);
  return {
    async *[Symbol.asyncIterator]() {
      for (let offset = 0; offset < EXPORT_MAX; offset += EXPORT_BATCH) {
        const rows = await pageQuery(user, query, today, Math.min(EXPORT_BATCH, EXPORT_MAX - offset), offset);
        yield rows;
        if (rows.length < EXPORT_BATCH) return;
      }
    },
  };
}
