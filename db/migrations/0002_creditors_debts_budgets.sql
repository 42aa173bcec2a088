CREATE TYPE "public"."closure_reason" AS ENUM('plan_completed', 'debts_settled', 'client_withdrew', 'referred_elsewhere', 'other');--> statement-breakpoint
CREATE TYPE "public"."employment_status" AS ENUM('employed', 'self_employed', 'gig_work', 'unemployed', 'retired', 'student', 'unable_to_work', 'other');--> statement-breakpoint
CREATE TYPE "public"."hardship_reason" AS ENUM('unemployment', 'illness_injury', 'income_drop', 'family_emergency', 'business_failure', 'other');--> statement-breakpoint
CREATE TYPE "public"."vulnerability" AS ENUM('health', 'mental_health', 'disability', 'language', 'other');--> statement-breakpoint
CREATE TYPE "public"."creditor_type" AS ENUM('online_platform', 'credit_card', 'bank', 'microlender', 'utility', 'landlord', 'tax_authority', 'other');--> statement-breakpoint
CREATE TYPE "public"."debt_status" AS ENUM('current', 'overdue', 'in_collection', 'paused', 'plan_agreed', 'settled', 'written_off');--> statement-breakpoint
CREATE TYPE "public"."priority_kind" AS ENUM('housing', 'utilities', 'tax', 'fines', 'other_severe');--> statement-breakpoint
CREATE TYPE "public"."rate_kind" AS ENUM('daily', 'annual');--> statement-breakpoint
CREATE TYPE "public"."budget_category" AS ENUM('wages', 'self_employment', 'benefits', 'pension', 'family_support', 'other_income', 'housing', 'utilities', 'food', 'transport', 'communications_leisure', 'personal', 'childcare_education', 'healthcare', 'insurance', 'priority_debt_payments', 'other_expenditure');--> statement-breakpoint
CREATE TYPE "public"."budget_frequency" AS ENUM('weekly', 'fortnightly', 'four_weekly', 'monthly', 'quarterly', 'yearly');--> statement-breakpoint
CREATE TYPE "public"."budget_line_kind" AS ENUM('income', 'expenditure');--> statement-breakpoint
CREATE TABLE "creditors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name_en" text NOT NULL,
	"name_zh" text NOT NULL,
	"type" "creditor_type" NOT NULL,
	"in_app_service" text,
	"hotline" text,
	"branch" text,
	"postal_address" text,
	"email" text,
	"policy_notes" text,
	"default_penalty_multiplier" integer DEFAULT 15000 NOT NULL,
	"max_instalment_months" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "creditors_multiplier_check" CHECK ("creditors"."default_penalty_multiplier" >= 10000),
	CONSTRAINT "creditors_max_months_check" CHECK ("creditors"."max_instalment_months" IS NULL OR "creditors"."max_instalment_months" BETWEEN 1 AND 600)
);
--> statement-breakpoint
CREATE TABLE "debts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"creditor_id" uuid NOT NULL,
	"product" text,
	"account_reference" text,
	"currency" text DEFAULT 'CNY' NOT NULL,
	"original_principal" bigint NOT NULL,
	"current_balance" bigint NOT NULL,
	"rate_kind" "rate_kind" DEFAULT 'daily' NOT NULL,
	"rate_ppb" bigint DEFAULT 0 NOT NULL,
	"penalty_multiplier" integer DEFAULT 15000 NOT NULL,
	"instalment" bigint DEFAULT 0 NOT NULL,
	"due_day" integer,
	"overdue_since" date,
	"status" "debt_status" DEFAULT 'current' NOT NULL,
	"priority" boolean DEFAULT false NOT NULL,
	"priority_kind" "priority_kind",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "debts_amounts_check" CHECK ("debts"."original_principal" >= 0 AND "debts"."current_balance" >= 0 AND "debts"."instalment" >= 0 AND "debts"."rate_ppb" >= 0),
	CONSTRAINT "debts_due_day_check" CHECK ("debts"."due_day" IS NULL OR "debts"."due_day" BETWEEN 1 AND 31),
	CONSTRAINT "debts_multiplier_check" CHECK ("debts"."penalty_multiplier" >= 10000),
	CONSTRAINT "debts_priority_check" CHECK ("debts"."priority" = ("debts"."priority_kind" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "budget_line_kind" NOT NULL,
	"category" "budget_category" NOT NULL,
	"description" text,
	"amount" bigint NOT NULL,
	"frequency" "budget_frequency" NOT NULL,
	"monthly_amount" bigint NOT NULL,
	CONSTRAINT "budget_lines_amount_check" CHECK ("budget_lines"."amount" >= 0 AND "budget_lines"."monthly_amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "budget_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"statement_date" date NOT NULL,
	"currency" text DEFAULT 'CNY' NOT NULL,
	"notes" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "date_of_birth" date;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "household_adults" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "household_dependants" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "employment_status" "employment_status";--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "hardship_reasons" "hardship_reason"[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "hardship_other" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "vulnerabilities" "vulnerability"[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "vulnerability_other" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "closure_reason" "closure_reason";--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "closure_note" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "debts" ADD CONSTRAINT "debts_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debts" ADD CONSTRAINT "debts_creditor_id_creditors_id_fk" FOREIGN KEY ("creditor_id") REFERENCES "public"."creditors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_statement_id_budget_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."budget_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_statements" ADD CONSTRAINT "budget_statements_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_statements" ADD CONSTRAINT "budget_statements_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "creditors_name_en_idx" ON "creditors" USING btree (lower("name_en"));--> statement-breakpoint
CREATE INDEX "creditors_type_idx" ON "creditors" USING btree ("type");--> statement-breakpoint
CREATE INDEX "debts_client_idx" ON "debts" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "debts_creditor_idx" ON "debts" USING btree ("creditor_id");--> statement-breakpoint
CREATE INDEX "budget_lines_statement_idx" ON "budget_lines" USING btree ("statement_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_statements_client_version_idx" ON "budget_statements" USING btree ("client_id","version");--> statement-breakpoint
CREATE INDEX "budget_statements_created_by_idx" ON "budget_statements" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "clients_counsellor_updated_idx" ON "clients" USING btree ("counsellor_id","updated_at");--> statement-breakpoint
CREATE INDEX "clients_counsellor_name_idx" ON "clients" USING btree ("counsellor_id","full_name");--> statement-breakpoint
CREATE INDEX "clients_updated_idx" ON "clients" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "clients_created_idx" ON "clients" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "clients_name_idx" ON "clients" USING btree ("full_name");--> statement-breakpoint
CREATE INDEX "clients_status_updated_idx" ON "clients" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "clients_name_prefix_idx" ON "clients" USING btree (lower("full_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "clients_last_word_prefix_idx" ON "clients" USING btree (lower(regexp_replace("full_name", '^.*\s', '')) text_pattern_ops);--> statement-breakpoint
CREATE INDEX "clients_reference_prefix_idx" ON "clients" USING btree ("reference" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "clients_reference_suffix_idx" ON "clients" USING btree (reverse("reference") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "clients_phone_suffix_idx" ON "clients" USING btree (reverse(regexp_replace(coalesce("phone", ''), '[^0-9]', '', 'g')) text_pattern_ops);