-- The negotiation log is append-only: a mistake is corrected by a new entry (corrects_entry_id),
-- and a written confirmation of an oral agreement is its own row, so neither is ever edited.
CREATE TRIGGER negotiation_entries_append_only BEFORE UPDATE OR DELETE ON negotiation_entries
  FOR EACH ROW EXECUTE FUNCTION accord_refuse_change();
--> statement-breakpoint
CREATE TRIGGER negotiation_entries_no_truncate BEFORE TRUNCATE ON negotiation_entries
  FOR EACH STATEMENT EXECUTE FUNCTION accord_refuse_change();
--> statement-breakpoint
CREATE TRIGGER agreement_confirmations_append_only BEFORE UPDATE OR DELETE ON agreement_confirmations
  FOR EACH ROW EXECUTE FUNCTION accord_refuse_change();
