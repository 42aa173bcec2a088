import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { clients } from "./clients";
import { users } from "./users";

export const documentKinds = [
  "income_proof",
  "bank_statement",
  "expense_record",
  "hardship_medical",
  "hardship_unemployment",
  "hardship_other",
  "id_document",
  "creditor_letter",
  "agreement",
  "other",
] as const;
export const documentKindEnum = pgEnum("document_kind", documentKinds);
export type DocumentKind = (typeof documentKinds)[number];

/** Health and hardship evidence is sensitive personal data: kept only with the client's consent on record. */
export const sensitiveDocumentKinds = ["hardship_medical", "hardship_unemployment", "hardship_other"] as const satisfies readonly DocumentKind[];

export const documentReviewStatuses = ["pending", "accepted", "rejected"] as const;
export const documentReviewStatusEnum = pgEnum("document_review_status", documentReviewStatuses);
export type DocumentReviewStatus = (typeof documentReviewStatuses)[number];

export const documentRequestStatuses = ["open", "fulfilled", "cancelled"] as const;
export const documentRequestStatusEnum = pgEnum("document_request_status", documentRequestStatuses);
export type DocumentRequestStatus = (typeof documentRequestStatuses)[number];

// The creditor requests a checklist can be kept for (the negotiation log's request types, less "other").
export const evidenceRequestTypes = [
  "collection_pause",
  "payment_extension",
  "instalment_plan",
  "interest_waiver",
  "penalty_waiver",
  "settlement",
] as const;
export const evidenceRequestTypeEnum = pgEnum("evidence_request_type", evidenceRequestTypes);
export type EvidenceRequestType = (typeof evidenceRequestTypes)[number];

/**
 * One row (id = 1): a random namespace that prefixes every object key this database writes, so the
 * orphan sweep of one database never touches files another database (a test run, a second demo)
 * wrote into the same folder or bucket.
 */
export const documentStore = pgTable("document_store", {
  id: integer("id").primaryKey().default(1),
  namespace: uuid("namespace").notNull().defaultRandom(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A counsellor asks the client for a document; an upload against it fulfils it. */
export const documentRequests = pgTable(
  "document_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    kind: documentKindEnum("kind").notNull(),
    note: text("note"),
    dueDate: date("due_date", { mode: "string" }),
    status: documentRequestStatusEnum("status").notNull().default("open"),
    requestedById: uuid("requested_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    fulfilledAt: timestamp("fulfilled_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledById: uuid("cancelled_by_id").references(() => users.id, { onDelete: "restrict" }),
  },
  (t) => [
    index("document_requests_client_status_idx").on(t.clientId, t.status),
    index("document_requests_requested_by_idx").on(t.requestedById),
    index("document_requests_cancelled_by_idx").on(t.cancelledById),
  ],
);

/**
 * An uploaded file. The bytes live in object storage under `storageKey` (generated, never the
 * user's name); the row is inserted only after the object is written and verified.
 */
export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    requestId: uuid("request_id").references((): AnyPgColumn => documentRequests.id, { onDelete: "set null" }),
    kind: documentKindEnum("kind").notNull(),
    storageKey: text("storage_key").notNull(),
    originalName: text("original_name").notNull(),
    mimeType: text("mime_type").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    uploadedById: uuid("uploaded_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
    reviewStatus: documentReviewStatusEnum("review_status").notNull().default("pending"),
    reviewedById: uuid("reviewed_by_id").references(() => users.id, { onDelete: "restrict" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    // Stored as typed; the client sees it under a translated "Rejected" label.
    rejectionReason: text("rejection_reason"),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    deletedById: uuid("deleted_by_id").references(() => users.id, { onDelete: "restrict" }),
    deletionReason: text("deletion_reason"),
  },
  (t) => [
    uniqueIndex("documents_storage_key_idx").on(t.storageKey),
    uniqueIndex("documents_client_idempotency_idx").on(t.clientId, t.idempotencyKey),
    index("documents_client_uploaded_idx").on(t.clientId, t.uploadedAt),
    index("documents_pending_idx").on(t.clientId).where(sql`${t.reviewStatus} = 'pending' AND ${t.deletedAt} IS NULL`),
    index("documents_deleted_idx").on(t.deletedAt).where(sql`${t.deletedAt} IS NOT NULL`),
    index("documents_request_idx").on(t.requestId),
    index("documents_uploaded_by_idx").on(t.uploadedById),
    index("documents_reviewed_by_idx").on(t.reviewedById),
    index("documents_deleted_by_idx").on(t.deletedById),
    check("documents_size_check", sql`${t.sizeBytes} > 0`),
    check("documents_rejection_reason_check", sql`${t.reviewStatus} <> 'rejected' OR ${t.rejectionReason} IS NOT NULL`),
    check("documents_deletion_reason_check", sql`${t.deletedAt} IS NULL OR ${t.deletionReason} IS NOT NULL`),
  ],
);

/** Which kinds of evidence a creditor request usually needs; an admin edits it at /admin/evidence. */
export const evidenceChecklist = pgTable(
  "evidence_checklist",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestType: evidenceRequestTypeEnum("request_type").notNull(),
    kind: documentKindEnum("kind").notNull(),
    updatedById: uuid("updated_by_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("evidence_checklist_type_kind_idx").on(t.requestType, t.kind),
    index("evidence_checklist_updated_by_idx").on(t.updatedById),
  ],
);
