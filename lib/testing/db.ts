import { randomBytes } from "node:crypto";
import postgres from "postgres";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { adoptPglite, closeDb, db, type Db } from "@/db/client";
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
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (template.kind === "postgres" && serverUrl) {
    const name = `accord_int_${randomBytes(5).toString("hex")}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template.name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    const drop = async () => {
      await closeDb();
      const again = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    };
    return { db: db(), drop };
  }
  if (template.kind !== "pglite") throw new Error("the integration template was made for another database than TEST_DATABASE_URL names");
  // memory:// for anything that opens the embedded database again after this file's copy is closed.
  process.env.PGLITE_DATA_DIR = "memory://";
  const client = await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(template.file)]) });
  await adoptPglite(client);
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
