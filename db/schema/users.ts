import { sql } from "drizzle-orm";
import {
  boolean,
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

export const roles = ["admin", "supervisor", "counsellor", "client"] as const;
export const roleEnum = pgEnum("role", roles);
export type Role = (typeof roles)[number];

export const locales = ["en", "zh-CN"] as const;
export const localeEnum = pgEnum("locale", locales);
export type Locale = (typeof locales)[number];

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: roleEnum("role").notNull(),
    supervisorId: uuid("supervisor_id").references((): AnyPgColumn => users.id, { onDelete: "set null" }),
    locale: localeEnum("locale").notNull().default("en"),
    active: boolean("active").notNull().default(true),
    // Bumped on password change, deactivation and role change: tokens carrying an older value stop working.
    sessionVersion: integer("session_version").notNull().default(1),
    passwordHash: text("password_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`),
    index("users_supervisor_idx").on(t.supervisorId),
    index("users_role_idx").on(t.role),
  ],
);
