CREATE TYPE "public"."negotiation_channel" AS ENUM('in_app', 'phone', 'branch', 'letter', 'email', 'other');--> statement-breakpoint
CREATE TYPE "public"."negotiation_outcome" AS ENUM('agreed', 'partially_agreed', 'rejected', 'pending', 'no_response', 'escalated');--> statement-breakpoint
CREATE TYPE "public"."negotiation_request_type" AS ENUM('collection_pause', 'payment_extension', 'instalment_plan', 'interest_waiver', 'penalty_waiver', 'settlement', 'other');--> statement-breakpoint
CREATE TYPE "public"."instalment_status" AS ENUM('due', 'paid', 'partly_paid', 'missed');--> statement-breakpoint
CREATE TYPE "public"."payment_outcome" AS ENUM('paid', 'partly_paid', 'missed');--> statement-breakpoint
CREATE TYPE "public"."plan_kind" AS ENUM('instalments', 'pause');--> statement-breakpoint
CREATE TYPE "public"."plan_status" AS ENUM('active', 'completed', 'broken');--> statement-breakpoint
CREATE TABLE "agreement_confirmations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"document_id" uuid,
	"reference" text,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_confirmations_evidence_check" CHECK ("agreement_confirmations"."document_id" IS NOT NULL OR "agreement_confirmations"."reference" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "collection_pauses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"debt_id" uuid NOT NULL,
	"entry_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"granted_by" text NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collection_pauses_dates_check" CHECK ("collection_pauses"."end_date" >= "collection_pauses"."start_date")
);
--> statement-breakpoint
CREATE TABLE "negotiation_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"debt_id" uuid NOT NULL,
	"creditor_id" uuid NOT NULL,
	"counsellor_id" uuid,
	"recorded_by_id" uuid NOT NULL,
	"contacted_at" timestamp with time zone NOT NULL,
	"channel" "negotiation_channel" NOT NULL,
	"counterpart_name" text NOT NULL,
	"counterpart_reference" text,
	"request_type" "negotiation_request_type" NOT NULL,
	"currency" text NOT NULL,
	"requested_months" integer,
	"requested_amount" bigint,
	"requested_interest_waiver" bigint,
	"requested_penalty_waiver" bigint,
	"requested_pause_until" date,
	"outcome" "negotiation_outcome" NOT NULL,
	"granted_months" integer,
	"waived_interest" bigint,
	"waived_penalty" bigint,
	"agreed_monthly_amount" bigint,
	"agreed_pause_until" date,
	"notes" text,
	"next_action_date" date,
	"during_pause" boolean DEFAULT false NOT NULL,
	"corrects_entry_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "negotiation_entries_amounts_check" CHECK (coalesce("negotiation_entries"."requested_amount", 0) >= 0 AND coalesce("negotiation_entries"."requested_interest_waiver", 0) >= 0 AND coalesce("negotiation_entries"."requested_penalty_waiver", 0) >= 0
        AND coalesce("negotiation_entries"."waived_interest", 0) >= 0 AND coalesce("negotiation_entries"."waived_penalty", 0) >= 0 AND coalesce("negotiation_entries"."agreed_monthly_amount", 0) >= 0),
	CONSTRAINT "negotiation_entries_months_check" CHECK (coalesce("negotiation_entries"."requested_months", 1) BETWEEN 1 AND 600 AND coalesce("negotiation_entries"."granted_months", 1) BETWEEN 1 AND 600)
);
--> statement-breakpoint
CREATE TABLE "instalments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"due_date" date NOT NULL,
	"amount_due" bigint NOT NULL,
	"amount_paid" bigint DEFAULT 0 NOT NULL,
	"status" "instalment_status" DEFAULT 'due' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instalments_amounts_check" CHECK ("instalments"."amount_due" > 0 AND "instalments"."amount_paid" >= 0)
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instalment_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"outcome" "payment_outcome" NOT NULL,
	"amount" bigint NOT NULL,
	"paid_on" date NOT NULL,
	"note" text,
	"recorded_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_amount_check" CHECK ("payments"."amount" >= 0 AND ("payments"."outcome" <> 'missed' OR "payments"."amount" = 0))
);
--> statement-breakpoint
CREATE TABLE "repayment_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"debt_id" uuid NOT NULL,
	"entry_id" uuid,
	"kind" "plan_kind" NOT NULL,
	"status" "plan_status" DEFAULT 'active' NOT NULL,
	"currency" text NOT NULL,
	"start_date" date NOT NULL,
	"months" integer,
	"instalment_amount" bigint,
	"total_amount" bigint DEFAULT 0 NOT NULL,
	"pause_until" date,
	"override_reason" text,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "repayment_plans_shape_check" CHECK (("repayment_plans"."kind" = 'instalments' AND "repayment_plans"."months" BETWEEN 1 AND 600 AND "repayment_plans"."instalment_amount" > 0)
        OR ("repayment_plans"."kind" = 'pause' AND "repayment_plans"."pause_until" IS NOT NULL AND "repayment_plans"."pause_until" >= "repayment_plans"."start_date")),
	CONSTRAINT "repayment_plans_total_check" CHECK ("repayment_plans"."total_amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "agreement_confirmations" ADD CONSTRAINT "agreement_confirmations_entry_id_negotiation_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."negotiation_entries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_confirmations" ADD CONSTRAINT "agreement_confirmations_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_confirmations" ADD CONSTRAINT "agreement_confirmations_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_confirmations" ADD CONSTRAINT "agreement_confirmations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_pauses" ADD CONSTRAINT "collection_pauses_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_pauses" ADD CONSTRAINT "collection_pauses_debt_id_debts_id_fk" FOREIGN KEY ("debt_id") REFERENCES "public"."debts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_pauses" ADD CONSTRAINT "collection_pauses_entry_id_negotiation_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."negotiation_entries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_pauses" ADD CONSTRAINT "collection_pauses_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "negotiation_entries" ADD CONSTRAINT "negotiation_entries_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "negotiation_entries" ADD CONSTRAINT "negotiation_entries_debt_id_debts_id_fk" FOREIGN KEY ("debt_id") REFERENCES "public"."debts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "negotiation_entries" ADD CONSTRAINT "negotiation_entries_creditor_id_creditors_id_fk" FOREIGN KEY ("creditor_id") REFERENCES "public"."creditors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "negotiation_entries" ADD CONSTRAINT "negotiation_entries_counsellor_id_users_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "negotiation_entries" ADD CONSTRAINT "negotiation_entries_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "negotiation_entries" ADD CONSTRAINT "negotiation_entries_corrects_entry_id_negotiation_entries_id_fk" FOREIGN KEY ("corrects_entry_id") REFERENCES "public"."negotiation_entries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instalments" ADD CONSTRAINT "instalments_plan_id_repayment_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."repayment_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_instalment_id_instalments_id_fk" FOREIGN KEY ("instalment_id") REFERENCES "public"."instalments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_plan_id_repayment_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."repayment_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repayment_plans" ADD CONSTRAINT "repayment_plans_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repayment_plans" ADD CONSTRAINT "repayment_plans_debt_id_debts_id_fk" FOREIGN KEY ("debt_id") REFERENCES "public"."debts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repayment_plans" ADD CONSTRAINT "repayment_plans_entry_id_negotiation_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."negotiation_entries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repayment_plans" ADD CONSTRAINT "repayment_plans_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_confirmations_entry_idx" ON "agreement_confirmations" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "agreement_confirmations_client_idx" ON "agreement_confirmations" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "agreement_confirmations_document_idx" ON "agreement_confirmations" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "agreement_confirmations_created_by_idx" ON "agreement_confirmations" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "collection_pauses_client_idx" ON "collection_pauses" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "collection_pauses_debt_dates_idx" ON "collection_pauses" USING btree ("debt_id","start_date","end_date");--> statement-breakpoint
CREATE INDEX "collection_pauses_end_idx" ON "collection_pauses" USING btree ("end_date");--> statement-breakpoint
CREATE INDEX "collection_pauses_entry_idx" ON "collection_pauses" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "collection_pauses_created_by_idx" ON "collection_pauses" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "negotiation_entries_client_idx" ON "negotiation_entries" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "negotiation_entries_debt_idx" ON "negotiation_entries" USING btree ("debt_id");--> statement-breakpoint
CREATE INDEX "negotiation_entries_creditor_type_at_idx" ON "negotiation_entries" USING btree ("creditor_id","request_type","contacted_at");--> statement-breakpoint
CREATE INDEX "negotiation_entries_counsellor_at_idx" ON "negotiation_entries" USING btree ("counsellor_id","contacted_at");--> statement-breakpoint
CREATE INDEX "negotiation_entries_outcome_idx" ON "negotiation_entries" USING btree ("outcome");--> statement-breakpoint
CREATE INDEX "negotiation_entries_next_action_idx" ON "negotiation_entries" USING btree ("next_action_date");--> statement-breakpoint
CREATE INDEX "negotiation_entries_recorded_by_idx" ON "negotiation_entries" USING btree ("recorded_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "negotiation_entries_corrects_idx" ON "negotiation_entries" USING btree ("corrects_entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "instalments_plan_number_idx" ON "instalments" USING btree ("plan_id","number");--> statement-breakpoint
CREATE INDEX "instalments_status_due_idx" ON "instalments" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "payments_instalment_idx" ON "payments" USING btree ("instalment_id");--> statement-breakpoint
CREATE INDEX "payments_plan_idx" ON "payments" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "payments_client_idx" ON "payments" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "payments_recorded_by_idx" ON "payments" USING btree ("recorded_by_id");--> statement-breakpoint
CREATE INDEX "repayment_plans_client_idx" ON "repayment_plans" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "repayment_plans_debt_idx" ON "repayment_plans" USING btree ("debt_id");--> statement-breakpoint
CREATE INDEX "repayment_plans_entry_idx" ON "repayment_plans" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "repayment_plans_created_by_idx" ON "repayment_plans" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "repayment_plans_status_idx" ON "repayment_plans" USING btree ("status");