CREATE TYPE "public"."outcome_review_decision" AS ENUM('approved', 'needs_correction');--> statement-breakpoint
CREATE TYPE "public"."outcome_review_subject" AS ENUM('plan', 'closure');--> statement-breakpoint
CREATE TABLE "outcome_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"subject" "outcome_review_subject" NOT NULL,
	"plan_id" uuid,
	"decision" "outcome_review_decision" NOT NULL,
	"comment" text,
	"reviewer_id" uuid NOT NULL,
	"counsellor_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by_id" uuid,
	"resolution_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "outcome_reviews_plan_check" CHECK (("outcome_reviews"."subject" = 'plan') = ("outcome_reviews"."plan_id" IS NOT NULL)),
	CONSTRAINT "outcome_reviews_comment_check" CHECK ("outcome_reviews"."decision" = 'approved' OR length(trim(coalesce("outcome_reviews"."comment", ''))) > 0),
	CONSTRAINT "outcome_reviews_resolution_check" CHECK ("outcome_reviews"."resolved_at" IS NULL OR ("outcome_reviews"."decision" = 'needs_correction' AND "outcome_reviews"."resolved_by_id" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "outcome_reviews" ADD CONSTRAINT "outcome_reviews_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_reviews" ADD CONSTRAINT "outcome_reviews_plan_id_repayment_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."repayment_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_reviews" ADD CONSTRAINT "outcome_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_reviews" ADD CONSTRAINT "outcome_reviews_counsellor_id_users_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_reviews" ADD CONSTRAINT "outcome_reviews_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcome_reviews_client_idx" ON "outcome_reviews" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "outcome_reviews_plan_idx" ON "outcome_reviews" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "outcome_reviews_reviewer_idx" ON "outcome_reviews" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "outcome_reviews_counsellor_open_idx" ON "outcome_reviews" USING btree ("counsellor_id","resolved_at");--> statement-breakpoint
CREATE INDEX "outcome_reviews_resolved_by_idx" ON "outcome_reviews" USING btree ("resolved_by_id");