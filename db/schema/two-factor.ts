import { bigint, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

// One confirmed authenticator per user. The secret is AES-GCM ciphertext (lib/auth/two-factor-crypto.ts),
// never the base32 text; `lastUsedStep` makes every code single use.
export const twoFactors = pgTable("two_factors", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretEnc: text("secret_enc").notNull(),
  lastUsedStep: bigint("last_used_step", { mode: "number" }),
  enabledAt: timestamp("enabled_at", { withTimezone: true }).notNull().defaultNow(),
});

// Ten per enrolment, shown once; only a keyed hash is kept. A used code keeps its row (used_at set).
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);
