import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clients } from "./clients";
import { users } from "./users";

export const notificationKinds = [
  "assignment",
  "client_upload",
  "change_reported",
  "outcome_feedback",
  "review_due",
  "next_action_due",
  "instalment_missed",
  "document_request_overdue",
] as const;
export const notificationKindEnum = pgEnum("notification_kind", notificationKinds);
export type NotificationKind = (typeof notificationKinds)[number];

/**
 * In-app notifications. The text is not stored: `kind` names the catalogue message
 * `notifications.kinds.<kind>` and `params` holds its ICU arguments, so each reader sees it in
 * their own language. `dedupeKey` makes writers idempotent (a job that runs twice inserts nothing twice).
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKindEnum("kind").notNull(),
    clientId: uuid("client_id").references(() => clients.id, { onDelete: "cascade" }),
    link: text("link").notNull(),
    params: jsonb("params").$type<Record<string, string | number>>().notNull().default(sql`'{}'::jsonb`),
    dedupeKey: text("dedupe_key"),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("notifications_user_dedupe_idx").on(t.userId, t.dedupeKey),
    index("notifications_user_read_created_idx").on(t.userId, t.readAt, t.createdAt.desc()),
    index("notifications_client_idx").on(t.clientId),
  ],
);

/**
 * One row per counsellor per agency-local day on which a digest was (being) sent. The job claims
 * the row before sending, so two runs or two servers never send the same digest twice.
 */
export const digestSends = pgTable(
  "digest_sends",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    itemCount: integer("item_count").notNull().default(0),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("digest_sends_user_day_idx").on(t.userId, t.day)],
);
