-- A closed case's next actions leave the dashboard: nobody will contact its creditors again. The
-- list stays what the log defines, for the cases that are not closed (lib/dal/dashboard-lists.int.test.ts);
-- closing a case takes its rows out, reopening puts back what its log defines, and a contact recorded
-- on a closed case adds none.
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
     AND NOT EXISTS (SELECT 1 FROM negotiation_entries fix WHERE fix.corrects_entry_id = NEW.id)
     AND NOT EXISTS (SELECT 1 FROM clients c WHERE c.id = NEW.client_id AND c.status = 'closed') THEN
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
-- One client's open next actions as the log defines them (the latest contact on each debt, not corrected).
CREATE OR REPLACE FUNCTION accord_client_next_actions(p_client uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO open_next_actions (entry_id, client_id, debt_id, creditor_id, contacted_at, next_action_date)
    SELECT e.id, e.client_id, e.debt_id, e.creditor_id, e.contacted_at, e.next_action_date
    FROM (SELECT *, max(contacted_at) OVER (PARTITION BY debt_id) AS latest FROM negotiation_entries WHERE client_id = p_client) e
    WHERE e.contacted_at = e.latest AND e.next_action_date IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM negotiation_entries fix WHERE fix.corrects_entry_id = e.id)
    ON CONFLICT DO NOTHING;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION accord_client_status_next_actions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'closed' AND OLD.status <> 'closed' THEN
    DELETE FROM open_next_actions WHERE client_id = NEW.id;
  ELSIF OLD.status = 'closed' AND NEW.status <> 'closed' THEN
    PERFORM accord_client_next_actions(NEW.id);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER clients_status_next_actions AFTER UPDATE OF status ON clients
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION accord_client_status_next_actions();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION accord_rebuild_dashboard_lists() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM open_next_actions;
  DELETE FROM unconfirmed_agreements;
  INSERT INTO open_next_actions (entry_id, client_id, debt_id, creditor_id, contacted_at, next_action_date)
    SELECT e.id, e.client_id, e.debt_id, e.creditor_id, e.contacted_at, e.next_action_date
    FROM (SELECT *, max(contacted_at) OVER (PARTITION BY debt_id) AS latest FROM negotiation_entries) e
    WHERE e.contacted_at = e.latest AND e.next_action_date IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM negotiation_entries fix WHERE fix.corrects_entry_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM clients c WHERE c.id = e.client_id AND c.status = 'closed');
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
--> statement-breakpoint
-- Cases closed before this release: end the work still waiting on them as closing now does
-- (lib/dal/case-closure.ts), each with an audit row by no one (the system).
WITH ended AS (
  UPDATE reviews r SET status = 'cancelled', updated_at = now(), version = r.version + 1
  FROM clients c WHERE c.id = r.client_id AND c.status = 'closed' AND r.status = 'scheduled'
  RETURNING r.id, r.client_id, r.due_on
)
INSERT INTO audit_log (actor_id, action, entity_type, entity_id, client_id, details)
  SELECT NULL, 'review.cancelled', 'review', id::text, client_id, jsonb_build_object('dueOn', due_on, 'because', 'client.closed') FROM ended;
--> statement-breakpoint
WITH ended AS (
  UPDATE document_requests d SET status = 'cancelled', cancelled_at = now()
  FROM clients c WHERE c.id = d.client_id AND c.status = 'closed' AND d.status = 'open'
  RETURNING d.id, d.client_id, d.title
)
INSERT INTO audit_log (actor_id, action, entity_type, entity_id, client_id, details)
  SELECT NULL, 'document_request.cancelled', 'document_request', id::text, client_id, jsonb_build_object('title', title, 'because', 'client.closed') FROM ended;
--> statement-breakpoint
WITH ended AS (
  UPDATE invitations i SET revoked_at = now()
  FROM clients c WHERE c.id = i.client_id AND c.status = 'closed' AND i.used_at IS NULL AND i.revoked_at IS NULL
  RETURNING i.id, i.client_id, i.email
)
INSERT INTO audit_log (actor_id, action, entity_type, entity_id, client_id, details)
  SELECT NULL, 'client.invitation_revoked', 'invitation', id::text, client_id, jsonb_build_object('email', email, 'because', 'client.closed') FROM ended;
