import fs from "node:fs";
import path from "node:path";
import { sql as drizzleSql } from "drizzle-orm";
import postgres from "postgres";
import { closeDb, db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { hashPassword } from "@/lib/auth/password";
import { ensureAuthSecret } from "../env";
import { datasetSql, type DatasetSize } from "./dataset";

// Bump when the generator changes so cached bench databases are rebuilt. A reused database gets the
// migrations written since it was generated (new indexes are built over the generated rows).
const DATASET_VERSION = "6";

/** The tables the generator fills with hundreds of thousands of rows. */
const BULK_TABLES = ["clients", "debts", "negotiation_entries", "documents", "reviews", "repayment_plans", "instalments", "collection_pauses"];

const marker = (size: DatasetSize) => `${DATASET_VERSION}:${size.clients}:${size.seed}`;

async function selectDatabase(env: Record<string, string | undefined>): Promise<void> {
  await closeDb();
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

/**
 * Applies migrations newer than the reused dataset, then does what autovacuum would have done since:
 * the planner's statistics, and the visibility map of tables a migration filled (the index-only
 * scans of a generated agency; a server may run with autovacuum off). A no-op pass when nothing
 * changed.
 */
async function migrateReused(env: Record<string, string | undefined>): Promise<void> {
  await selectDatabase(env);
  await runMigrations();
  await db().execute(drizzleSql.raw("VACUUM ANALYZE"));
  await closeDb();
}

async function migrateAndSeedDemo(env: Record<string, string | undefined>): Promise<void> {
  await selectDatabase(env);
  await runMigrations();
  ensureAuthSecret(); // the demo seed encrypts the demo authenticator secret with it
  await seedDemo(db());
}

/** A Postgres database holding the dataset, reused between runs while generator and schema are unchanged. */
export async function postgresDataset(serverUrl: string, size: DatasetSize): Promise<string> {
  const name = `accord_bench_${size.clients}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const exists = await admin`select 1 from pg_database where datname = ${name}`;
  if (exists.length) {
    const probe = postgres(url.toString(), { max: 1, onnotice: () => {} });
    const found = await probe`select to_regclass('bench_marker') as t`.then(async ([r]) =>
      r?.t ? (await probe`select value from bench_marker`)[0]?.value : null,
    );
    await probe.end();
    if (found === marker(size)) {
      await admin.end();
      await migrateReused({ DATABASE_URL: url.toString() });
      console.log(`Reusing ${name}`);
      return url.toString();
    }
  }
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const started = Date.now();
  await migrateAndSeedDemo({ DATABASE_URL: url.toString() });
  await closeDb();
  const conn = postgres(url.toString(), { max: 1, onnotice: () => {} });
  // Generated rows are consistent by construction: skip per-row foreign-key triggers (superuser only).
  await conn.unsafe("SET session_replication_role = replica").catch(() => console.log("(foreign-key checks stay on: not a superuser)"));
  // A million rows go in faster without their secondary indexes, which are then built in one sort each.
  const indexes = await conn<{ name: string; definition: string }[]>`
    SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
    FROM pg_index i
    WHERE i.indrelid = ANY (${BULK_TABLES}::regclass[]) AND NOT i.indisprimary
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`;
  for (const index of indexes) await conn.unsafe(`DROP INDEX ${index.name}`);
  for (const statement of datasetSql(size, await hashPassword("bench passphrase not secret"))) await conn.unsafe(statement);
  await conn.unsafe("SET maintenance_work_mem = '256MB'");
  for (const index of indexes) await conn.unsafe(index.definition);
  // As after migrating a reused database: statistics, hint bits and the visibility map now, and the
  // load's dirty pages flushed, so none of that lands in the first pages measured (autovacuum may be off).
  await conn.unsafe("VACUUM ANALYZE");
  await conn.unsafe("CHECKPOINT").catch(() => console.log("(no CHECKPOINT: not a superuser)"));
  await conn.unsafe(`CREATE TABLE bench_marker (value text); INSERT INTO bench_marker VALUES ('${marker(size)}')`);
  await conn.end();
  console.log(`Generated ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return url.toString();
}

/** An embedded PGlite folder holding the dataset (for the demo-default budget). */
export async function pgliteDataset(size: DatasetSize): Promise<string> {
  const dir = path.resolve(`.data/bench-pglite-${size.clients}`);
  const markerFile = `${dir}.marker`;
  if (fs.existsSync(markerFile) && fs.readFileSync(markerFile, "utf8") === marker(size)) {
    await migrateReused({ DATABASE_URL: undefined, PGLITE_DATA_DIR: dir });
    return dir;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const started = Date.now();
  await migrateAndSeedDemo({ DATABASE_URL: undefined, PGLITE_DATA_DIR: dir });
  for (const statement of datasetSql(size, await hashPassword("bench passphrase not secret"))) {
    await db().execute(drizzleSql.raw(statement));
  }
  await closeDb();
  fs.writeFileSync(markerFile, marker(size));
  console.log(`Generated PGlite ${size.clients} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}
