import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// One row (id = 1): the agency's own settings.
export const agencySettings = pgTable("agency_settings", {
  id: integer("id").primaryKey().default(1),
  name: text("name").notNull().default("Accord"),
  timeZone: text("time_zone").notNull().default("Asia/Shanghai"),
  currency: text("currency").notNull().default("CNY"),
  // Follow-up reviews: first one this many days after a plan is agreed, then this often.
  reviewAfterAgreementDays: integer("review_after_agreement_days").notNull().default(30),
  reviewIntervalDays: integer("review_interval_days").notNull().default(90),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

// Shared counters for sign-in throttling when several app servers run (rate-limiter-flexible's Drizzle store).
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: timestamp("expire", { withTimezone: true }),
});
