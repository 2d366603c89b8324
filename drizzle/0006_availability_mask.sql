ALTER TABLE "experts" ADD COLUMN "availability_mask" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE OR REPLACE FUNCTION tandem_availability_bit(weekday smallint, part day_part) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
  SELECT 1 << ((weekday - 1) * 3 + CASE part WHEN 'morning' THEN 0 WHEN 'afternoon' THEN 1 ELSE 2 END)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tandem_refresh_availability_mask() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  changed uuid;
BEGIN
  FOR changed IN
    SELECT DISTINCT x FROM unnest(array[
      CASE WHEN TG_OP <> 'INSERT' THEN OLD.expert_id END,
      CASE WHEN TG_OP <> 'DELETE' THEN NEW.expert_id END]) x WHERE x IS NOT NULL
  LOOP
    UPDATE experts SET availability_mask = coalesce((
      SELECT bit_or(tandem_availability_bit(a.weekday, a.day_part)) FROM expert_availability a WHERE a.expert_id = changed), 0)
    WHERE id = changed;
  END LOOP;
  RETURN NULL;
END $fn$;
--> statement-breakpoint
CREATE TRIGGER expert_availability_mask AFTER INSERT OR UPDATE OR DELETE ON expert_availability
FOR EACH ROW EXECUTE FUNCTION tandem_refresh_availability_mask();
--> statement-breakpoint
UPDATE experts e SET availability_mask = coalesce((
  SELECT bit_or(tandem_availability_bit(a.weekday, a.day_part)) FROM expert_availability a WHERE a.expert_id = e.id), 0);
