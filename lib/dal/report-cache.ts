import "server-only";
import { sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";

/** Reports kept per process; the oldest goes first when full. */
const MAX_ENTRIES = 200;

type Store = Map<string, Promise<unknown>>;
const globalStore = globalThis as unknown as { __accordReportCache?: Store };

function store(): Store {
  globalStore.__accordReportCache ??= new Map();
  return globalStore.__accordReportCache;
}

/** The analytics generation (migration 0010): it moves whenever a cached figure could change. */
export async function analyticsGeneration(): Promise<string> {
  const [row] = rowsOf<{ n: string }>(await db().execute(sql`SELECT n::text AS n FROM analytics_generation WHERE id = 1`));
  return row?.n ?? "0";
}

/**
 * Aggregations over a year of negotiation entries take seconds on a large agency; the same figures
 * for the same scope and filters are computed once per analytics generation and shared, so a hit is
 * always exact (never stale) and ten supervisors opening the page cost one aggregation. Concurrent
 * misses share one computation; a failure is not kept. `key` must name everything the result depends
 * on besides the data: the reader's scope, the filters, the locale of its labels, the time zone.
 */
export async function cachedReport<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const full = `${await analyticsGeneration()}|${key}`;
  const entries = store();
  const hit = entries.get(full) as Promise<T> | undefined;
  if (hit) {
    entries.delete(full);
    entries.set(full, hit); // most recently used last
    return hit;
  }
  const pending = compute();
  entries.set(full, pending);
  pending.catch(() => entries.delete(full));
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  return pending;
}
