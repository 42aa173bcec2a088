import { eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db, rowsOf, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { freshDatabase } from "@/lib/testing/db";
import { preparedSettings, preparingClient } from "./prepared";

// On PostgreSQL every statement drizzle sends is prepared once per connection and then only bound
// and executed; each run is still planned with its own values. (PGlite prepares by name on its own
// thread: db/pglite-worker.mjs.)
describe.skipIf(inject("databaseTemplate").kind !== "postgres")("statements on PostgreSQL", () => {
  let database: { db: Db; drop: () => Promise<void> };
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database.drop());

  /** How many statements reading `users` by email the connection holds prepared. */
  const statementsByEmail = sql`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE '%from "users" where "users"."email" = $1%'`;
  const byEmail = (orm: ReturnType<typeof drizzle>) => orm.select({ id: users.id }).from(users).where(eq(users.email, "counsellor@demo.accord.test"));
  const count = async (orm: ReturnType<typeof drizzle>) => rowsOf<{ n: number }>(await orm.execute(statementsByEmail))[0]!.n;

  it("prepares a statement once on its connection and reuses it, in and out of transactions", async () => {
    const client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {}, connection: preparedSettings });
    try {
      const orm = drizzle({ client: preparingClient(client) });
      expect(await count(orm)).toBe(0);
      const [first] = await byEmail(orm);
      const [second] = await byEmail(orm);
      expect(second).toEqual(first);
      expect(await count(orm)).toBe(1);
      const inTransaction = await orm.transaction(async (tx) => {
        await tx.select({ id: users.id }).from(users).where(eq(users.role, "admin"));
        return rowsOf<{ n: number }>(await tx.execute(sql`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE '%where "users"."role" = $1%'`))[0]!.n;
      });
      expect(inTransaction).toBe(1);
      expect(rowsOf<{ plan_cache_mode: string }>(await orm.execute(sql`SHOW plan_cache_mode`))[0]!.plan_cache_mode).toBe("force_custom_plan");
    } finally {
      await client.end();
    }
  });

  it("is what drizzle alone does not do (the same reads leave nothing prepared)", async () => {
    const client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      const orm = drizzle({ client });
      await byEmail(orm);
      await byEmail(orm);
      expect(await count(orm)).toBe(0);
    } finally {
      await client.end();
    }
  });

  it("is how the app's own handle is set up", async () => {
    const mode = rowsOf<{ plan_cache_mode: string }>(await db().execute(sql`SHOW plan_cache_mode`));
    expect(mode[0]!.plan_cache_mode).toBe("force_custom_plan");
    const held = await db().transaction(async (tx) => {
      await tx.select({ id: users.id }).from(users).where(eq(users.email, "admin@demo.accord.test"));
      return rowsOf<{ n: number }>(await tx.execute(statementsByEmail))[0]!.n;
    });
    expect(held).toBe(1);
  });
});
