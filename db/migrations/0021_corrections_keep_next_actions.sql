-- A corrected entry no longer counts as a contact on its debt: the correction restates it (another
-- time, another debt, other terms). Before this, the "no later contact" test and the "latest on the
-- debt" window counted corrected entries, so correcting a contact's time to earlier left neither it nor
-- its correction on the dashboard, and a contact logged on the wrong debt and corrected to another took
-- that debt's genuine next action away for good. The list stays what lib/dal/dashboard-lists.int.test.ts
-- defines: on each debt of a case that is not closed, the latest contacts that are not corrected, where
-- they name a next action.

-- One debt's open next actions as the log defines them, worked out again from scratch.
CREATE OR REPLACE FUNCTION accord_debt_next_actions(p_debt uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM open_next_actions WHERE debt_id = p_debt;
  INSERT INTO open_next_actions (entry_id, client_id, debt_id, creditor_id, contacted_at, next_action_date)
    SELECT e.id, e.client_id, e.debt_id, e.creditor_id, e.contacted_at, e.next_action_date
    FROM (SELECT n.*, max(n.contacted_at) OVER () AS latest FROM negotiation_entries n
          WHERE n.debt_id = p_debt AND NOT EXISTS (SELECT 1 FROM negotiation_entries fix WHERE fix.corrects_entry_id = n.id)) e
    WHERE e.contacted_at = e.latest AND e.next_action_date IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM clients c WHERE c.id = e.client_id AND c.status = 'closed');
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION accord_entry_dashboard_lists() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  corrected_debt uuid;
BEGIN
  -- Contacts on one debt are listed one at a time: two recorded at once cannot both stay "latest".
  PERFORM 1 FROM debts WHERE id = NEW.debt_id FOR NO KEY UPDATE;
  IF NEW.corrects_entry_id IS NOT NULL THEN
    DELETE FROM unconfirmed_agreements WHERE entry_id = NEW.corrects_entry_id;
    -- The corrected entry drops out of its debt's contacts: that debt's next action is worked out
    -- again without it (one it had superseded comes back), then the correction's own debt's.
    SELECT debt_id INTO corrected_debt FROM negotiation_entries WHERE id = NEW.corrects_entry_id;
    IF corrected_debt IS NOT NULL AND corrected_debt <> NEW.debt_id THEN
      PERFORM 1 FROM debts WHERE id = corrected_debt FOR NO KEY UPDATE;
      PERFORM accord_debt_next_actions(corrected_debt);
    END IF;
    PERFORM accord_debt_next_actions(NEW.debt_id);
  ELSE
    -- A later contact on the debt has acted on every earlier next action.
    DELETE FROM open_next_actions WHERE debt_id = NEW.debt_id AND contacted_at < NEW.contacted_at;
    IF NEW.next_action_date IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM negotiation_entries later WHERE later.debt_id = NEW.debt_id AND later.contacted_at > NEW.contacted_at
                         AND NOT EXISTS (SELECT 1 FROM negotiation_entries fix WHERE fix.corrects_entry_id = later.id))
       AND NOT EXISTS (SELECT 1 FROM negotiation_entries fix WHERE fix.corrects_entry_id = NEW.id)
       AND NOT EXISTS (SELECT 1 FROM clients c WHERE c.id = NEW.client_id AND c.status = 'closed') THEN
      INSERT INTO open_next_actions (entry_id, client_id, debt_id, creditor_id, contacted_at, next_action_date)
        VALUES (NEW.id, NEW.client_id, NEW.debt_id, NEW.creditor_id, NEW.contacted_at, NEW.next_action_date);
    END IF;
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
-- One client's open next actions as the log defines them (reopening a case): the latest contacts on
-- each debt that are not corrected.
CREATE OR REPLACE FUNCTION accord_client_next_actions(p_client uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO open_next_actions (entry_id, client_id, debt_id, creditor_id, contacted_at, next_action_date)
    SELECT e.id, e.client_id, e.debt_id, e.creditor_id, e.contacted_at, e.next_action_date
    FROM (SELECT n.*, max(n.contacted_at) OVER (PARTITION BY n.debt_id) AS latest FROM negotiation_entries n
          WHERE n.client_id = p_client AND NOT EXISTS (SELECT 1 FROM negotiation_entries fix WHERE fix.corrects_entry_id = n.id)) e
    WHERE e.contacted_at = e.latest AND e.next_action_date IS NOT NULL
    ON CONFLICT DO NOTHING;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION accord_rebuild_dashboard_lists() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM open_next_actions;
  DELETE FROM unconfirmed_agreements;
  INSERT INTO open_next_actions (entry_id, client_id, debt_id, creditor_id, contacted_at, next_action_date)
    SELECT e.id, e.client_id, e.debt_id, e.creditor_id, e.contacted_at, e.next_action_date
    FROM (SELECT n.*, max(n.contacted_at) OVER (PARTITION BY n.debt_id) AS latest FROM negotiation_entries n
          WHERE NOT EXISTS (SELECT 1 FROM negotiation_entries fix WHERE fix.corrects_entry_id = n.id)) e
    WHERE e.contacted_at = e.latest AND e.next_action_date IS NOT NULL
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
-- The lists as the log defines them now: next actions a correction had taken away come back.
SELECT accord_rebuild_dashboard_lists();
