CREATE TYPE "public"."tandem_evaluation_side" AS ENUM('expert', 'professional');--> statement-breakpoint
CREATE TYPE "public"."tandem_log_side" AS ENUM('expert', 'professional', 'staff');--> statement-breakpoint
CREATE TYPE "public"."tandem_status" AS ENUM('planned', 'active', 'ended', 'stopped');--> statement-breakpoint
CREATE TABLE "tandem_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"tandem_id" uuid NOT NULL,
	"side" "tandem_evaluation_side" NOT NULL,
	"score" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tandem_evaluations_tandemId_side_unique" UNIQUE("tandem_id","side")
);
--> statement-breakpoint
CREATE TABLE "tandem_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"tandem_id" uuid NOT NULL,
	"author_id" uuid,
	"side" "tandem_log_side" NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tandem_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"tandem_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tandems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"contact_id" uuid,
	"professional_name" text DEFAULT '' NOT NULL,
	"professional_email" text DEFAULT '' NOT NULL,
	"professional_role" text DEFAULT '' NOT NULL,
	"purpose" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" "tandem_status" DEFAULT 'planned' NOT NULL,
	"stop_reason" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tandem_evaluations" ADD CONSTRAINT "tandem_evaluations_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandem_evaluations" ADD CONSTRAINT "tandem_evaluations_tandem_id_tandems_id_fk" FOREIGN KEY ("tandem_id") REFERENCES "public"."tandems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandem_evaluations" ADD CONSTRAINT "tandem_evaluations_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandem_log" ADD CONSTRAINT "tandem_log_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandem_log" ADD CONSTRAINT "tandem_log_tandem_id_tandems_id_fk" FOREIGN KEY ("tandem_id") REFERENCES "public"."tandems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandem_log" ADD CONSTRAINT "tandem_log_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandem_meetings" ADD CONSTRAINT "tandem_meetings_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandem_meetings" ADD CONSTRAINT "tandem_meetings_tandem_id_tandems_id_fk" FOREIGN KEY ("tandem_id") REFERENCES "public"."tandems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandem_meetings" ADD CONSTRAINT "tandem_meetings_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandems" ADD CONSTRAINT "tandems_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandems" ADD CONSTRAINT "tandems_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandems" ADD CONSTRAINT "tandems_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandems" ADD CONSTRAINT "tandems_contact_id_client_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."client_contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tandems" ADD CONSTRAINT "tandems_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tandem_log_tandem_id_created_at_index" ON "tandem_log" USING btree ("tandem_id","created_at");--> statement-breakpoint
CREATE INDEX "tandem_meetings_tandem_id_starts_at_index" ON "tandem_meetings" USING btree ("tandem_id","starts_at");--> statement-breakpoint
CREATE INDEX "tandem_meetings_centre_id_starts_at_index" ON "tandem_meetings" USING btree ("centre_id","starts_at");--> statement-breakpoint
CREATE INDEX "tandems_centre_id_status_index" ON "tandems" USING btree ("centre_id","status");--> statement-breakpoint
CREATE INDEX "tandems_expert_id_index" ON "tandems" USING btree ("expert_id");--> statement-breakpoint
CREATE INDEX "tandems_contact_id_index" ON "tandems" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "tandems_client_id_index" ON "tandems" USING btree ("client_id");--> statement-breakpoint
-- hand-written below (keep when regenerating)
SELECT tandem_isolate('tandems');--> statement-breakpoint
SELECT tandem_isolate('tandem_meetings');--> statement-breakpoint
SELECT tandem_isolate('tandem_log');--> statement-breakpoint
SELECT tandem_isolate('tandem_evaluations');--> statement-breakpoint
-- Inzet moments: every piece of work that counts for the fair spread, one row per moment, with the
-- first and the last time it happens. A new kind of inzet is one more UNION ALL arm here; matching
-- (month and quarter counts) and experts.last_inzet_at read this view only. security_invoker: the
-- reader's row-level security applies, so a centre sees its own moments only.
--   assignment      a confirmed assignment, from its first to its last slot
--   tandem_meeting  a meeting of a tandem that runs or ran (a stopped tandem: up to its end date)
CREATE VIEW inzet_moments WITH (security_invoker = true) AS
  SELECT a.centre_id, a.expert_id, 'assignment'::text AS kind, a.id AS source_id, f.first_at, f.last_at
  FROM assignments a
  CROSS JOIN LATERAL (SELECT min(rs.starts_at) AS first_at, max(rs.starts_at) AS last_at
    FROM request_slots rs WHERE rs.request_id = a.request_id) f
  WHERE a.status = 'confirmed'
  UNION ALL
  SELECT m.centre_id, t.expert_id, 'tandem_meeting'::text AS kind, m.id AS source_id, m.starts_at AS first_at,
    m.starts_at AS last_at
  FROM tandem_meetings m JOIN tandems t ON t.id = m.tandem_id
  WHERE t.status IN ('active', 'ended')
    OR (t.status = 'stopped' AND (m.starts_at AT TIME ZONE 'Europe/Amsterdam')::date <= t.ends_on)
  UNION ALL
  -- a policy session an expert took part in (beleid: counted as inzet, fairly spread)
  SELECT pa.centre_id, pa.expert_id, 'policy_session'::text AS kind, pa.id AS source_id, s.starts_at AS first_at,
    s.starts_at AS last_at
  FROM policy_attendance pa JOIN policy_sessions s ON s.id = pa.session_id;
--> statement-breakpoint
GRANT SELECT ON inzet_moments TO tandem_app;--> statement-breakpoint
GRANT SELECT ON inzet_moments TO tandem_app_system;--> statement-breakpoint
-- experts.last_inzet_at: the latest moment of any inzet (done or planned), from inzet_moments.
CREATE OR REPLACE FUNCTION tandem_refresh_last_inzet(expert uuid) RETURNS void
LANGUAGE sql AS $fn$
  UPDATE experts e SET last_inzet_at = latest.at
  FROM (SELECT max(m.last_at) AS at FROM inzet_moments m WHERE m.expert_id = expert) latest
  WHERE e.id = expert AND e.last_inzet_at IS DISTINCT FROM latest.at
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tandem_meeting_last_inzet() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  changed uuid;
BEGIN
  FOR changed IN
    SELECT DISTINCT t.expert_id FROM tandems t WHERE t.id IN (
      CASE WHEN TG_OP <> 'INSERT' THEN OLD.tandem_id END,
      CASE WHEN TG_OP <> 'DELETE' THEN NEW.tandem_id END)
  LOOP
    PERFORM tandem_refresh_last_inzet(changed);
  END LOOP;
  RETURN NULL;
END $fn$;
--> statement-breakpoint
CREATE TRIGGER tandem_meetings_last_inzet AFTER INSERT OR DELETE OR UPDATE OF starts_at, tandem_id ON tandem_meetings
FOR EACH ROW EXECUTE FUNCTION tandem_meeting_last_inzet();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tandem_tandem_last_inzet() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM tandem_refresh_last_inzet(OLD.expert_id); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.expert_id <> OLD.expert_id) THEN
    PERFORM tandem_refresh_last_inzet(NEW.expert_id);
  END IF;
  RETURN NULL;
END $fn$;
--> statement-breakpoint
CREATE TRIGGER tandems_last_inzet AFTER DELETE OR UPDATE OF status, expert_id, ends_on ON tandems
FOR EACH ROW EXECUTE FUNCTION tandem_tandem_last_inzet();

--> statement-breakpoint
CREATE OR REPLACE FUNCTION tandem_policy_attendance_last_inzet() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM tandem_refresh_last_inzet(OLD.expert_id); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM tandem_refresh_last_inzet(NEW.expert_id); END IF;
  RETURN NULL;
END $fn$;
--> statement-breakpoint
CREATE TRIGGER policy_attendance_last_inzet AFTER INSERT OR DELETE OR UPDATE OF expert_id, session_id ON policy_attendance
FOR EACH ROW EXECUTE FUNCTION tandem_policy_attendance_last_inzet();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tandem_policy_session_last_inzet() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  changed uuid;
BEGIN
  FOR changed IN SELECT DISTINCT pa.expert_id FROM policy_attendance pa WHERE pa.session_id = NEW.id LOOP
    PERFORM tandem_refresh_last_inzet(changed);
  END LOOP;
  RETURN NULL;
END $fn$;
--> statement-breakpoint
CREATE TRIGGER policy_sessions_last_inzet AFTER UPDATE OF starts_at ON policy_sessions
FOR EACH ROW EXECUTE FUNCTION tandem_policy_session_last_inzet();
--> statement-breakpoint
UPDATE experts e SET last_inzet_at = (SELECT max(m.last_at) FROM inzet_moments m WHERE m.expert_id = e.id);
