CREATE TYPE "public"."intervisie_attendance" AS ENUM('yes', 'no', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."intervisie_group_kind" AS ENUM('region', 'employer');--> statement-breakpoint
CREATE TYPE "public"."intervisie_method" AS ENUM('incidentmethode', 'balintmethode', 'roddelmethode', 'other');--> statement-breakpoint
CREATE TABLE "intervisie_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "intervisie_group_kind" NOT NULL,
	"area" text DEFAULT '' NOT NULL,
	"employer_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intervisie_groups_centreId_name_unique" UNIQUE("centre_id","name")
);
--> statement-breakpoint
CREATE TABLE "intervisie_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intervisie_members_groupId_expertId_unique" UNIQUE("group_id","expert_id")
);
--> statement-breakpoint
CREATE TABLE "intervisie_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"online_link" text DEFAULT '' NOT NULL,
	"method" "intervisie_method" DEFAULT 'incidentmethode' NOT NULL,
	"facilitator_user_id" uuid,
	"facilitator_name" text DEFAULT '' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"attendance_recorded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intervisie_signups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"signed_up_at" timestamp with time zone,
	"signed_off_at" timestamp with time zone,
	"attended" "intervisie_attendance" DEFAULT 'unknown' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intervisie_signups_sessionId_expertId_unique" UNIQUE("session_id","expert_id")
);
--> statement-breakpoint
ALTER TABLE "intervisie_groups" ADD CONSTRAINT "intervisie_groups_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervisie_groups" ADD CONSTRAINT "intervisie_groups_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervisie_members" ADD CONSTRAINT "intervisie_members_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervisie_members" ADD CONSTRAINT "intervisie_members_group_id_intervisie_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."intervisie_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervisie_members" ADD CONSTRAINT "intervisie_members_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervisie_sessions" ADD CONSTRAINT "intervisie_sessions_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervisie_sessions" ADD CONSTRAINT "intervisie_sessions_group_id_intervisie_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."intervisie_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervisie_sessions" ADD CONSTRAINT "intervisie_sessions_facilitator_user_id_user_id_fk" FOREIGN KEY ("facilitator_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervisie_signups" ADD CONSTRAINT "intervisie_signups_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervisie_signups" ADD CONSTRAINT "intervisie_signups_session_id_intervisie_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."intervisie_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervisie_signups" ADD CONSTRAINT "intervisie_signups_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intervisie_groups_centre_id_active_index" ON "intervisie_groups" USING btree ("centre_id","active");--> statement-breakpoint
CREATE INDEX "intervisie_members_expert_id_index" ON "intervisie_members" USING btree ("expert_id");--> statement-breakpoint
CREATE INDEX "intervisie_sessions_group_id_starts_at_index" ON "intervisie_sessions" USING btree ("group_id","starts_at");--> statement-breakpoint
CREATE INDEX "intervisie_sessions_centre_id_starts_at_index" ON "intervisie_sessions" USING btree ("centre_id","starts_at");--> statement-breakpoint
CREATE INDEX "intervisie_signups_expert_id_index" ON "intervisie_signups" USING btree ("expert_id");--> statement-breakpoint
-- hand-written below
SELECT tandem_isolate('intervisie_groups');--> statement-breakpoint
SELECT tandem_isolate('intervisie_members');--> statement-breakpoint
SELECT tandem_isolate('intervisie_sessions');--> statement-breakpoint
SELECT tandem_isolate('intervisie_signups');
