CREATE TABLE "open_next_actions" (
	"entry_id" uuid PRIMARY KEY NOT NULL,
	"client_id" uuid NOT NULL,
	"debt_id" uuid NOT NULL,
	"creditor_id" uuid NOT NULL,
	"contacted_at" timestamp with time zone NOT NULL,
	"next_action_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unconfirmed_agreements" (
	"entry_id" uuid PRIMARY KEY NOT NULL,
	"client_id" uuid NOT NULL,
	"creditor_id" uuid NOT NULL,
	"contacted_at" timestamp with time zone NOT NULL,
	"next_action_date" date
);
--> statement-breakpoint
DROP INDEX "negotiation_entries_client_next_action_idx";--> statement-breakpoint
DROP INDEX "negotiation_entries_client_oral_agreed_idx";--> statement-breakpoint
ALTER TABLE "open_next_actions" ADD CONSTRAINT "open_next_actions_entry_id_negotiation_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."negotiation_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unconfirmed_agreements" ADD CONSTRAINT "unconfirmed_agreements_entry_id_negotiation_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."negotiation_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "open_next_actions_client_idx" ON "open_next_actions" USING btree ("client_id","next_action_date","entry_id","creditor_id","contacted_at");--> statement-breakpoint
CREATE INDEX "open_next_actions_debt_idx" ON "open_next_actions" USING btree ("debt_id","contacted_at");--> statement-breakpoint
CREATE INDEX "unconfirmed_agreements_client_idx" ON "unconfirmed_agreements" USING btree ("client_id","contacted_at","entry_id","creditor_id","next_action_date");--> statement-breakpoint
-- The two dashboard lists are derived from the append-only log and kept here, in the transaction
-- of each entry or confirmation, so no code path that writes the log can leave them stale.
-- The agreed outcomes and oral channels are those of db/schema/negotiations.ts (agreedOutcomes,
-- oralChannels); lib/dal/dashboard-lists.int.test.ts compares the lists with their definition.
CREATE OR REPLACE FUNCTION accord_entry_dashboard_lists() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Contacts on one debt are listed one at a time: two recorded at once cannot both stay "latest".
  PERFORM 1 FROM debts WHERE id = NEW.debt_id FOR NO KEY UPDATE;
  IF NEW.corrects_entry_id IS NOT NULL THEN
    DELETE FROM open_next_actions WHERE entry_id = NEW.corrects_entry_id;
    DELETE FROM unconfirmed_agreements WHERE entry_id = NEW.corrects_entry_id;
  END IF;
  -- A later contact on the debt has acted on every earlier next action.
  DELETE FROM open_next_actions WHERE debt_id = NEW.debt_id AND contacted_at < NEW.contacted_at;
  IF NEW.next_action_date IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM negotiation_entries later WHERE later.debt_id = NEW.debt_id AND later.contacted_at > NEW.contacted_at)
     AND NOT EXISTS (SELECT 1 FROM negotiation_entries fix WHERE fix.corrects_entry_id = NEW.id) THEN
    INSERT INTO open_next_actions (entry_id, client_id, debt_id, creditor_id, contacted_at, next_action_date)
      VALUES (NEW.id, NEW.client_id, NEW.debt_id, NEW.creditor_id, NEW.contacted_at, NEW.next_action_date);
  END IF;
  IF NEW.outcome IN ('agreed', 'partially_agreed') AND NEW.channel IN ('phone', 'in_app')
     AND NOT EXISTS (SELECT 1 FROM negotiation_entries fix WHERE fix.corrects_entry_id = NEW.id) THEN
    INSERT INTO unconfirmed_agreements (entry_id, client_id, creditor_id, contacted_at, next_action_date)
      VALUES (NEW.id, NEW.client_id, NEW.creditor_id, NEW.contacted_at, NEW.next_action_date);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER negotiation_entries_dashboard_lists AFTER INSERT ON negotiation_entries
  FOR EACH ROW EXECUTE FUNCTION accord_entry_dashboard_lists();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION accord_confirmation_dashboard_lists() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM unconfirmed_agreements WHERE entry_id = NEW.entry_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER agreement_confirmations_dashboard_lists AFTER INSERT ON agreement_confirmations
  FOR EACH ROW EXECUTE FUNCTION accord_confirmation_dashboard_lists();
--> statement-breakpoint
-- Both lists from scratch, in one pass over the log each: for the entries already recorded, and for
-- a bulk load that ran with the triggers off (the benchmark's generated agency).
CREATE OR REPLACE FUNCTION accord_rebuild_dashboard_lists() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM open_next_actions;
  DELETE FROM unconfirmed_agreements;
  INSERT INTO open_next_actions (entry_id, client_id, debt_id, creditor_id, contacted_at, next_action_date)
    SELECT e.id, e.client_id, e.debt_id, e.creditor_id, e.contacted_at, e.next_action_date
    FROM (SELECT *, max(contacted_at) OVER (PARTITION BY debt_id) AS latest FROM negotiation_entries) e
    WHERE e.contacted_at = e.latest AND e.next_action_date IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM negotiation_entries fix WHERE fix.corrects_entry_id = e.id);
  INSERT INTO unconfirmed_agreements (entry_id, client_id, creditor_id, contacted_at, next_action_date)
    SELECT e.id, e.client_id, e.creditor_id, e.contacted_at, e.next_action_date
    FROM negotiation_entries e
    WHERE e.outcome IN ('agreed', 'partially_agreed') AND e.channel IN ('phone', 'in_app')
      AND NOT EXISTS (SELECT 1 FROM negotiation_entries fix WHERE fix.corrects_entry_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM agreement_confirmations c WHERE c.entry_id = e.id);
END;
$$;
--> statement-breakpoint
SELECT accord_rebuild_dashboard_lists();
