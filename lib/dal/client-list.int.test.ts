import { and, eq, lt, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { clients, debts, reviews } from "@/db/schema";
import { parseCaseloadQuery } from "@/lib/clients/caseload-query";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { seedLarge } from "@/scripts/seed-large";
import { caseloadPageSql, COUNT_CAP, listClients } from "./client-list";
import { agencyToday } from "./debts";

// The plan check needs the real planner and real statistics: PGlite runs the same SQL, but this test
// is about what PostgreSQL in production will choose for a realistic caseload.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!onPostgres)("caseload query plan on PostgreSQL (skipped on PGlite: needs TEST_DATABASE_URL)", () => {
  let database: { db: Db; drop: () => Promise<void> };
  let counsellorId = "";
  let supervisorId = "";
  let creditorId = "";

  beforeAll(async () => {
    database = await freshDatabase();
    const seeded = await seedLarge(database.db, { clients: 20_000, counsellors: 40, supervisors: 5, seed: 7 });
    counsellorId = seeded.counsellorIds[0]!;
    supervisorId = seeded.supervisorIds[0]!;
    const [creditor] = (await database.db.execute("SELECT creditor_id FROM debts LIMIT 1")) as unknown as { creditor_id: string }[];
    creditorId = creditor!.creditor_id;
    await database.db.execute("ANALYZE");
  }, 300_000);
  afterAll(() => database?.drop());

  async function plan(role: "counsellor" | "admin" | "supervisor", params: Record<string, string | undefined>, id: string, part: "page" | "count" = "page"): Promise<string> {
    const { sql, params: values } = caseloadPageSql({ id, role, name: "x", email: "x", locale: "en" }, parseCaseloadQuery(params), part, "2026-12-01");
    // Inline the parameters (test data only) so the planner sees values, as a custom plan does.
    const inlined = sql.replace(/\$(\d+)/g, (_, n: string) => {
      const value = values[Number(n) - 1];
      return typeof value === "number" ? String(value) : `'${String(value).replace(/'/g, "''")}'`;
    });
    const result = (await database.db.execute(`EXPLAIN ${inlined}`)) as unknown as { "QUERY PLAN": string }[];
    return result.map((r) => r["QUERY PLAN"]).join("\n");
  }

  it("reads a counsellor's caseload through an index, never a sequential scan of clients", async () => {
    for (const params of [{}, { sort: "name.asc" }, { status: "negotiating" }, { q: "王" }, { q: "8000" }, { review: "overdue" }, { creditor: creditorId }]) {
      const text = await plan("counsellor", params, counsellorId);
      expect(text, JSON.stringify(params)).toMatch(/Index (Only )?Scan|Bitmap Index Scan/);
      expect(text, JSON.stringify(params)).not.toMatch(/Seq Scan on clients/);
    }
  });

  it("pages and searches the whole agency for an admin without an unbounded sequential scan", async () => {
    for (const params of [{}, { sort: "name.asc" }, { status: "closed" }, { q: "wil" }, { q: "13800" }]) {
      const lines = (await plan("admin", params, counsellorId)).split("\n");
      // The unfiltered total may read the table's first 1,001 rows in storage order (the count's own
      // LIMIT right above the scan stops it there); any other sequential scan of clients fails.
      const unbounded = lines.filter((line, i) => /Seq Scan on clients/.test(line) && !/-> {2}Limit .*rows=1001 /.test(lines[i - 1] ?? ""));
      expect(unbounded, JSON.stringify(params)).toEqual([]);
    }
  });

  it("pages and counts a supervisor's team caseload without a sequential scan", async () => {
    for (const params of [{}, { status: "negotiating" }, { q: "王" }, { review: "overdue" }, { creditor: creditorId }]) {
      for (const part of ["page", "count"] as const) {
        const text = await plan("supervisor", params, supervisorId, part);
        expect(text, `${part} ${JSON.stringify(params)}`).not.toMatch(/Seq Scan on clients/);
      }
    }
  });

  it("caps the count at 1,000", async () => {
    const admin = await sessionFor("admin@demo.accord.test");
    const page = await listClients(admin, parseCaseloadQuery({}));
    expect(page).toMatchObject({ total: COUNT_CAP, capped: true });
    expect(page.rows).toHaveLength(25);
  });
});

describe("the caseload's review and creditor filters", () => {
  let database: { db: Db; drop: () => Promise<void> };
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database?.drop());

  const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

  it("lists the cases whose scheduled review date has passed, and only the user's own", async () => {
    const counsellor = await sessionFor("counsellor@demo.accord.test");
    const [own] = await database.db.select({ id: clients.id }).from(clients).where(and(eq(clients.counsellorId, counsellor.id), ne(clients.status, "closed"))).limit(1);
    await database.db.delete(reviews).where(and(eq(reviews.clientId, own!.id), eq(reviews.status, "scheduled")));
    await database.db.insert(reviews).values({ clientId: own!.id, dueOn: "2020-01-01", source: "manual" });
    const overdue = await database.db
      .select({ id: clients.id })
      .from(clients)
      .innerJoin(reviews, and(eq(reviews.clientId, clients.id), eq(reviews.status, "scheduled")))
      .where(and(eq(clients.counsellorId, counsellor.id), lt(reviews.dueOn, await agencyToday())));
    const page = await listClients(counsellor, parseCaseloadQuery({ review: "overdue", size: "100" }));
    expect(ids(page.rows)).toEqual(ids(overdue));
    expect(ids(page.rows)).toContain(own!.id);
    const other = await sessionFor("counsellor3@demo.accord.test");
    expect((await listClients(other, parseCaseloadQuery({ review: "overdue", size: "100" }))).rows.map((r) => r.id)).not.toContain(own!.id);
    // A closed case's review left behind is not an overdue review of the caseload.
    await database.db.update(clients).set({ status: "closed" }).where(eq(clients.id, own!.id));
    expect((await listClients(counsellor, parseCaseloadQuery({ review: "overdue", size: "100" }))).rows.map((r) => r.id)).not.toContain(own!.id);
  });

  it("lists the cases with a debt owed to the chosen creditor", async () => {
    const admin = await sessionFor("admin@demo.accord.test");
    const [debt] = await database.db.select({ creditorId: debts.creditorId }).from(debts).limit(1);
    const owing = await database.db.selectDistinct({ id: debts.clientId }).from(debts).where(eq(debts.creditorId, debt!.creditorId));
    const page = await listClients(admin, parseCaseloadQuery({ creditor: debt!.creditorId, size: "100" }));
    expect(page.rows.length).toBeGreaterThan(0);
    expect(ids(page.rows)).toEqual(ids(owing));
    expect(page.total).toBe(owing.length);
  });
});
