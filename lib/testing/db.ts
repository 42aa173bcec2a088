import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { adoptPglite, closeDb, db, type Db } from "@/db/client";
import { createServerDatabase, dropServerDatabase } from "@/db/server-database";
import { users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { eq } from "drizzle-orm";

/**
 * A fresh, migrated and demo-seeded database for one integration test file: an in-memory PGlite, or
 * a throw-away database on the server named by TEST_DATABASE_URL (set by the runner). Both are
 * copies of the run's template (lib/testing/database-template.ts), so each file starts the same.
 */
export async function freshDatabase(): Promise<{ db: Db; drop: () => Promise<void> }> {
  await closeDb();
  const template = inject("databaseTemplate");
  if (template.kind === "postgres") {
    const { name, url } = await createServerDatabase(template.serverUrl, "accord_int", template.name);
    process.env.DATABASE_URL = url;
    const drop = async () => {
      await closeDb();
      await dropServerDatabase(template.serverUrl, name);
    };
    return { db: db(), drop };
  }
  // memory:// for anything that opens the embedded database again after this file's copy is closed.
  process.env.PGLITE_DATA_DIR = "memory://";
  await adoptPglite(await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(template.file)]) }));
  return { db: db(), drop: () => closeDb() };
}

/** A demo user as the DAL sees a signed-in session. */
export async function sessionFor(email: string): Promise<SessionUser> {
  const [row] = await db()
    .select({ id: users.id, role: users.role, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(eq(users.email, email));
  if (!row) throw new Error(`no demo user ${email}`);
  return row;
}
