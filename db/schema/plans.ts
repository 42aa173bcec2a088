import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clients } from "./clients";
import { debts } from "./debts";
import { collectionPauses, negotiationEntries } from "./negotiations";
import { users } from "./users";

export const planKinds = ["instalments", "pause"] as const;
export const planKindEnum = pgEnum("plan_kind", planKinds);
export type PlanKind = (typeof planKinds)[number];

// "ended": stopped before its term by a counsellor (endPlan) or because the agreement it was made from
// was corrected (lib/dal/plan-endings.ts); its unpaid instalments from that day on are no longer owed.
export const planStatuses = ["active", "completed", "broken", "ended"] as const;
export const planStatusEnum = pgEnum("plan_status", planStatuses);
export type PlanStatus = (typeof planStatuses)[number];

export const instalmentStatuses = ["due", "paid", "partly_paid", "missed"] as const;
export const instalmentStatusEnum = pgEnum("instalment_status", instalmentStatuses);
export type InstalmentStatus = (typeof instalmentStatuses)[number];

export const paymentOutcomes = ["paid", "partly_paid", "missed"] as const;
export const paymentOutcomeEnum = pgEnum("payment_outcome", paymentOutcomes);
export type PaymentOutcome = (typeof paymentOutcomes)[number];

/** A plan is broken once this many of its instalments stand missed (documented in the plans screen). */
export const BROKEN_AFTER_MISSED = 2;

/** An agreement on one debt: instalments (start, months, amount each) or a pause until a date. */
export const repaymentPlans = pgTable(
  "repayment_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "restrict" }),
    debtId: uuid("debt_id")
      .notNull()
      .references(() => debts.id, { onDelete: "restrict" }),
    entryId: uuid("entry_id").references(() => negotiationEntries.id, { onDelete: "restrict" }),
    kind: planKindEnum("kind").notNull(),
    status: planStatusEnum("status").notNull().default("active"),
    currency: text("currency").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    months: integer("months"),
    instalmentAmount: bigint("instalment_amount", { mode: "number" }),
    totalAmount: bigint("total_amount", { mode: "number" }).notNull().default(0),
    pauseUntil: date("pause_until", { mode: "string" }),
    // Set when the term is longer than the creditor's maximum or the 60-month credit-card cap.
    overrideReason: text("override_reason"),
    // A pause plan's collection pause: the one its agreement opened (taken over) or one of its own.
    pauseId: uuid("pause_id").references(() => collectionPauses.id, { onDelete: "set null" }),
    // Set together when the plan is ended early: the agency day it stopped, when, by whom and why.
    endedOn: date("ended_on", { mode: "string" }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endedById: uuid("ended_by_id").references(() => users.id, { onDelete: "restrict" }),
    endReason: text("end_reason"),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("repayment_plans_client_idx").on(t.clientId),
    index("repayment_plans_debt_idx").on(t.debtId),
    index("repayment_plans_entry_idx").on(t.entryId),
    index("repayment_plans_created_by_idx").on(t.createdById),
    index("repayment_plans_status_idx").on(t.status),
    index("repayment_plans_pause_idx").on(t.pauseId),
    index("repayment_plans_ended_by_idx").on(t.endedById),
    check(
      "repayment_plans_shape_check",
      sql`(${t.kind} = 'instalments' AND ${t.months} BETWEEN 1 AND 600 AND ${t.instalmentAmount} > 0)
        OR (${t.kind} = 'pause' AND ${t.pauseUntil} IS NOT NULL AND ${t.pauseUntil} >= ${t.startDate})`,
    ),
    check("repayment_plans_total_check", sql`${t.totalAmount} >= 0`),
    check(
      "repayment_plans_ended_check",
      sql`(${t.endedOn} IS NULL AND ${t.endedAt} IS NULL AND ${t.endedById} IS NULL AND ${t.endReason} IS NULL)
        OR (${t.endedOn} IS NOT NULL AND ${t.endedAt} IS NOT NULL AND ${t.endedById} IS NOT NULL AND ${t.endReason} IS NOT NULL)`,
    ),
  ],
);

export const instalments = pgTable(
  "instalments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => repaymentPlans.id, { onDelete: "restrict" }),
    number: integer("number").notNull(),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    amountDue: bigint("amount_due", { mode: "number" }).notNull(),
    amountPaid: bigint("amount_paid", { mode: "number" }).notNull().default(0),
    status: instalmentStatusEnum("status").notNull().default("due"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("instalments_plan_number_idx").on(t.planId, t.number),
    index("instalments_status_due_idx").on(t.status, t.dueDate),
    // A plan's instalments not yet paid, by date: the dashboard's missed and overdue ones per plan.
    index("instalments_plan_unpaid_idx").on(t.planId, t.dueDate).where(sql`${t.status} <> 'paid'`),
    check("instalments_amounts_check", sql`${t.amountDue} > 0 AND ${t.amountPaid} >= 0`),
  ],
);

/** What happened to one instalment: a payment (in full or in part) or a recorded miss. */
export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    instalmentId: uuid("instalment_id")
      .notNull()
      .references(() => instalments.id, { onDelete: "restrict" }),
    planId: uuid("plan_id")
      .notNull()
      .references(() => repaymentPlans.id, { onDelete: "restrict" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "restrict" }),
    outcome: paymentOutcomeEnum("outcome").notNull(),
    amount: bigint("amount", { mode: "number" }).notNull(),
    paidOn: date("paid_on", { mode: "string" }).notNull(),
    note: text("note"),
    recordedById: uuid("recorded_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // What the payment took off the debt's balance: the amount, or less where the balance was smaller
    // (recordPayment never takes a balance below zero). A reversal puts exactly this back. Rows older
    // than migration 0019 were backfilled with their amount, the best that is known of them.
    balanceReduction: bigint("balance_reduction", { mode: "number" }).notNull(),
    // A payment (or miss) recorded in error is never deleted: it is marked reversed, by whom and why,
    // and stops counting towards its instalment (lib/dal/payment-reversals.ts).
    reversedAt: timestamp("reversed_at", { withTimezone: true }),
    reversedById: uuid("reversed_by_id").references(() => users.id, { onDelete: "restrict" }),
    reversalReason: text("reversal_reason"),
  },
  (t) => [
    index("payments_instalment_idx").on(t.instalmentId),
    index("payments_plan_idx").on(t.planId),
    index("payments_client_idx").on(t.clientId),
    index("payments_recorded_by_idx").on(t.recordedById),
    index("payments_reversed_by_idx").on(t.reversedById),
    check("payments_amount_check", sql`${t.amount} >= 0 AND (${t.outcome} <> 'missed' OR ${t.amount} = 0)`),
    check("payments_balance_reduction_check", sql`${t.balanceReduction} BETWEEN 0 AND ${t.amount}`),
    check(
      "payments_reversal_check",
      sql`(${t.reversedAt} IS NULL AND ${t.reversedById} IS NULL AND ${t.reversalReason} IS NULL)
        OR (${t.reversedAt} IS NOT NULL AND ${t.reversedById} IS NOT NULL AND ${t.reversalReason} IS NOT NULL)`,
    ),
  ],
);
