-- Least privilege (issue 14.8, docs/decisions/004-database-roles.md).
-- Role names: the migrator replaces the word tandem_app in every migration by DATABASE_APP_ROLE, so two
-- Tandem databases in one cluster each have their own roles. Three roles besides the owner:
--   tandem_app         NOLOGIN, the tenant role every request runs as (row-level security by app.centre)
--   tandem_app_system  NOLOGIN, what the app does outside a centre (sign-in, setup, public form, jobs)
--   the app's login    DATABASE_URL's user when MIGRATE_DATABASE_URL is set: granted the two above, never the owner
-- The owner (who runs this) needs no superuser: CREATEROLE is enough.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tandem_app_system') THEN
    CREATE ROLE tandem_app_system NOLOGIN;
  END IF;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO tandem_app_system;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO tandem_app_system;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO tandem_app_system;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tandem_app_system;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO tandem_app_system;
--> statement-breakpoint
-- Which tenant role this database uses (read by the app to `set local role`).
CREATE OR REPLACE FUNCTION tandem_tenant_role() RETURNS text LANGUAGE sql IMMUTABLE AS $fn$ SELECT 'tandem_app'::text $fn$;
--> statement-breakpoint
-- Every isolated table: the tenant policy as before, plus the system role and the owner see all rows
-- (with FORCE ROW LEVEL SECURITY a non-superuser owner would otherwise see nothing).
CREATE OR REPLACE FUNCTION tandem_isolate(tbl regclass, col text DEFAULT 'centre_id') RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS tenant ON %s', tbl);
  EXECUTE format(
    'CREATE POLICY tenant ON %s TO tandem_app USING (%I = nullif(current_setting(''app.centre'', true), '''')::uuid) '
    'WITH CHECK (%I = nullif(current_setting(''app.centre'', true), '''')::uuid)', tbl, col, col);
  EXECUTE format('DROP POLICY IF EXISTS system ON %s', tbl);
  EXECUTE format('CREATE POLICY system ON %s TO tandem_app_system USING (true) WITH CHECK (true)', tbl);
  EXECUTE format('DROP POLICY IF EXISTS owner ON %s', tbl);
  EXECUTE format('CREATE POLICY owner ON %s TO %I USING (true) WITH CHECK (true)', tbl, current_user);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO tandem_app', tbl);
END $fn$;
--> statement-breakpoint
SELECT tandem_isolate(format('%I', c.relname)::regclass, CASE WHEN c.relname = 'centres' THEN 'id' ELSE 'centre_id' END)
FROM pg_class c
WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND c.relrowsecurity
ORDER BY c.relname;
--> statement-breakpoint
-- Users are shared between centres: the tenant role sees only the people with a membership in its
-- centre (memberships are themselves isolated), and still only the columns granted in 0001 and 0004.
ALTER TABLE "user" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "user" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY members ON "user" FOR SELECT TO tandem_app
  USING (EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = "user".id));
--> statement-breakpoint
CREATE POLICY system ON "user" TO tandem_app_system USING (true) WITH CHECK (true);
--> statement-breakpoint
DO $$ BEGIN
  EXECUTE format('CREATE POLICY owner ON "user" TO %I USING (true) WITH CHECK (true)', current_user);
END $$;
