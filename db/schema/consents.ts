import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clients } from "./clients";
import { users } from "./users";

export const consentScopes = ["sensitive_data", "creditor_contact"] as const;
export const consentScopeEnum = pgEnum("consent_scope", consentScopes);
export type ConsentScope = (typeof consentScopes)[number];

export const consentMethods = ["in_person", "portal_checkbox", "signed_form"] as const;
export const consentMethodEnum = pgEnum("consent_method", consentMethods);
export type ConsentMethod = (typeof consentMethods)[number];
/** What staff may record: the portal checkbox is the client's own act, recorded only through the portal. */
export const staffConsentMethods = ["in_person", "signed_form"] as const satisfies readonly ConsentMethod[];

// A consent is never deleted or edited: withdrawal fills the withdrawal columns, once.
export const consents = pgTable(
  "consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "restrict" }),
    scope: consentScopeEnum("scope").notNull(),
    wordingVersion: text("wording_version").notNull(),
    method: consentMethodEnum("method").notNull(),
    givenAt: timestamp("given_at", { withTimezone: true }).notNull(),
    recordedById: uuid("recorded_by_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawnById: uuid("withdrawn_by_id").references(() => users.id, { onDelete: "restrict" }),
    withdrawalNote: text("withdrawal_note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("consents_client_scope_idx").on(t.clientId, t.scope),
    index("consents_recorded_by_idx").on(t.recordedById),
    index("consents_withdrawn_by_idx").on(t.withdrawnById),
  ],
);
