import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clients } from "./clients";
import { repaymentPlans } from "./plans";
import { users } from "./users";

export const outcomeReviewSubjects = ["plan", "closure"] as const;
export const outcomeReviewSubjectEnum = pgEnum("outcome_review_subject", outcomeReviewSubjects);
export type OutcomeReviewSubject = (typeof outcomeReviewSubjects)[number];

export const outcomeReviewDecisions = ["approved", "needs_correction"] as const;
export const outcomeReviewDecisionEnum = pgEnum("outcome_review_decision", outcomeReviewDecisions);
export type OutcomeReviewDecision = (typeof outcomeReviewDecisions)[number];

/**
 * A supervisor's quality sign-off of an agreed plan or a closed case. "needs_correction" carries a
 * comment and stays open on the counsellor's dashboard until they mark it resolved (with a note);
 * the item then waits for a fresh sign-off. Rows are never deleted.
 */
export const outcomeReviews = pgTable(
  "outcome_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "restrict" }),
    subject: outcomeReviewSubjectEnum("subject").notNull(),
    planId: uuid("plan_id").references(() => repaymentPlans.id, { onDelete: "restrict" }),
    decision: outcomeReviewDecisionEnum("decision").notNull(),
    comment: text("comment"),
    reviewerId: uuid("reviewer_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    // The client's counsellor when the review was made: the person asked to correct.
    counsellorId: uuid("counsellor_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedById: uuid("resolved_by_id").references(() => users.id, { onDelete: "restrict" }),
    resolutionNote: text("resolution_note"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("outcome_reviews_client_idx").on(t.clientId),
    index("outcome_reviews_plan_idx").on(t.planId),
    index("outcome_reviews_reviewer_idx").on(t.reviewerId),
    index("outcome_reviews_counsellor_open_idx").on(t.counsellorId, t.resolvedAt),
    index("outcome_reviews_resolved_by_idx").on(t.resolvedById),
    check("outcome_reviews_plan_check", sql`(${t.subject} = 'plan') = (${t.planId} IS NOT NULL)`),
    check("outcome_reviews_comment_check", sql`${t.decision} = 'approved' OR length(trim(coalesce(${t.comment}, ''))) > 0`),
    check("outcome_reviews_resolution_check", sql`${t.resolvedAt} IS NULL OR (${t.decision} = 'needs_correction' AND ${t.resolvedById} IS NOT NULL)`),
  ],
);
