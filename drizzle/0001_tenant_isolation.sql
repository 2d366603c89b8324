-- Tenant isolation. The app runs every request as the NOLOGIN role tandem_app inside a transaction
-- with app.centre set; row-level security then shows and accepts only that centre's rows.
-- Later migrations call tandem_isolate('new_table') for every new table with a centre_id.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tandem_app') THEN
    CREATE ROLE tandem_app NOLOGIN;
  END IF;
END $$;
--> statement-breakpoint
GRANT tandem_app TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO tandem_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tandem_isolate(tbl regclass, col text DEFAULT 'centre_id') RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS tenant ON %s', tbl);
  EXECUTE format(
    'CREATE POLICY tenant ON %s USING (%I = nullif(current_setting(''app.centre'', true), '''')::uuid) '
    'WITH CHECK (%I = nullif(current_setting(''app.centre'', true), '''')::uuid)', tbl, col, col);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO tandem_app', tbl);
END $fn$;
--> statement-breakpoint
SELECT tandem_isolate('centres', 'id');
--> statement-breakpoint
SELECT tandem_isolate(format('%I', c.table_name)::regclass)
FROM information_schema.columns c
WHERE c.table_schema = 'public' AND c.column_name = 'centre_id'
ORDER BY c.table_name;
--> statement-breakpoint
-- The tenant role may read names for display, never passwords, sessions or codes.
GRANT SELECT (id, name, email, locale) ON "user" TO tandem_app;
