import fs from "node:fs";
import path from "node:path";
import type { LoadResult } from "./load";

export type Budget = { name: string; pass: boolean; detail: string };

/**
 * The suite's table. CPU per request: the server's (every thread) and, where the database is a
 * separate server, PostgreSQL's; requests per second follow their sum on a machine of two cores.
 */
export function printTable(title: string, floor: LoadResult, rows: LoadResult[], separateDatabase: boolean): void {
  console.log(`\n${title}`);
  const header = ["page", "req/s", "p50 ms", "p95 ms", "p99 ms", "× floor", "errors", "server CPU ms/req", ...(separateDatabase ? ["Postgres CPU ms/req"] : [])];
  const lines = [floor, ...rows].map((r) => [
    r.name,
    r.requestsPerSecond.toFixed(1),
    String(r.p50),
    String(r.p95),
    String(r.p99),
    (r.requestsPerSecond / floor.requestsPerSecond).toFixed(2),
    String(r.errors + r.non2xx),
    r.serverCpuMs.toFixed(1),
    ...(separateDatabase ? [r.postgresCpuMs.toFixed(1)] : []),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(fmt(header));
  for (const line of lines) console.log(fmt(line));
}

export function printBudgets(budgets: Budget[]): void {
  console.log("\nBudgets");
  for (const b of budgets) console.log(`${b.pass ? "PASS" : "FAIL"}  ${b.name} — ${b.detail}`);
}

export function writeJson(result: unknown): string {
  const dir = path.resolve("bench/results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2));
  return file;
}
