import fs from "node:fs";
import { sql } from "drizzle-orm";
import { closeDb, db, dbDriver, pgliteDataDir } from "./client";

/** Drops everything (local demo databases only — callers check with assertLocalTarget first). */
export async function resetDatabase(): Promise<void> {
  if (dbDriver() === "pglite") {
    await closeDb();
    fs.rmSync(pgliteDataDir(), { recursive: true, force: true });
    return;
  }
  await db().execute(sql`DROP SCHEMA IF EXISTS drizzle CASCADE`);
  await db().execute(sql`DROP SCHEMA public CASCADE`);
  await db().execute(sql`CREATE SCHEMA public`);
}
