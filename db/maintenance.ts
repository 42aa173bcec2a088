import { sql } from "drizzle-orm";
import { db, dbDriver } from "./client";

/**
 * What autovacuum does for a PostgreSQL server, done for the embedded database: PGlite runs
 * PostgreSQL in single-user mode, where autovacuum never runs, so without this an embedded agency's
 * tables would never be analysed (the planner guessing every row count and selectivity however large
 * the caseload grows) and their dead rows never reclaimed. Run once a day by the embedded scheduler;
 * on the 5,000-client benchmark agency it takes ~1.5 s, during which other statements wait.
 *
 * Returns how long it took in milliseconds, or null on PostgreSQL, whose own autovacuum does this.
 */
export async function maintainEmbeddedDatabase(): Promise<number | null> {
  if (dbDriver() !== "pglite") return null;
  const started = performance.now();
  await db().execute(sql.raw("VACUUM ANALYZE"));
  return Math.round(performance.now() - started);
}
