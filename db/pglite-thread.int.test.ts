import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { date, integer, numeric, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { drizzle } from "drizzle-orm/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isUniqueViolation } from "@/lib/dal/errors";
import { pgliteOnThread, type ThreadedPglite } from "./pglite-thread";

const notes = pgTable("notes", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull().unique(),
  amount: numeric("amount", { precision: 12, scale: 2 }),
  dueOn: date("due_on"),
  at: timestamp("at", { withTimezone: true, mode: "string" }),
  n: integer("n"),
});

const CREATE = `create table notes (id uuid primary key default gen_random_uuid(), title text not null unique,
  amount numeric(12,2), due_on date, at timestamptz, n integer)`;

// The server's embedded database runs on a worker thread; these prove the app sees it as it sees an
// in-process PGlite. (Only the PGlite run: it needs no server database.)
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))("PGlite on its own thread", () => {
  let dir: string;
  let client: ThreadedPglite;
  const orm = () => drizzle({ client: client as unknown as PGlite });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "accord-thread-"));
    client = pgliteOnThread(path.join(dir, "db"));
    await client.query(CREATE);
  });
  afterAll(async () => {
    await client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("reads back what it wrote, with the same value types as PGlite in the process", async () => {
    const row = { title: "借呗 call", amount: "1234.50", dueOn: "2026-12-01", at: "2026-11-30 09:15:00+00", n: 7 };
    await orm().insert(notes).values(row);
    const [threaded] = await orm().select().from(notes).where(sql`${notes.title} = ${row.title}`);
    expect(threaded).toMatchObject(row);

    const local = new PGlite();
    await local.query(CREATE);
    await drizzle({ client: local }).insert(notes).values(row);
    const [inProcess] = await drizzle({ client: local }).select().from(notes);
    await local.close();
    expect({ ...threaded, id: undefined }).toEqual({ ...inProcess, id: undefined });
  });

  it("commits a transaction's statements together and rolls them all back when it throws", async () => {
    await orm().transaction(async (tx) => {
      await tx.insert(notes).values({ title: "kept 1" });
      await tx.insert(notes).values({ title: "kept 2" });
    });
    await expect(
      orm().transaction(async (tx) => {
        await tx.insert(notes).values({ title: "dropped" });
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    const titles = (await orm().select({ title: notes.title }).from(notes)).map((r) => r.title);
    expect(titles).toEqual(expect.arrayContaining(["kept 1", "kept 2"]));
    expect(titles).not.toContain("dropped");
  });

  it("keeps the database's error code, so a duplicate is recognised as a conflict", async () => {
    await orm().insert(notes).values({ title: "unique" });
    const error = await orm()
      .insert(notes)
      .values({ title: "unique" })
      .then(() => null, (e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    // A failed statement inside a transaction rolls the transaction back and reaches the caller.
    const inTx = await orm()
      .transaction(async (tx) => {
        await tx.insert(notes).values({ title: "before the duplicate" });
        await tx.insert(notes).values({ title: "unique" });
      })
      .then(() => null, (e: unknown) => e);
    expect(isUniqueViolation(inTx)).toBe(true);
    const { rows } = await client.query("select count(*)::int as n from notes where title = 'before the duplicate'");
    expect(rows).toEqual([{ n: 0 }]);
  });

  it("runs a statement from outside an open transaction only after the transaction ends", async () => {
    let release!: () => void;
    const hold = new Promise<void>((resolve) => (release = resolve));
    const order: string[] = [];
    const tx = orm().transaction(async (t) => {
      await t.insert(notes).values({ title: "in flight" });
      await hold;
      order.push("commit");
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const outside = client.query("select count(*)::int as n from notes where title = 'in flight'").then((r) => {
      order.push("outside");
      return (r.rows[0] as { n: number }).n;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await tx;
    expect(await outside).toBe(1);
    expect(order).toEqual(["commit", "outside"]);
  });

  it("runs a statement seen before by name with each call's own values, in and out of a transaction; a bad one leaves no trace", async () => {
    for (let n = 100; n < 108; n++) await orm().insert(notes).values({ title: `repeat ${n}`, n, amount: n % 2 ? null : `${n}.25` });
    const read = (n: number) => orm().select({ title: notes.title, amount: notes.amount }).from(notes).where(sql`${notes.n} = ${n}`);
    // The same text eight times: past the five runs after which PostgreSQL may keep a generic plan.
    for (let n = 100; n < 108; n++) expect(await read(n)).toEqual([{ title: `repeat ${n}`, amount: n % 2 ? null : `${n}.25` }]);
    await orm().transaction(async (tx) => {
      await tx.update(notes).set({ title: "renamed 103" }).where(sql`${notes.n} = ${103}`);
      expect(await tx.select({ title: notes.title }).from(notes).where(sql`${notes.n} = ${103}`)).toEqual([{ title: "renamed 103" }]);
    });
    expect(await read(103)).toEqual([{ title: "renamed 103", amount: null }]);
    await expect(client.query("selec title from notes")).rejects.toThrow(/syntax error/);
    await expect(client.query("selec title from notes")).rejects.toThrow(/syntax error/);
    expect(await read(104)).toEqual([{ title: "repeat 104", amount: "104.25" }]);
    // More texts than the thread keeps names for: the oldest make room and still run when seen again.
    for (let i = 0; i < 230; i++) expect((await client.query(`select ${i}::int as n`)).rows).toEqual([{ n: i }]);
    for (let i = 0; i < 3; i++) expect((await client.query(`select ${i}::int as n`)).rows).toEqual([{ n: i }]);
    expect(await read(105)).toEqual([{ title: "repeat 105", amount: null }]);
  });

  it("runs the daily VACUUM ANALYZE (a statement that cannot run inside a transaction block)", async () => {
    await orm().execute(sql`insert into notes (title, n) select 'bulk ' || g, g from generate_series(1, 300) g`);
    await orm().execute(sql.raw("VACUUM ANALYZE"));
    type Stats = { analysed: boolean; estimate: number; n: number };
    const [stats] = (await client.query(
      `select s.last_analyze is not null as analysed, c.reltuples::float8 as estimate, (select count(*)::int from notes) as n
       from pg_stat_user_tables s join pg_class c on c.oid = s.relid where s.relname = 'notes'`,
    )).rows as Stats[];
    expect(stats).toEqual({ analysed: true, estimate: stats!.n, n: stats!.n });
    expect(stats!.n).toBeGreaterThan(300);
  });

  it("answers with a clear error, not silence, when the data folder cannot be opened", async () => {
    const file = path.join(dir, "not-a-folder");
    fs.writeFileSync(file, "x");
    const broken = pgliteOnThread(file);
    await expect(broken.query("select 1")).rejects.toThrow(`The embedded database at ${file} could not be opened`);
    await broken.close();
  }, 20_000);
});
