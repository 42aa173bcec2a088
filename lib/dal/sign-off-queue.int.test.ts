import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { freshDatabase, sessionFor } from "@/lib/testing/db";
import { listAwaitingSignOff } from "./outcome-reviews";

let database: { db: Db; drop: () => Promise<void> };
let supervisor: SessionUser;

beforeAll(async () => {
  database = await freshDatabase();
  supervisor = await sessionFor("supervisor@demo.accord.test");
});
afterAll(() => database.drop());

describe("the sign-off queue", () => {
  it("says when more plans wait than it lists, rather than reading as exactly 100", async () => {
    const before = await listAwaitingSignOff(supervisor);
    expect(before.morePlans).toBe(false);
    // 120 more finished plans on a debt of the supervisor's team, none signed off yet.
    await database.db.execute(sql`INSERT INTO repayment_plans (client_id, debt_id, kind, status, currency, start_date, months, instalment_amount, total_amount, created_by_id, created_at)
      SELECT d.client_id, d.id, 'instalments', 'completed', d.currency, '2025-01-10', 3, 10000, 30000, c.counsellor_id, now() - make_interval(days => n)
      FROM debts d JOIN clients c ON c.id = d.client_id, generate_series(1, 120) AS n
      WHERE c.full_name = '张伟' AND d.id = (SELECT min(id::text)::uuid FROM debts WHERE client_id = c.id)`);
    const after = await listAwaitingSignOff(supervisor);
    expect(after.plans).toHaveLength(100);
    expect(after.morePlans).toBe(true);
    // Oldest first: the earliest of the 120 leads.
    const createdAt = after.plans.map((p) => p.createdAt.getTime());
    expect(createdAt).toEqual([...createdAt].sort((a, b) => a - b));
    expect(after.moreClosures).toBe(false);
  });
});
