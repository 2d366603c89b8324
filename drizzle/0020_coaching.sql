CREATE TYPE "public"."coaching_goal_status" AS ENUM('open', 'reached', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."coaching_trajectory_status" AS ENUM('active', 'ended');--> statement-breakpoint
CREATE TABLE "coaching_access" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "coaching_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"text" text NOT NULL,
	"status" "coaching_goal_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"meets_on" date NOT NULL,
	"agreed" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"author_user_id" uuid,
	"text" text NOT NULL,
	"expert_reflection" text DEFAULT '' NOT NULL,
	"reflected_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_trajectories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"coach_user_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"status" "coaching_trajectory_status" DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coaching_access" ADD CONSTRAINT "coaching_access_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_access" ADD CONSTRAINT "coaching_access_trajectory_id_coaching_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."coaching_trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_access" ADD CONSTRAINT "coaching_access_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_goals" ADD CONSTRAINT "coaching_goals_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_goals" ADD CONSTRAINT "coaching_goals_trajectory_id_coaching_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."coaching_trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_meetings" ADD CONSTRAINT "coaching_meetings_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_meetings" ADD CONSTRAINT "coaching_meetings_trajectory_id_coaching_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."coaching_trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_notes" ADD CONSTRAINT "coaching_notes_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_notes" ADD CONSTRAINT "coaching_notes_trajectory_id_coaching_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."coaching_trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_notes" ADD CONSTRAINT "coaching_notes_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_trajectories" ADD CONSTRAINT "coaching_trajectories_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_trajectories" ADD CONSTRAINT "coaching_trajectories_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_trajectories" ADD CONSTRAINT "coaching_trajectories_coach_user_id_user_id_fk" FOREIGN KEY ("coach_user_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coaching_access_trajectory_id_user_id_index" ON "coaching_access" USING btree ("trajectory_id","user_id");--> statement-breakpoint
CREATE INDEX "coaching_goals_trajectory_id_index" ON "coaching_goals" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "coaching_meetings_trajectory_id_meets_on_index" ON "coaching_meetings" USING btree ("trajectory_id","meets_on");--> statement-breakpoint
CREATE INDEX "coaching_notes_trajectory_id_index" ON "coaching_notes" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "coaching_trajectories_centre_id_status_index" ON "coaching_trajectories" USING btree ("centre_id","status");--> statement-breakpoint
CREATE INDEX "coaching_trajectories_expert_id_index" ON "coaching_trajectories" USING btree ("expert_id");--> statement-breakpoint
-- hand-written below (keep when regenerating)
SELECT tandem_isolate('coaching_trajectories');--> statement-breakpoint
SELECT tandem_isolate('coaching_goals');--> statement-breakpoint
SELECT tandem_isolate('coaching_meetings');--> statement-breakpoint
SELECT tandem_isolate('coaching_notes');--> statement-breakpoint
SELECT tandem_isolate('coaching_access');
