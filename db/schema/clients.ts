import { sql } from "drizzle-orm";
import {
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
    preferredLanguage: localeEnum("preferred_language").notNull().default("zh-CN"),
    status: clientStatusEnum("status").notNull().default("intake"),
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
    uniqueIndex("clients_portal_user_idx").on(t.portalUserId),
  ],
);
