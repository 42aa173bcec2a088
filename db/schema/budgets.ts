import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clients } from "./clients";
import { users } from "./users";

export const incomeCategories = ["wages", "self_employment", "benefits", "pension", "family_support", "other_income"] as const;
export const expenditureCategories = [
  "housing",
  "utilities",
  "food",
  "transport",
  "communications_leisure",
  "personal",
  "childcare_education",
  "healthcare",
  "insurance",
  "priority_debt_payments",
  "other_expenditure",
] as const;
export const budgetCategories = [...incomeCategories, ...expenditureCategories] as const;
export const budgetCategoryEnum = pgEnum("budget_category", budgetCategories);
export type BudgetCategory = (typeof budgetCategories)[number];

export const lineKinds = ["income", "expenditure"] as const;
export const lineKindEnum = pgEnum("budget_line_kind", lineKinds);
export type LineKind = (typeof lineKinds)[number];

// Same list as lib/finance FREQUENCIES; the schema stays free of app imports.
export const budgetFrequencies = ["weekly", "fortnightly", "four_weekly", "monthly", "quarterly", "yearly"] as const;
export const budgetFrequencyEnum = pgEnum("budget_frequency", budgetFrequencies);

/** A dated income & expenditure statement; each new one is a new version, never an edit. */
export const budgetStatements = pgTable(
  "budget_statements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    statementDate: date("statement_date", { mode: "string" }).notNull(),
    currency: text("currency").notNull().default("CNY"),
    notes: text("notes"),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("budget_statements_client_version_idx").on(t.clientId, t.version),
    index("budget_statements_created_by_idx").on(t.createdById),
  ],
);

/** A line as typed (amount + frequency) with its monthly equivalent for reporting; totals are never stored. */
export const budgetLines = pgTable(
  "budget_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    statementId: uuid("statement_id")
      .notNull()
      .references(() => budgetStatements.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: lineKindEnum("kind").notNull(),
    category: budgetCategoryEnum("category").notNull(),
    description: text("description"),
    amount: bigint("amount", { mode: "number" }).notNull(),
    frequency: budgetFrequencyEnum("frequency").notNull(),
    monthlyAmount: bigint("monthly_amount", { mode: "number" }).notNull(),
  },
  (t) => [
    index("budget_lines_statement_idx").on(t.statementId, t.position),
    check("budget_lines_amount_check", sql`${t.amount} >= 0 AND ${t.monthlyAmount} >= 0`),
  ],
);
