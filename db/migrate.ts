import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { db, dbDriver } from "./client";

const migrationsFolder = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "db/migrations");

/** Applies the committed drizzle-kit migrations; safe to run on every start. */
export async function runMigrations(): Promise<void> {
  if (dbDriver() === "pglite") {
    await migratePglite(db() as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(db() as unknown as PostgresJsDatabase, { migrationsFolder });
  }
}
