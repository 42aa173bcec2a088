import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Db } from "@/db/client";
import { freshDatabase } from "@/lib/testing/db";
import { maintainEmbeddedDatabase } from "./maintenance";

let database: { db: Db; drop: () => Promise<void> };

beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.drop());

type Stats = { analysed: string | null; vacuumed: string | null; estimate: number };

async function clientStats(): Promise<Stats> {
  const rows = rowsOf<Stats>(
    await database.db.execute(sql`
      SELECT s.last_analyze::text AS analysed, s.last_vacuum::text AS vacuumed, c.reltuples::float8 AS estimate
      FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid WHERE s.relname = 'clients'`),
  );
  return rows[0]!;
}

describe("the embedded database's daily maintenance", () => {
  it.skipIf(Boolean(process.env.TEST_DATABASE_URL))("analyses and vacuums every table on PGlite, which has no autovacuum", async () => {
    // A batch of clients the planner has never seen: PGlite would keep guessing their number.
    await database.db.execute(sql`
      INSERT INTO clients (full_name, counsellor_id)
      SELECT 'Client ' || g, (SELECT id FROM users WHERE role = 'counsellor' LIMIT 1)
      FROM generate_series(1, 500) g`);
    const before = await clientStats();
    const ms = await maintainEmbeddedDatabase();
    const after = await clientStats();
    expect(ms).toBeGreaterThanOrEqual(0);
    expect(after.analysed).not.toBeNull();
    expect(after.analysed).not.toBe(before.analysed);
    expect(after.vacuumed).not.toBeNull();
    // The planner now knows the table's size: the demo's clients and the 500 just added.
    const [count] = rowsOf<{ n: number }>(await database.db.execute(sql`SELECT count(*)::int AS n FROM clients`));
    expect(after.estimate).toBe(count!.n);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)("leaves a PostgreSQL server to its own autovacuum", async () => {
    const before = await clientStats();
    expect(await maintainEmbeddedDatabase()).toBeNull();
    expect((await clientStats()).analysed).toBe(before.analysed);
  });
});
