import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clients } from "./clients";
import { creditors } from "./creditors";

export const debtStatuses = ["current", "overdue", "in_collection", "paused", "plan_agreed", "settled", "written_off"] as const;
export const debtStatusEnum = pgEnum("debt_status", debtStatuses);
export type DebtStatus = (typeof debtStatuses)[number];

export const priorityKinds = ["housing", "utilities", "tax", "fines", "other_severe"] as const;
export const priorityKindEnum = pgEnum("priority_kind", priorityKinds);
export type PriorityKind = (typeof priorityKinds)[number];

export const rateKinds = ["daily", "annual"] as const;
export const rateKindEnum = pgEnum("rate_kind", rateKinds);

/** One row per credit line; two loans from the same creditor are two rows. */
export const debts = pgTable(
  "debts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    creditorId: uuid("creditor_id")
      .notNull()
      .references(() => creditors.id, { onDelete: "restrict" }),
    product: text("product"),
    // Kept in full for letters to the creditor; every screen shows only the last four characters.
    accountReference: text("account_reference"),
    currency: text("currency").notNull().default("CNY"),
    originalPrincipal: bigint("original_principal", { mode: "number" }).notNull(),
    currentBalance: bigint("current_balance", { mode: "number" }).notNull(),
    rateKind: rateKindEnum("rate_kind").notNull().default("daily"),
    // Exact rate per period in parts per billion of the balance (0.05%/day = 500,000).
    ratePpb: bigint("rate_ppb", { mode: "number" }).notNull().default(0),
    penaltyMultiplier: integer("penalty_multiplier").notNull().default(15000),
    instalment: bigint("instalment", { mode: "number" }).notNull().default(0),
    dueDay: integer("due_day"),
    overdueSince: date("overdue_since", { mode: "string" }),
    status: debtStatusEnum("status").notNull().default("current"),
    priority: boolean("priority").notNull().default(false),
    priorityKind: priorityKindEnum("priority_kind"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("debts_client_idx").on(t.clientId),
    index("debts_creditor_idx").on(t.creditorId),
    check("debts_amounts_check", sql`${t.originalPrincipal} >= 0 AND ${t.currentBalance} >= 0 AND ${t.instalment} >= 0 AND ${t.ratePpb} >= 0`),
    check("debts_due_day_check", sql`${t.dueDay} IS NULL OR ${t.dueDay} BETWEEN 1 AND 31`),
    check("debts_multiplier_check", sql`${t.penaltyMultiplier} >= 10000`),
    check("debts_priority_check", sql`${t.priority} = (${t.priorityKind} IS NOT NULL)`),
  ],
);
