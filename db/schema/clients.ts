import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  pgEnum,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { localeEnum, users } from "./users";

export const clientStatuses = ["intake", "active", "negotiating", "plan_agreed", "monitoring", "closed"] as const;
export const clientStatusEnum = pgEnum("client_status", clientStatuses);
export type ClientStatus = (typeof clientStatuses)[number];

export const employmentStatuses = [
  "employed",
  "self_employed",
  "gig_work",
  "unemployed",
  "retired",
  "student",
  "unable_to_work",
  "other",
] as const;
export const employmentStatusEnum = pgEnum("employment_status", employmentStatuses);
export type EmploymentStatus = (typeof employmentStatuses)[number];

export const hardshipReasons = ["unemployment", "illness_injury", "income_drop", "family_emergency", "business_failure", "other"] as const;
export const hardshipReasonEnum = pgEnum("hardship_reason", hardshipReasons);
export type HardshipReason = (typeof hardshipReasons)[number];

export const vulnerabilityFlags = ["health", "mental_health", "disability", "language", "other"] as const;
export const vulnerabilityEnum = pgEnum("vulnerability", vulnerabilityFlags);
export type VulnerabilityFlag = (typeof vulnerabilityFlags)[number];

export const closureReasons = ["plan_completed", "debts_settled", "client_withdrew", "referred_elsewhere", "other"] as const;
export const closureReasonEnum = pgEnum("closure_reason", closureReasons);
export type ClosureReason = (typeof closureReasons)[number];

export const clientReferenceSeq = pgSequence("client_reference_seq", { startWith: 1 });

export const clients = pgTable(
  "clients",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // C-2026-00001: year of intake (agency time) and a sequence padded to five digits, longer when needed.
    reference: text("reference")
      .notNull()
      .default(
        sql`'C-' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY') || '-' || regexp_replace('0000' || nextval('client_reference_seq')::text, '^0*([0-9]{5,})$', '\\1')`,
      ),
    fullName: text("full_name").notNull(),
    phone: text("phone"),
    email: text("email"),
    dateOfBirth: date("date_of_birth", { mode: "string" }),
    preferredLanguage: localeEnum("preferred_language").notNull().default("zh-CN"),
    householdAdults: integer("household_adults").notNull().default(1),
    householdDependants: integer("household_dependants").notNull().default(0),
    employmentStatus: employmentStatusEnum("employment_status"),
    hardshipReasons: hardshipReasonEnum("hardship_reasons").array().notNull().default(sql`'{}'`),
    hardshipOther: text("hardship_other"),
    vulnerabilities: vulnerabilityEnum("vulnerabilities").array().notNull().default(sql`'{}'`),
    vulnerabilityOther: text("vulnerability_other"),
    notes: text("notes"),
    status: clientStatusEnum("status").notNull().default("intake"),
    closureReason: closureReasonEnum("closure_reason"),
    closureNote: text("closure_note"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    counsellorId: uuid("counsellor_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    portalUserId: uuid("portal_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    // Optimistic locking: every update must name the version it read.
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("clients_reference_idx").on(t.reference),
    index("clients_counsellor_status_idx").on(t.counsellorId, t.status),
    // A counsellor's (or team's) client ids, read from the index alone: the dashboard's sections
    // start from this list (visibleClientIds in lib/dal/access.ts).
    index("clients_counsellor_id_idx").on(t.counsellorId, t.id),
    uniqueIndex("clients_portal_user_idx").on(t.portalUserId),
    // Caseload pages: one index per allowed sort, scoped by counsellor (own/team) or agency-wide (admin).
    index("clients_counsellor_updated_idx").on(t.counsellorId, t.updatedAt),
    index("clients_counsellor_name_idx").on(t.counsellorId, t.fullName),
    index("clients_updated_idx").on(t.updatedAt),
    index("clients_created_idx").on(t.createdAt),
    index("clients_name_idx").on(t.fullName),
    index("clients_status_updated_idx").on(t.status, t.updatedAt),
    // Search without pg_trgm: prefix of the name or of its last word, prefix/suffix of the reference,
    // and the trailing digits of the phone (so 13800138000 finds +86 138 0013 8000).
    index("clients_name_prefix_idx").using("btree", sql`lower(${t.fullName}) text_pattern_ops`),
    index("clients_last_word_prefix_idx").using(
      "btree",
      sql`lower(regexp_replace(${t.fullName}, '^.*\\s', '')) text_pattern_ops`,
    ),
    index("clients_reference_prefix_idx").using("btree", sql`${t.reference} text_pattern_ops`),
    index("clients_reference_suffix_idx").using("btree", sql`reverse(${t.reference}) text_pattern_ops`),
    index("clients_phone_suffix_idx").using(
      "btree",
      sql`reverse(regexp_replace(coalesce(${t.phone}, ''), '[^0-9]', '', 'g')) text_pattern_ops`,
    ),
  ],
);
