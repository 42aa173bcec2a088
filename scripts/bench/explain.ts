import fs from "node:fs";
import postgres from "postgres";

export type Plan = { name: string; query: string; seqScan: boolean; plan: string };

const LARGE_TABLES = ["clients", "debts", "negotiation_entries", "documents", "reviews", "repayment_plans", "instalments", "collection_pauses", "audit_log"];

/** EXPLAINs every distinct statement the app ran while serving the measured pages. */
export async function explainLoggedQueries(databaseUrl: string, logFile: string): Promise<Plan[]> {
  const seen = new Map<string, unknown[]>();
  for (const line of fs.readFileSync(logFile, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const { query, params } = JSON.parse(line) as { query: string; params: unknown[] };
    // Reads only: a plain SELECT or one with common table expressions (the dashboard sections).
    if (/^\s*(select|with)\b/i.test(query) && !seen.has(query)) seen.set(query, params);
  }
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const plans: Plan[] = [];
  for (const [query, params] of seen) {
    const rows = await sql.unsafe(`EXPLAIN ${query}`, params as never[]);
    const plan = rows.map((r) => String(r["QUERY PLAN"])).join("\n");
    const seqScan = LARGE_TABLES.some((table) => new RegExp(`Seq Scan on ${table}\\b`).test(plan));
    const tables = [...new Set([...query.matchAll(/from "(\w+)"/gi)].map((m) => m[1]))].join(", ");
    plans.push({ name: tables || query.slice(0, 40), query, seqScan, plan });
  }
  await sql.end();
  return plans;
}
