CREATE TYPE "public"."policy_phase" AS ENUM('verkennen', 'ontwerpen', 'besluiten', 'uitvoeren', 'evalueren');--> statement-breakpoint
CREATE TABLE "policy_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_attendance_sessionId_expertId_unique" UNIQUE("session_id","expert_id")
);
--> statement-breakpoint
CREATE TABLE "policy_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"text" text NOT NULL,
	"changed_on" date NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"session_id" uuid,
	"expert_id" uuid,
	"text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_participants_trajectoryId_expertId_unique" UNIQUE("trajectory_id","expert_id")
);
--> statement-breakpoint
CREATE TABLE "policy_phase_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"from_phase" "policy_phase",
	"to_phase" "policy_phase" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"changed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"subject" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"text" text NOT NULL,
	"said_by" text DEFAULT '' NOT NULL,
	"said_on" date NOT NULL,
	"consent" boolean DEFAULT false NOT NULL,
	"consent_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_trajectories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"phase" "policy_phase" DEFAULT 'verkennen' NOT NULL,
	"phase_since" date NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"next_step" text DEFAULT '' NOT NULL,
	"next_step_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "policy_attendance" ADD CONSTRAINT "policy_attendance_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_attendance" ADD CONSTRAINT "policy_attendance_session_id_policy_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."policy_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_attendance" ADD CONSTRAINT "policy_attendance_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_changes" ADD CONSTRAINT "policy_changes_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_changes" ADD CONSTRAINT "policy_changes_trajectory_id_policy_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."policy_trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_changes" ADD CONSTRAINT "policy_changes_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_contributions" ADD CONSTRAINT "policy_contributions_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_contributions" ADD CONSTRAINT "policy_contributions_trajectory_id_policy_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."policy_trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_contributions" ADD CONSTRAINT "policy_contributions_session_id_policy_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."policy_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_contributions" ADD CONSTRAINT "policy_contributions_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_contributions" ADD CONSTRAINT "policy_contributions_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_participants" ADD CONSTRAINT "policy_participants_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_participants" ADD CONSTRAINT "policy_participants_trajectory_id_policy_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."policy_trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_participants" ADD CONSTRAINT "policy_participants_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_phase_changes" ADD CONSTRAINT "policy_phase_changes_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_phase_changes" ADD CONSTRAINT "policy_phase_changes_trajectory_id_policy_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."policy_trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_phase_changes" ADD CONSTRAINT "policy_phase_changes_changed_by_user_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_sessions" ADD CONSTRAINT "policy_sessions_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_sessions" ADD CONSTRAINT "policy_sessions_trajectory_id_policy_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."policy_trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_statements" ADD CONSTRAINT "policy_statements_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_statements" ADD CONSTRAINT "policy_statements_trajectory_id_policy_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."policy_trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_statements" ADD CONSTRAINT "policy_statements_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_trajectories" ADD CONSTRAINT "policy_trajectories_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_trajectories" ADD CONSTRAINT "policy_trajectories_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "policy_attendance_expert_id_index" ON "policy_attendance" USING btree ("expert_id");--> statement-breakpoint
CREATE INDEX "policy_changes_trajectory_id_index" ON "policy_changes" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "policy_contributions_trajectory_id_index" ON "policy_contributions" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "policy_participants_expert_id_index" ON "policy_participants" USING btree ("expert_id");--> statement-breakpoint
CREATE INDEX "policy_phase_changes_trajectory_id_index" ON "policy_phase_changes" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "policy_sessions_trajectory_id_index" ON "policy_sessions" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "policy_sessions_centre_id_starts_at_index" ON "policy_sessions" USING btree ("centre_id","starts_at");--> statement-breakpoint
CREATE INDEX "policy_statements_trajectory_id_index" ON "policy_statements" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "policy_statements_centre_id_consent_index" ON "policy_statements" USING btree ("centre_id","consent");--> statement-breakpoint
CREATE INDEX "policy_trajectories_centre_id_phase_index" ON "policy_trajectories" USING btree ("centre_id","phase");--> statement-breakpoint
CREATE INDEX "policy_trajectories_client_id_index" ON "policy_trajectories" USING btree ("client_id");--> statement-breakpoint
-- hand-written below (keep when regenerating)
SELECT tandem_isolate('policy_trajectories');--> statement-breakpoint
SELECT tandem_isolate('policy_phase_changes');--> statement-breakpoint
SELECT tandem_isolate('policy_participants');--> statement-breakpoint
SELECT tandem_isolate('policy_sessions');--> statement-breakpoint
SELECT tandem_isolate('policy_attendance');--> statement-breakpoint
SELECT tandem_isolate('policy_contributions');--> statement-breakpoint
SELECT tandem_isolate('policy_changes');--> statement-breakpoint
SELECT tandem_isolate('policy_statements');
