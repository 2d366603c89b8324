CREATE TYPE "public"."checklist_state" AS ENUM('open', 'done', 'no');--> statement-breakpoint
CREATE TYPE "public"."employer_stage" AS ENUM('informed', 'considering', 'decided', 'implementing', 'at_work', 'evaluated', 'stopped');--> statement-breakpoint
CREATE TABLE "checklist_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"key" text,
	"label" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checklist_items_centreId_label_unique" UNIQUE("centre_id","label"),
	CONSTRAINT "checklist_items_centreId_key_unique" UNIQUE("centre_id","key")
);
--> statement-breakpoint
CREATE TABLE "employer_checklist" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"state" "checklist_state" DEFAULT 'open' NOT NULL,
	"due_on" date,
	"note" text DEFAULT '' NOT NULL,
	"changed_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_checklist_employerId_itemId_unique" UNIQUE("employer_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "employer_stage_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"from_stage" "employer_stage",
	"to_stage" "employer_stage" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"changed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"name" text NOT NULL,
	"sector" "sector" NOT NULL,
	"client_id" uuid,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"stage" "employer_stage" DEFAULT 'informed' NOT NULL,
	"stage_since" date NOT NULL,
	"info_meeting_on" date,
	"material_sent_on" date,
	"next_action" text DEFAULT '' NOT NULL,
	"next_action_on" date,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employers_centreId_name_unique" UNIQUE("centre_id","name")
);
--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_checklist" ADD CONSTRAINT "employer_checklist_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_checklist" ADD CONSTRAINT "employer_checklist_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_checklist" ADD CONSTRAINT "employer_checklist_item_id_checklist_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."checklist_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_checklist" ADD CONSTRAINT "employer_checklist_changed_by_user_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_stage_changes" ADD CONSTRAINT "employer_stage_changes_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_stage_changes" ADD CONSTRAINT "employer_stage_changes_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_stage_changes" ADD CONSTRAINT "employer_stage_changes_changed_by_user_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employer_checklist_centre_id_state_index" ON "employer_checklist" USING btree ("centre_id","state");--> statement-breakpoint
CREATE INDEX "employer_stage_changes_employer_id_index" ON "employer_stage_changes" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "employers_centre_id_stage_index" ON "employers" USING btree ("centre_id","stage");--> statement-breakpoint
SELECT tandem_isolate('employers');--> statement-breakpoint
SELECT tandem_isolate('employer_stage_changes');--> statement-breakpoint
SELECT tandem_isolate('checklist_items');--> statement-breakpoint
SELECT tandem_isolate('employer_checklist');--> statement-breakpoint
INSERT INTO "checklist_items" ("centre_id", "key", "label", "position")
SELECT c.id, d.key, d.label, d.position
FROM "centres" c
CROSS JOIN (VALUES
  ('job_profile', 'Functieprofiel', 1),
  ('contract_type', 'Soort contract', 2),
  ('pay_scale', 'Loonschaal', 3),
  ('supervisor', 'Vaste begeleider bij de werkgever', 4),
  ('intervisie_room', 'Ruimte voor intervisie in werktijd', 5),
  ('colleagues_prepared', 'Collega''s zijn voorbereid', 6),
  ('evaluation_moment', 'Moment van evaluatie afgesproken', 7)
) AS d(key, label, position);
