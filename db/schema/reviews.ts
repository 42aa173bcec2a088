import { sql } from "drizzle-orm";
import { bigint, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { budgetStatements } from "./budgets";
import { clients } from "./clients";
import { users } from "./users";

export const reviewStatuses = ["scheduled", "completed", "cancelled"] as const;
export const reviewStatusEnum = pgEnum("review_status", reviewStatuses);
export type ReviewStatus = (typeof reviewStatuses)[number];

export const reviewSources = ["plan_agreed", "after_review", "manual", "change_reported"] as const;
export const reviewSourceEnum = pgEnum("review_source", reviewSources);
export type ReviewSource = (typeof reviewSources)[number];

export const reviewOutcomes = ["on_track", "needs_adjustment", "escalate"] as const;
export const reviewOutcomeEnum = pgEnum("review_outcome", reviewOutcomes);
export type ReviewOutcome = (typeof reviewOutcomes)[number];

/**
 * A follow-up review of one client. At most one stands scheduled per client: a plan agreed or a change
 * reported moves that one (audited) rather than adding a second, and scheduling by hand where one
 * stands is refused. A closed case has none. Completing it snapshots the plan adherence; cancelling
 * it (case closure, or a counsellor with a reason) is recorded in the audit log.
 */
export const reviews = pgTable(
  "reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    status: reviewStatusEnum("status").notNull().default("scheduled"),
    source: reviewSourceEnum("source").notNull(),
    // Why it was scheduled or last moved (required from the counsellor when rescheduling).
    reason: text("reason"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    completedById: uuid("completed_by_id").references(() => users.id, { onDelete: "set null" }),
    outcome: reviewOutcomeEnum("outcome"),
    statementId: uuid("statement_id").references(() => budgetStatements.id, { onDelete: "set null" }),
    // Adherence at completion, so the record stays true after later payments.
    instalmentsPaid: integer("instalments_paid"),
    instalmentsPartlyPaid: integer("instalments_partly_paid"),
    instalmentsMissed: integer("instalments_missed"),
    arrearsAmount: bigint("arrears_amount", { mode: "number" }),
    notes: text("notes"),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("reviews_client_idx").on(t.clientId),
    index("reviews_status_due_idx").on(t.status, t.dueOn),
    index("reviews_client_status_idx").on(t.clientId, t.status),
    index("reviews_completed_by_idx").on(t.completedById),
    index("reviews_created_by_idx").on(t.createdById),
    index("reviews_statement_idx").on(t.statementId),
    uniqueIndex("reviews_one_scheduled_idx").on(t.clientId).where(sql`${t.status} = 'scheduled'`),
  ],
);

export const changeKinds = ["lost_job", "new_income", "new_debt", "other"] as const;
export const changeKindEnum = pgEnum("change_kind", changeKinds);
export type ChangeKind = (typeof changeKinds)[number];

/** A change of circumstances reported by the client in the portal; the counsellor acknowledges it. */
export const changeReports = pgTable(
  "change_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    kind: changeKindEnum("kind").notNull(),
    details: text("details").notNull(),
    reportedById: uuid("reported_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedById: uuid("acknowledged_by_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index("change_reports_client_idx").on(t.clientId, t.createdAt),
    index("change_reports_reported_by_idx").on(t.reportedById),
    index("change_reports_acknowledged_by_idx").on(t.acknowledgedById),
  ],
);
