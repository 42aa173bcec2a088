CREATE TYPE "public"."document_kind" AS ENUM('income_proof', 'bank_statement', 'expense_record', 'hardship_medical', 'hardship_unemployment', 'hardship_other', 'id_document', 'creditor_letter', 'agreement', 'other');--> statement-breakpoint
CREATE TYPE "public"."document_request_status" AS ENUM('open', 'fulfilled', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."document_review_status" AS ENUM('pending', 'accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."evidence_request_type" AS ENUM('collection_pause', 'payment_extension', 'instalment_plan', 'interest_waiver', 'penalty_waiver', 'settlement');--> statement-breakpoint
CREATE TABLE "document_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" "document_kind" NOT NULL,
	"note" text,
	"due_date" date,
	"status" "document_request_status" DEFAULT 'open' NOT NULL,
	"requested_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"fulfilled_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancelled_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "document_store" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"namespace" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"request_id" uuid,
	"kind" "document_kind" NOT NULL,
	"storage_key" text NOT NULL,
	"original_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"uploaded_by_id" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"review_status" "document_review_status" DEFAULT 'pending' NOT NULL,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone,
	"rejection_reason" text,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	"deletion_reason" text,
	CONSTRAINT "documents_size_check" CHECK ("documents"."size_bytes" > 0),
	CONSTRAINT "documents_rejection_reason_check" CHECK ("documents"."review_status" <> 'rejected' OR "documents"."rejection_reason" IS NOT NULL),
	CONSTRAINT "documents_deletion_reason_check" CHECK ("documents"."deleted_at" IS NULL OR "documents"."deletion_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "evidence_checklist" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_type" "evidence_request_type" NOT NULL,
	"kind" "document_kind" NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_requests" ADD CONSTRAINT "document_requests_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_requests" ADD CONSTRAINT "document_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_requests" ADD CONSTRAINT "document_requests_cancelled_by_id_users_id_fk" FOREIGN KEY ("cancelled_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_request_id_document_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."document_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_checklist" ADD CONSTRAINT "evidence_checklist_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_requests_client_status_idx" ON "document_requests" USING btree ("client_id","status");--> statement-breakpoint
CREATE INDEX "document_requests_requested_by_idx" ON "document_requests" USING btree ("requested_by_id");--> statement-breakpoint
CREATE INDEX "document_requests_cancelled_by_idx" ON "document_requests" USING btree ("cancelled_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_storage_key_idx" ON "documents" USING btree ("storage_key");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_client_idempotency_idx" ON "documents" USING btree ("client_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "documents_client_uploaded_idx" ON "documents" USING btree ("client_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "documents_pending_idx" ON "documents" USING btree ("client_id") WHERE "documents"."review_status" = 'pending' AND "documents"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX "documents_deleted_idx" ON "documents" USING btree ("deleted_at") WHERE "documents"."deleted_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "documents_request_idx" ON "documents" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "documents_uploaded_by_idx" ON "documents" USING btree ("uploaded_by_id");--> statement-breakpoint
CREATE INDEX "documents_reviewed_by_idx" ON "documents" USING btree ("reviewed_by_id");--> statement-breakpoint
CREATE INDEX "documents_deleted_by_idx" ON "documents" USING btree ("deleted_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_checklist_type_kind_idx" ON "evidence_checklist" USING btree ("request_type","kind");--> statement-breakpoint
CREATE INDEX "evidence_checklist_updated_by_idx" ON "evidence_checklist" USING btree ("updated_by_id");