CREATE TYPE "public"."change_kind" AS ENUM('lost_job', 'new_income', 'new_debt', 'other');--> statement-breakpoint
CREATE TYPE "public"."review_outcome" AS ENUM('on_track', 'needs_adjustment', 'escalate');--> statement-breakpoint
CREATE TYPE "public"."review_source" AS ENUM('plan_agreed', 'after_review', 'manual', 'change_reported');--> statement-breakpoint
CREATE TYPE "public"."review_status" AS ENUM('scheduled', 'completed', 'cancelled');--> statement-breakpoint
CREATE TABLE "change_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" "change_kind" NOT NULL,
	"details" text NOT NULL,
	"reported_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"status" "review_status" DEFAULT 'scheduled' NOT NULL,
	"source" "review_source" NOT NULL,
	"reason" text,
	"completed_at" timestamp with time zone,
	"completed_by_id" uuid,
	"outcome" "review_outcome",
	"statement_id" uuid,
	"instalments_paid" integer,
	"instalments_partly_paid" integer,
	"instalments_missed" integer,
	"arrears_amount" bigint,
	"notes" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agency_settings" ADD COLUMN "review_after_agreement_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "agency_settings" ADD COLUMN "review_interval_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "change_reports" ADD CONSTRAINT "change_reports_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_reports" ADD CONSTRAINT "change_reports_reported_by_id_users_id_fk" FOREIGN KEY ("reported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_reports" ADD CONSTRAINT "change_reports_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_completed_by_id_users_id_fk" FOREIGN KEY ("completed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_statement_id_budget_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."budget_statements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "change_reports_client_idx" ON "change_reports" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE INDEX "change_reports_reported_by_idx" ON "change_reports" USING btree ("reported_by_id");--> statement-breakpoint
CREATE INDEX "change_reports_acknowledged_by_idx" ON "change_reports" USING btree ("acknowledged_by_id");--> statement-breakpoint
CREATE INDEX "reviews_client_idx" ON "reviews" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "reviews_status_due_idx" ON "reviews" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "reviews_client_status_idx" ON "reviews" USING btree ("client_id","status");--> statement-breakpoint
CREATE INDEX "reviews_completed_by_idx" ON "reviews" USING btree ("completed_by_id");--> statement-breakpoint
CREATE INDEX "reviews_created_by_idx" ON "reviews" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "reviews_statement_idx" ON "reviews" USING btree ("statement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_one_scheduled_idx" ON "reviews" USING btree ("client_id") WHERE "reviews"."status" = 'scheduled';