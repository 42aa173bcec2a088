import { and, eq } from "drizzle-orm";
import type { Db } from "./client";
import { auditLog, clients, debts, instalments, negotiationEntries, payments, repaymentPlans } from "./schema";

type Executor = Pick<Db, "insert" | "select">;

const MONTHLY = 143_000;
const MONTHS = 10;

/** The 25th of each month from September 2026: the demo plan's instalment due dates. */
function dueDate(index: number): string {
  const month = 8 + index; // 0-based month, September 2026 first
  const year = 2026 + Math.floor(month / 12);
  return `${year}-${String((month % 12) + 1).padStart(2, "0")}-25`;
}

/**
 * Emily Brown's ICBC card: an agreed 10-month instalment plan with two instalments paid, so the
 * portal's "My plans" and the counsellor's plans tab have something real to show at first start.
 */
export async function seedDemoPlan(executor: Executor): Promise<void> {
  const [debt] = await executor
    .select({ id: debts.id, clientId: debts.clientId, creditorId: debts.creditorId, counsellorId: clients.counsellorId })
    .from(debts)
    .innerJoin(clients, eq(clients.id, debts.clientId))
    .where(and(eq(clients.fullName, "Emily Brown"), eq(debts.status, "plan_agreed")))
    .limit(1);
  if (!debt) return;
  const [entry] = await executor
    .insert(negotiationEntries)
    .values({
      clientId: debt.clientId,
      debtId: debt.id,
      creditorId: debt.creditorId,
      counsellorId: debt.counsellorId,
      recordedById: debt.counsellorId,
      contactedAt: new Date("2026-09-02T02:30:00Z"),
      channel: "phone",
      counterpartName: "ICBC card centre",
      counterpartReference: "ticket 55120",
      requestType: "instalment_plan",
      currency: "CNY",
      requestedMonths: MONTHS,
      requestedAmount: MONTHLY,
      outcome: "agreed",
      grantedMonths: MONTHS,
      agreedMonthlyAmount: MONTHLY,
      notes: "Personalised instalments agreed on the phone; confirmation letter promised.",
    })
    .returning({ id: negotiationEntries.id });
  if (!entry) return;
  const [plan] = await executor
    .insert(repaymentPlans)
    .values({
      clientId: debt.clientId,
      debtId: debt.id,
      entryId: entry.id,
      kind: "instalments",
      currency: "CNY",
      startDate: dueDate(0),
      months: MONTHS,
      instalmentAmount: MONTHLY,
      totalAmount: MONTHLY * MONTHS,
      createdById: debt.counsellorId,
    })
    .returning({ id: repaymentPlans.id });
  if (!plan) return;
  const rows = await executor
    .insert(instalments)
    .values(Array.from({ length: MONTHS }, (_, i) => ({ planId: plan.id, number: i + 1, dueDate: dueDate(i), amountDue: MONTHLY, amountPaid: i < 2 ? MONTHLY : 0, status: i < 2 ? ("paid" as const) : ("due" as const) })))
    .returning({ id: instalments.id, number: instalments.number, dueDate: instalments.dueDate });
  const paid = rows.filter((row) => row.number <= 2);
  await executor.insert(payments).values(
    paid.map((row) => ({ instalmentId: row.id, planId: plan.id, clientId: debt.clientId, outcome: "paid" as const, amount: MONTHLY, balanceReduction: MONTHLY, paidOn: row.dueDate, recordedById: debt.counsellorId })),
  );
  await executor.insert(auditLog).values([
    { actorId: null, action: "negotiation.logged", entityType: "negotiation_entry", entityId: entry.id, clientId: debt.clientId, details: { source: "demo seed" } },
    { actorId: null, action: "plan.created", entityType: "repayment_plan", entityId: plan.id, clientId: debt.clientId, details: { source: "demo seed" } },
  ]);
}
