import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const creditorTypes = [
  "online_platform",
  "credit_card",
  "bank",
  "microlender",
  "utility",
  "landlord",
  "tax_authority",
  "other",
] as const;
export const creditorTypeEnum = pgEnum("creditor_type", creditorTypes);
export type CreditorType = (typeof creditorTypes)[number];

/** The agency's creditor directory: who a debt is owed to and how to reach them. */
export const creditors = pgTable(
  "creditors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    nameEn: text("name_en").notNull(),
    nameZh: text("name_zh").notNull(),
    type: creditorTypeEnum("type").notNull(),
    inAppService: text("in_app_service"),
    hotline: text("hotline"),
    branch: text("branch"),
    postalAddress: text("postal_address"),
    email: text("email"),
    policyNotes: text("policy_notes"),
    // Overdue rate ÷ contract rate in 1/10,000ths (15,000 = 1.5×), the default for new debts.
    defaultPenaltyMultiplier: integer("default_penalty_multiplier").notNull().default(15000),
    maxInstalmentMonths: integer("max_instalment_months"),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("creditors_name_en_idx").on(sql`lower(${t.nameEn})`),
    index("creditors_type_idx").on(t.type),
    check("creditors_multiplier_check", sql`${t.defaultPenaltyMultiplier} >= 10000`),
    check("creditors_max_months_check", sql`${t.maxInstalmentMonths} IS NULL OR ${t.maxInstalmentMonths} BETWEEN 1 AND 600`),
  ],
);
