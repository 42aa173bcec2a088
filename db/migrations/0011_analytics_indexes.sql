-- Outcome analytics (lib/dal/analytics.ts) read a year of negotiation entries per request. These
-- covering indexes let every analytics query be an index-only range walk: by date (admins, the whole
-- agency) and by counsellor and date (a supervisor's team, one walk per counsellor). Entries are
-- append-only and logged at human speed, so the extra index writes cost little.
CREATE INDEX IF NOT EXISTS "negotiation_entries_at_cover_idx" ON "negotiation_entries" ("contacted_at")
  INCLUDE ("id", "client_id", "debt_id", "counsellor_id", "creditor_id", "request_type", "channel", "outcome", "granted_months", "currency", "waived_interest", "waived_penalty");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "negotiation_entries_counsellor_at_cover_idx" ON "negotiation_entries" ("counsellor_id", "contacted_at")
  INCLUDE ("id", "client_id", "debt_id", "creditor_id", "request_type", "channel", "outcome", "granted_months", "currency", "waived_interest", "waived_penalty");
--> statement-breakpoint
-- The first contact about a request (days to agreement): one index probe per agreed request.
CREATE INDEX IF NOT EXISTS "negotiation_entries_request_first_idx" ON "negotiation_entries" ("debt_id", "request_type", "contacted_at") INCLUDE ("id");
