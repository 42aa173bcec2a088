import { compareText } from "@/lib/i18n/formats";
import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { creditors, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { emptyCounts, monthsBetween, roundDays, type FigureRow, type Median, type OutcomeCounts } from "@/lib/analytics/figures";
import type { AnalyticsQuery } from "@/lib/analytics/query";
import { dimensions, type Dimension } from "@/lib/analytics/sections";
import { analyticsScope, countedEntries } from "./analytics-scope";
import { writeAudit } from "./audit";
import { cachedReport } from "./report-cache";

export type Waived = { currency: string; interest: number; penalty: number };
export type OutcomeReport = {
  total: FigureRow;
  groups: Record<Dimension, FigureRow[]>;
  waived: Waived[];
};

type Row = Record<string, unknown>;

async function run(query: SQL): Promise<Row[]> {
  return rowsOf<Row>(await db().execute(query));
}

const DIM = sql.raw(`CASE WHEN grouping(creditor_id) = 0 THEN 'creditor' WHEN grouping(request_type) = 0 THEN 'type'
  WHEN grouping(channel) = 0 THEN 'channel' WHEN grouping(counsellor_id) = 0 THEN 'counsellor' WHEN grouping(month) = 0 THEN 'month'
  ELSE 'total' END AS dim, COALESCE(creditor_id::text, request_type::text, channel::text, counsellor_id::text, month, '') AS key`);
const SETS = sql.raw("GROUPING SETS ((), (creditor_id), (request_type), (channel), (counsellor_id), (month))");
const AGREED = sql.raw("outcome IN ('agreed', 'partially_agreed')");

/** Counts per outcome, in one pass over the range (index range scan on contacted_at) for every breakdown. */
function countsSql(where: SQL, timeZone: string): SQL {
  return sql`WITH s AS (
    SELECT creditor_id, request_type, channel, counsellor_id, outcome, granted_months,
      to_char(contacted_at AT TIME ZONE ${timeZone}, 'YYYY-MM') AS month
    FROM negotiation_entries WHERE ${where})
  SELECT ${DIM}, count(*)::int AS requests,
    count(*) FILTER (WHERE outcome IN ('agreed', 'partially_agreed', 'rejected'))::int AS decided,
    count(*) FILTER (WHERE outcome = 'agreed')::int AS agreed,
    count(*) FILTER (WHERE outcome = 'partially_agreed')::int AS partial,
    count(*) FILTER (WHERE outcome = 'rejected')::int AS rejected,
    coalesce(sum(granted_months) FILTER (WHERE ${AGREED} AND request_type = 'payment_extension'), 0)::int AS months
  FROM s GROUP BY ${SETS}`;
}

/**
 * Days from first contact to agreement, per request: for each debt and request type, the first
 * (partly) agreed entry in the selection, against the first counted contact about the same debt and
 * request type at any date. Days are whole agency-calendar days; the median is percentile_cont(0.5).
 */
function mediansSql(where: SQL, timeZone: string): SQL {
  return sql`WITH firsts AS (
    SELECT DISTINCT ON (debt_id, request_type) debt_id, request_type, creditor_id, channel, counsellor_id, contacted_at,
      to_char(contacted_at AT TIME ZONE ${timeZone}, 'YYYY-MM') AS month
    FROM negotiation_entries WHERE ${where}
    ORDER BY debt_id, request_type, contacted_at, id
  ), spans AS (
    SELECT a.*, (a.contacted_at AT TIME ZONE ${timeZone})::date - ((
      SELECT f.contacted_at FROM negotiation_entries f
      WHERE f.debt_id = a.debt_id AND f.request_type = a.request_type
        AND NOT EXISTS (SELECT 1 FROM negotiation_entries fc WHERE fc.corrects_entry_id = f.id)
      ORDER BY f.contacted_at LIMIT 1
    ) AT TIME ZONE ${timeZone})::date AS days
    FROM firsts a)
  SELECT ${DIM}, count(*)::int AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::float8 AS median
  FROM spans GROUP BY ${SETS}`;
}

function waivedSql(where: SQL): SQL {
  return sql`SELECT currency, coalesce(sum(waived_interest), 0)::text AS interest, coalesce(sum(waived_penalty), 0)::text AS penalty
    FROM negotiation_entries WHERE ${where} GROUP BY currency ORDER BY currency`;
}

async function labelsFor(dimension: Dimension, keys: string[], locale: string): Promise<Map<string, string>> {
  const ids = keys.filter((k) => k !== "");
  if (ids.length === 0) return new Map();
  if (dimension === "creditor") {
    const rows = await db().select({ id: creditors.id, en: creditors.nameEn, zh: creditors.nameZh }).from(creditors).where(inArray(creditors.id, ids));
    return new Map(rows.map((r) => [r.id, locale === "zh-CN" ? r.zh : r.en]));
  }
  if (dimension === "counsellor") {
    const rows = await db().select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
    return new Map(rows.map((r) => [r.id, r.name]));
  }
  return new Map(ids.map((k) => [k, k]));
}

const num = (value: unknown): number => Number(value ?? 0);

/**
 * Every figure on the analytics screen (and in its CSV) for the user's scope and filters. Scope is
 * checked before the cache is consulted; a supervisor's entry is keyed by their own id (their team).
 */
export async function getOutcomeReport(user: SessionUser, query: AnalyticsQuery, timeZone: string, locale: string = user.locale): Promise<OutcomeReport> {
  analyticsScope(user);
  const { page: _page, outcome: _outcome, ...filters } = query;
  const scope = user.role === "admin" ? "all" : `team:${user.id}`;
  return cachedReport(JSON.stringify(["outcomes", scope, locale, timeZone, filters]), () => computeOutcomeReport(user, query, timeZone, locale));
}

async function computeOutcomeReport(user: SessionUser, query: AnalyticsQuery, timeZone: string, locale: string): Promise<OutcomeReport> {
  const filters = { ...query, outcome: null };
  const [counts, medians, waived] = await Promise.all([
    run(countsSql(countedEntries(user, filters, timeZone, null), timeZone)),
    run(mediansSql(countedEntries(user, filters, timeZone, "agreed_any"), timeZone)),
    run(waivedSql(countedEntries(user, filters, timeZone, "agreed_any"))),
  ]);
  const medianOf = new Map(medians.map((m) => [`${m.dim}:${m.key}`, { days: roundDays(m.median === null ? null : num(m.median)), n: num(m.n) } satisfies Median]));
  const toRow = (r: Row, label: string): FigureRow => ({
    key: String(r.key),
    label,
    requests: num(r.requests),
    decided: num(r.decided),
    agreed: num(r.agreed),
    partial: num(r.partial),
    rejected: num(r.rejected),
    monthsGranted: num(r.months),
    median: medianOf.get(`${r.dim}:${r.key}`) ?? { days: null, n: 0 },
  });
  const groups = {} as Record<Dimension, FigureRow[]>;
  for (const dimension of dimensions) {
    const rows = counts.filter((r) => r.dim === dimension);
    const labels = await labelsFor(dimension, rows.map((r) => String(r.key)), locale);
    groups[dimension] = rows.map((r) => toRow(r, labels.get(String(r.key)) ?? String(r.key))).sort((a, b) => compareText(a.label, b.label));
  }
  // Every month of the range is on the time chart, an empty one as zeros.
  const byMonth = new Map(groups.month.map((g) => [g.key, g]));
  groups.month = monthsBetween(query.from, query.to).map((m) => byMonth.get(m) ?? { ...emptyCounts(), key: m, label: m, median: { days: null, n: 0 } });
  const totalRow = counts.find((r) => r.dim === "total");
  const total: FigureRow = totalRow ? toRow(totalRow, "") : { ...emptyCounts(), key: "", label: "", median: { days: null, n: 0 } };
  return {
    total,
    groups,
    waived: waived.map((w) => ({ currency: String(w.currency), interest: num(w.interest), penalty: num(w.penalty) })).filter((w) => w.interest > 0 || w.penalty > 0),
  };
}

/** The report's SQL, for EXPLAIN in the benchmark and tests. */
export function outcomeReportSql(user: SessionUser, query: AnalyticsQuery, timeZone: string): { counts: SQL; medians: SQL } {
  const filters = { ...query, outcome: null };
  return {
    counts: countsSql(countedEntries(user, filters, timeZone, null), timeZone),
    medians: mediansSql(countedEntries(user, filters, timeZone, "agreed_any"), timeZone),
  };
}

export type { OutcomeCounts };

/** The report for a CSV download; the export itself is audited, with the filters used, before any figure leaves. */
export async function exportOutcomeReport(user: SessionUser, query: AnalyticsQuery, timeZone: string, locale: string = user.locale): Promise<OutcomeReport> {
  const report = await getOutcomeReport(user, query, timeZone, locale);
  const { page: _page, outcome: _outcome, ...filters } = query;
  await writeAudit({ actorId: user.id, action: "analytics.exported", entityType: "outcome_report", details: { filters } });
  return report;
}
