import fs from "node:fs";
import postgres from "postgres";

/**
 * `perRequest`: the statement ran again when the pages were served a second time. The others ran
 * only for a first answer — filling a cache (the outcome report, computed once per analytics
 * generation and shared, `lib/dal/report-cache.ts`) — and are shown, but are not hot queries.
 */
export type Plan = { name: string; query: string; seqScan: boolean; plan: string; perRequest: boolean };

const LARGE_TABLES = ["clients", "debts", "negotiation_entries", "documents", "reviews", "repayment_plans", "instalments", "collection_pauses", "audit_log"];

/**
 * EXPLAINs every distinct statement the app ran while serving the measured pages; those logged from
 * byte `warmFrom` of the log on (the second serving) are the per-request ones.
 */
export async function explainLoggedQueries(databaseUrl: string, logFile: string, warmFrom: number): Promise<Plan[]> {
  const seen = new Map<string, unknown[]>();
  const warm = new Set<string>();
  const log = fs.readFileSync(logFile);
  for (const [part, text] of [["cold", log.subarray(0, warmFrom)], ["warm", log.subarray(warmFrom)]] as const) {
    for (const line of text.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      const { query, params } = JSON.parse(line) as { query: string; params: unknown[] };
      // Reads only: a plain SELECT or one with common table expressions (the dashboard sections).
      if (!/^\s*(select|with)\b/i.test(query)) continue;
      if (!seen.has(query)) seen.set(query, params);
      if (part === "warm") warm.add(query);
    }
  }
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const plans: Plan[] = [];
  for (const [query, params] of seen) {
    const rows = await sql.unsafe(`EXPLAIN ${query}`, params as never[]);
    const plan = rows.map((r) => String(r["QUERY PLAN"])).join("\n");
    const seqScan = LARGE_TABLES.some((table) => new RegExp(`Seq Scan on ${table}\\b`).test(plan));
    const tables = [...new Set([...query.matchAll(/from "(\w+)"/gi)].map((m) => m[1]))].join(", ");
    plans.push({ name: tables || query.replace(/\s+/g, " ").slice(0, 40), query, seqScan, plan, perRequest: warm.has(query) });
  }
  await sql.end();
  return plans;
}
