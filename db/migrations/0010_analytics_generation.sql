-- A counter that moves whenever an outcome-analytics figure could change: a new negotiation entry
-- (entries are append-only, corrections included), a client moving to another counsellor, or a
-- counsellor moving to another supervisor (team scope). Cached reports are keyed by it, so a cache
-- hit is always exact. Statement-level: one bump per write statement, however many rows.
CREATE TABLE analytics_generation (
  id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  n bigint NOT NULL DEFAULT 0
);
--> statement-breakpoint
INSERT INTO analytics_generation (id, n) VALUES (1, 0);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION accord_bump_analytics_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE analytics_generation SET n = n + 1 WHERE id = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER negotiation_entries_bump_analytics AFTER INSERT ON negotiation_entries
  FOR EACH STATEMENT EXECUTE FUNCTION accord_bump_analytics_generation();
--> statement-breakpoint
CREATE TRIGGER clients_bump_analytics AFTER UPDATE OF counsellor_id ON clients
  FOR EACH STATEMENT EXECUTE FUNCTION accord_bump_analytics_generation();
--> statement-breakpoint
CREATE TRIGGER users_bump_analytics AFTER UPDATE OF supervisor_id ON users
  FOR EACH STATEMENT EXECUTE FUNCTION accord_bump_analytics_generation();
