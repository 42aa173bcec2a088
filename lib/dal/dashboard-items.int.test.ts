import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { dashboardSections, SECTION_CAP, SECTION_LIMIT } from "@/lib/dashboard/sections";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { instantToAgencyDate } from "@/lib/validation/agency-time";
import { datasetSql } from "@/scripts/bench/dataset";
import { listDashboardSection } from "./dashboard-items";
import { getAgencySettings } from "./settings";

// A collapsed dashboard section reads only the items it shows (the first ten, and the rest of the
// tenth one's day, which the dashboard orders by client name), plus how many there are in all. On a
// generated agency (two counsellors of ~300 clients, every section full of same-day items), that
// must show exactly what reading the whole section shows.
let database: { db: Db; drop: () => Promise<void> };
const as: Record<string, SessionUser> = {};

beforeAll(async () => {
  database = await freshDatabase();
  for (const statement of datasetSql({ clients: 600, seed: 3 }, "not a real hash")) await database.db.execute(statement);
  as.counsellor = await sessionFor("bench-c001@bench.accord.test");
  as.supervisor = await sessionFor("bench-s01@bench.accord.test");
  as.other = await sessionFor("counsellor@demo.accord.test");
}, 120_000);
afterAll(() => database.drop());

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe("dashboard sections read as far as they show", () => {
  it.each(["counsellor", "supervisor"])("shows the %s the same first items and the same count as the whole section", async (who) => {
    let tiedAtTheEdge = 0;
    for (const section of dashboardSections) {
      const whole = await listDashboardSection(as[who]!, section);
      const collapsed = await listDashboardSection(as[who]!, section, SECTION_LIMIT);
      expect(collapsed.total, section).toBe(whole.total);
      expect(whole.total, section).toBe(whole.items.length);
      expect(ids(collapsed.items.slice(0, SECTION_LIMIT)), section).toEqual(ids(whole.items.slice(0, SECTION_LIMIT)));
      // Only the tenth item's day is read beyond the tenth.
      const edge = whole.items[SECTION_LIMIT - 1];
      expect(collapsed.items.length, section).toBe(edge ? whole.items.filter((i) => i.dueOn! <= edge.dueOn!).length : whole.items.length);
      if (edge && whole.items[SECTION_LIMIT]?.dueOn === edge.dueOn) tiedAtTheEdge++;
    }
    // The generated agency puts several items on one day, so the cut by day is exercised.
    expect(tiedAtTheEdge).toBeGreaterThan(0);
  });

  it("counts a full section as the cap and reads only its first items", async () => {
    const sizes = await Promise.all(dashboardSections.map(async (s) => [s, await listDashboardSection(as.supervisor!, s, SECTION_LIMIT)] as const));
    const full = sizes.filter(([, r]) => r.total === SECTION_CAP);
    expect(full.length).toBeGreaterThan(0);
    for (const [, r] of full) expect(r.items.length).toBeLessThan(SECTION_CAP / 2);
  });

  it("gives another counsellor none of these items", async () => {
    for (const section of dashboardSections) {
      const mine = new Set(ids((await listDashboardSection(as.counsellor!, section)).items));
      const theirs = await listDashboardSection(as.other!, section, SECTION_LIMIT);
      expect(theirs.items.filter((i) => mine.has(i.id)), section).toEqual([]);
    }
  });

  it("puts an upload on the same agency day in SQL as on the page", async () => {
    const { timeZone } = await getAgencySettings();
    const rows = rowsOf<{ at: string | Date; day: string }>(
      await database.db.execute(`SELECT uploaded_at AS at, to_char((uploaded_at AT TIME ZONE '${timeZone}')::date, 'YYYY-MM-DD') AS day FROM documents ORDER BY uploaded_at LIMIT 2000`),
    );
    expect(rows.length).toBeGreaterThan(1000);
    for (const row of rows) expect(row.day).toBe(instantToAgencyDate(new Date(row.at), timeZone));
  });
});
