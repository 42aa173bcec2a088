import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { clients } from "./clients";
import { creditors } from "./creditors";
import { debts } from "./debts";
import { documents } from "./documents";
import { users } from "./users";

export const negotiationChannels = ["in_app", "phone", "branch", "letter", "email", "other"] as const;
export const negotiationChannelEnum = pgEnum("negotiation_channel", negotiationChannels);
export type NegotiationChannel = (typeof negotiationChannels)[number];

export const negotiationRequestTypes = [
  "collection_pause",
  "payment_extension",
  "instalment_plan",
  "interest_waiver",
  "penalty_waiver",
  "settlement",
  "other",
] as const;
export const negotiationRequestTypeEnum = pgEnum("negotiation_request_type", negotiationRequestTypes);
export type NegotiationRequestType = (typeof negotiationRequestTypes)[number];

export const negotiationOutcomes = ["agreed", "partially_agreed", "rejected", "pending", "no_response", "escalated"] as const;
export const negotiationOutcomeEnum = pgEnum("negotiation_outcome", negotiationOutcomes);
export type NegotiationOutcome = (typeof negotiationOutcomes)[number];

/** Outcomes that carry agreed terms (and, when oral, need a written confirmation). */
export const agreedOutcomes = ["agreed", "partially_agreed"] as const satisfies readonly NegotiationOutcome[];
/** Channels where an agreement is only spoken or typed in a chat, so it needs confirming. */
export const oralChannels = ["phone", "in_app"] as const satisfies readonly NegotiationChannel[];

/**
 * One contact with a creditor. Append-only (a trigger refuses UPDATE and DELETE): a mistake is
 * corrected by a new row whose `corrects_entry_id` names the one it replaces. Every foreign key is
 * RESTRICT because a cascade would be a delete the trigger refuses anyway.
 */
export const negotiationEntries = pgTable(
  "negotiation_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "restrict" }),
    debtId: uuid("debt_id")
      .notNull()
      .references(() => debts.id, { onDelete: "restrict" }),
    // Denormalised from the debt and the client at insert time, for analytics without joins.
    creditorId: uuid("creditor_id")
      .notNull()
      .references(() => creditors.id, { onDelete: "restrict" }),
    counsellorId: uuid("counsellor_id").references(() => users.id, { onDelete: "restrict" }),
    recordedById: uuid("recorded_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    contactedAt: timestamp("contacted_at", { withTimezone: true }).notNull(),
    channel: negotiationChannelEnum("channel").notNull(),
    counterpartName: text("counterpart_name").notNull(),
    counterpartReference: text("counterpart_reference"),
    requestType: negotiationRequestTypeEnum("request_type").notNull(),
    currency: text("currency").notNull(),
    requestedMonths: integer("requested_months"),
    requestedAmount: bigint("requested_amount", { mode: "number" }),
    requestedInterestWaiver: bigint("requested_interest_waiver", { mode: "number" }),
    requestedPenaltyWaiver: bigint("requested_penalty_waiver", { mode: "number" }),
    requestedPauseUntil: date("requested_pause_until", { mode: "string" }),
    outcome: negotiationOutcomeEnum("outcome").notNull(),
    grantedMonths: integer("granted_months"),
    waivedInterest: bigint("waived_interest", { mode: "number" }),
    waivedPenalty: bigint("waived_penalty", { mode: "number" }),
    agreedMonthlyAmount: bigint("agreed_monthly_amount", { mode: "number" }),
    agreedPauseUntil: date("agreed_pause_until", { mode: "string" }),
    notes: text("notes"),
    nextActionDate: date("next_action_date", { mode: "string" }),
    // Computed at insert: the creditor was contacted while a collection pause on this debt ran.
    duringPause: boolean("during_pause").notNull().default(false),
    correctsEntryId: uuid("corrects_entry_id").references((): AnyPgColumn => negotiationEntries.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("negotiation_entries_client_idx").on(t.clientId),
    index("negotiation_entries_debt_idx").on(t.debtId),
    index("negotiation_entries_creditor_type_at_idx").on(t.creditorId, t.requestType, t.contactedAt),
    index("negotiation_entries_counsellor_at_idx").on(t.counsellorId, t.contactedAt),
    index("negotiation_entries_outcome_idx").on(t.outcome),
    index("negotiation_entries_next_action_idx").on(t.nextActionDate),
    index("negotiation_entries_recorded_by_idx").on(t.recordedById),
    // One correction per entry: a second mistake is corrected by correcting the correction.
    uniqueIndex("negotiation_entries_corrects_idx").on(t.correctsEntryId),
    check(
      "negotiation_entries_amounts_check",
      sql`coalesce(${t.requestedAmount}, 0) >= 0 AND coalesce(${t.requestedInterestWaiver}, 0) >= 0 AND coalesce(${t.requestedPenaltyWaiver}, 0) >= 0
        AND coalesce(${t.waivedInterest}, 0) >= 0 AND coalesce(${t.waivedPenalty}, 0) >= 0 AND coalesce(${t.agreedMonthlyAmount}, 0) >= 0`,
    ),
    check("negotiation_entries_months_check", sql`coalesce(${t.requestedMonths}, 1) BETWEEN 1 AND 600 AND coalesce(${t.grantedMonths}, 1) BETWEEN 1 AND 600`),
  ],
);

/**
 * Written confirmation of an oral agreement: a signed agreement document or a reference (call
 * recording id, ticket number). A separate row, so the entry itself never changes.
 */
export const agreementConfirmations = pgTable(
  "agreement_confirmations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => negotiationEntries.id, { onDelete: "restrict" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "restrict" }),
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "restrict" }),
    reference: text("reference"),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("agreement_confirmations_entry_idx").on(t.entryId),
    index("agreement_confirmations_client_idx").on(t.clientId),
    index("agreement_confirmations_document_idx").on(t.documentId),
    index("agreement_confirmations_created_by_idx").on(t.createdById),
    check("agreement_confirmations_evidence_check", sql`${t.documentId} IS NOT NULL OR ${t.reference} IS NOT NULL`),
  ],
);

/** A collection pause (停催) a creditor granted on one debt, usually agreed in a logged contact. */
export const collectionPauses = pgTable(
  "collection_pauses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "restrict" }),
    debtId: uuid("debt_id")
      .notNull()
      .references(() => debts.id, { onDelete: "restrict" }),
    entryId: uuid("entry_id").references(() => negotiationEntries.id, { onDelete: "restrict" }),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    grantedBy: text("granted_by").notNull(),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("collection_pauses_client_idx").on(t.clientId),
    index("collection_pauses_debt_dates_idx").on(t.debtId, t.startDate, t.endDate),
    index("collection_pauses_end_idx").on(t.endDate),
    index("collection_pauses_entry_idx").on(t.entryId),
    index("collection_pauses_created_by_idx").on(t.createdById),
    check("collection_pauses_dates_check", sql`${t.endDate} >= ${t.startDate}`),
  ],
);

/**
 * The entries whose next action is still open: the latest contact on their debt (no later
 * `contacted_at` on it; contacts at the same instant are all latest) and not corrected, with a next
 * action date. Derived from the log and kept by triggers in the same transaction as each entry
 * (migration 0016), so the dashboard reads the few open ones per client instead of testing every
 * entry of every client for a later contact and a correction. Never written by the app.
 */
export const openNextActions = pgTable(
  "open_next_actions",
  {
    entryId: uuid("entry_id")
      .primaryKey()
      .references(() => negotiationEntries.id, { onDelete: "cascade" }),
    clientId: uuid("client_id").notNull(),
    debtId: uuid("debt_id").notNull(),
    creditorId: uuid("creditor_id").notNull(),
    contactedAt: timestamp("contacted_at", { withTimezone: true }).notNull(),
    nextActionDate: date("next_action_date", { mode: "string" }).notNull(),
  },
  (t) => [
    // Every column the dashboard reads: answered from the index alone, per visible client.
    index("open_next_actions_client_idx").on(t.clientId, t.nextActionDate, t.entryId, t.creditorId, t.contactedAt),
    index("open_next_actions_debt_idx").on(t.debtId, t.contactedAt),
  ],
);

/**
 * Oral agreements (agreed or partly agreed by phone or in-app chat) not corrected and with no written
 * confirmation yet. Derived and kept by triggers like `openNextActions` (a confirmation removes its
 * entry). Never written by the app.
 */
export const unconfirmedAgreements = pgTable(
  "unconfirmed_agreements",
  {
    entryId: uuid("entry_id")
      .primaryKey()
      .references(() => negotiationEntries.id, { onDelete: "cascade" }),
    clientId: uuid("client_id").notNull(),
    creditorId: uuid("creditor_id").notNull(),
    contactedAt: timestamp("contacted_at", { withTimezone: true }).notNull(),
    nextActionDate: date("next_action_date", { mode: "string" }),
  },
  (t) => [index("unconfirmed_agreements_client_idx").on(t.clientId, t.contactedAt, t.entryId, t.creditorId, t.nextActionDate)],
);
