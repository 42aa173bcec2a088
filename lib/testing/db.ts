import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { closeDb, db, type Db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { eq } from "drizzle-orm";

/**
 * A fresh, migrated and demo-seeded database for one integration test file: in-memory PGlite by
 * default, or a throw-away database on the server named by TEST_DATABASE_URL (set by the runner).
 */
export async function freshDatabase(): Promise<{ db: Db; drop: () => Promise<void> }> {
  await closeDb();
  const serverUrl = process.env.TEST_DATABASE_URL;
  let drop = async () => {};
  if (serverUrl) {
    const name = `accord_int_${randomBytes(5).toString("hex")}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    drop = async () => {
      await closeDb();
      const again = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    };
  } else {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DATA_DIR = "memory://";
    drop = () => closeDb();
  }
  await runMigrations();
  await seedDemo(db());
  return { db: db(), drop };
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
