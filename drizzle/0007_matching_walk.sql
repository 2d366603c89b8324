ALTER TABLE "experts" ADD COLUMN "theme_ids" uuid[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "experts" ADD COLUMN "area_ids" uuid[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "experts" ADD COLUMN "last_inzet_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "expert_absences_centre_id_ends_on_index" ON "expert_absences" USING btree ("centre_id","ends_on");--> statement-breakpoint
CREATE INDEX "experts_centre_waiting_idx" ON "experts" USING btree ("centre_id","last_inzet_at" NULLS FIRST,"id") WHERE "experts"."status" = 'active';--> statement-breakpoint
CREATE INDEX "experts_centre_name_idx" ON "experts" USING btree ("centre_id","last_name","first_name","id");--> statement-breakpoint
CREATE INDEX "request_slots_centre_id_ends_at_index" ON "request_slots" USING btree ("centre_id","ends_at");--> statement-breakpoint
-- experts.theme_ids and experts.area_ids mirror expert_themes and expert_areas, so matching tests
-- "shares a theme" and "accepts this area" on the row it walks.
CREATE OR REPLACE FUNCTION tandem_refresh_theme_ids() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  changed uuid;
BEGIN
  FOR changed IN
    SELECT DISTINCT x FROM unnest(array[
      CASE WHEN TG_OP <> 'INSERT' THEN OLD.expert_id END,
      CASE WHEN TG_OP <> 'DELETE' THEN NEW.expert_id END]) x WHERE x IS NOT NULL
  LOOP
    UPDATE experts SET theme_ids = coalesce((
      SELECT array_agg(t.theme_id ORDER BY t.theme_id) FROM expert_themes t WHERE t.expert_id = changed), '{}')
    WHERE id = changed;
  END LOOP;
  RETURN NULL;
END $fn$;
--> statement-breakpoint
CREATE TRIGGER expert_themes_ids AFTER INSERT OR UPDATE OR DELETE ON expert_themes
FOR EACH ROW EXECUTE FUNCTION tandem_refresh_theme_ids();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tandem_refresh_area_ids() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  changed uuid;
BEGIN
  FOR changed IN
    SELECT DISTINCT x FROM unnest(array[
      CASE WHEN TG_OP <> 'INSERT' THEN OLD.expert_id END,
      CASE WHEN TG_OP <> 'DELETE' THEN NEW.expert_id END]) x WHERE x IS NOT NULL
  LOOP
    UPDATE experts SET area_ids = coalesce((
      SELECT array_agg(a.area_id ORDER BY a.area_id) FROM expert_areas a WHERE a.expert_id = changed), '{}')
    WHERE id = changed;
  END LOOP;
  RETURN NULL;
END $fn$;
--> statement-breakpoint
CREATE TRIGGER expert_areas_ids AFTER INSERT OR UPDATE OR DELETE ON expert_areas
FOR EACH ROW EXECUTE FUNCTION tandem_refresh_area_ids();
--> statement-breakpoint
-- experts.last_inzet_at: the start of the latest slot of any confirmed assignment (done or planned).
CREATE OR REPLACE FUNCTION tandem_refresh_last_inzet(expert uuid) RETURNS void
LANGUAGE sql AS $fn$
  UPDATE experts e SET last_inzet_at = latest.at
  FROM (SELECT max(s.starts_at) AS at FROM assignments a JOIN request_slots s ON s.request_id = a.request_id
        WHERE a.expert_id = expert AND a.status = 'confirmed') latest
  WHERE e.id = expert AND e.last_inzet_at IS DISTINCT FROM latest.at
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tandem_assignment_last_inzet() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM tandem_refresh_last_inzet(OLD.expert_id); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.expert_id <> OLD.expert_id) THEN
    PERFORM tandem_refresh_last_inzet(NEW.expert_id);
  END IF;
  RETURN NULL;
END $fn$;
--> statement-breakpoint
CREATE TRIGGER assignments_last_inzet AFTER INSERT OR DELETE OR UPDATE OF status, expert_id, request_id ON assignments
FOR EACH ROW EXECUTE FUNCTION tandem_assignment_last_inzet();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tandem_slot_last_inzet() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  changed uuid;
BEGIN
  FOR changed IN
    SELECT DISTINCT a.expert_id FROM assignments a
    WHERE a.status = 'confirmed' AND a.request_id IN (
      CASE WHEN TG_OP <> 'INSERT' THEN OLD.request_id END,
      CASE WHEN TG_OP <> 'DELETE' THEN NEW.request_id END)
  LOOP
    PERFORM tandem_refresh_last_inzet(changed);
  END LOOP;
  RETURN NULL;
END $fn$;
--> statement-breakpoint
CREATE TRIGGER request_slots_last_inzet AFTER INSERT OR DELETE OR UPDATE OF starts_at, request_id ON request_slots
FOR EACH ROW EXECUTE FUNCTION tandem_slot_last_inzet();
--> statement-breakpoint
UPDATE experts e SET theme_ids = coalesce((
  SELECT array_agg(t.theme_id ORDER BY t.theme_id) FROM expert_themes t WHERE t.expert_id = e.id), '{}');
--> statement-breakpoint
UPDATE experts e SET area_ids = coalesce((
  SELECT array_agg(a.area_id ORDER BY a.area_id) FROM expert_areas a WHERE a.expert_id = e.id), '{}');
--> statement-breakpoint
UPDATE experts e SET last_inzet_at = (
  SELECT max(s.starts_at) FROM assignments a JOIN request_slots s ON s.request_id = a.request_id
  WHERE a.expert_id = e.id AND a.status = 'confirmed');
