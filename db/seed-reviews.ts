import { and, eq } from "drizzle-orm";
import { instantToAgencyDate } from "@/lib/validation/agency-time";
import { addDays } from "@/lib/finance/dates";
import type { Db } from "./client";
import { auditLog, budgetStatements, clients, reviews } from "./schema";

type Executor = Pick<Db, "insert" | "select">;

async function client(executor: Executor, name: string) {
  const [row] = await executor.select({ id: clients.id, counsellorId: clients.counsellorId }).from(clients).where(eq(clients.fullName, name)).limit(1);
  return row;
}

/**
 * Follow-up reviews for the demo, so the dashboard and the Reviews tab have something real:
 * 张伟 had a review on 15 Nov 2026 (income fell: needs adjustment) and the next one in February;
 * 陈静's review is overdue (20 Nov 2026); Emily Brown's falls three days after the seed runs, so
 * it is always "due this week" on a fresh demo. Sarah Lin's clients stay without reviews.
 */
export async function seedDemoReviews(executor: Executor): Promise<void> {
  const today = instantToAgencyDate(new Date(), "Asia/Shanghai");
  const zhang = await client(executor, "张伟");
  if (zhang) {
    const [statement] = await executor
      .select({ id: budgetStatements.id })
      .from(budgetStatements)
      .where(and(eq(budgetStatements.clientId, zhang.id), eq(budgetStatements.version, 2)))
      .limit(1);
    const [done] = await executor
      .insert(reviews)
      .values({
        clientId: zhang.id,
        dueOn: "2026-11-15",
        status: "completed",
        source: "manual",
        completedAt: new Date("2026-11-15T06:00:00Z"),
        completedById: zhang.counsellorId,
        outcome: "needs_adjustment",
        statementId: statement?.id ?? null,
        instalmentsPaid: 0,
        instalmentsPartlyPaid: 0,
        instalmentsMissed: 0,
        arrearsAmount: 0,
        notes: "Hours cut at the factory; benefits claimed. Card and Jiebei payments no longer affordable.",
        createdById: zhang.counsellorId,
      })
      .returning({ id: reviews.id });
    const [next] = await executor
      .insert(reviews)
      .values({ clientId: zhang.id, dueOn: "2027-02-13", source: "after_review", createdById: zhang.counsellorId })
      .returning({ id: reviews.id });
    await executor.insert(auditLog).values([
      { actorId: null, action: "review.completed", entityType: "review", entityId: done?.id, clientId: zhang.id, details: { source: "demo seed" } },
      { actorId: null, action: "review.scheduled", entityType: "review", entityId: next?.id, clientId: zhang.id, details: { source: "demo seed" } },
    ]);
  }
  for (const [name, dueOn, source] of [
    ["陈静", "2026-11-20", "plan_agreed"],
    ["Emily Brown", addDays(today, 3), "plan_agreed"],
  ] as const) {
    const demo = await client(executor, name);
    if (!demo) continue;
    const [row] = await executor.insert(reviews).values({ clientId: demo.id, dueOn, source, createdById: demo.counsellorId }).returning({ id: reviews.id });
    await executor.insert(auditLog).values({ actorId: null, action: "review.scheduled", entityType: "review", entityId: row?.id, clientId: demo.id, details: { source: "demo seed" } });
  }
}
