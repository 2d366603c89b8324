CREATE TYPE "public"."attendance" AS ENUM('present', 'absent', 'excused');--> statement-breakpoint
CREATE TYPE "public"."cohort_kind" AS ENUM('keuzedeel', 'region', 'organisation', 'professionals');--> statement-breakpoint
CREATE TYPE "public"."grant_metric" AS ENUM('trained', 'certified', 'paid_job_share', 'volunteer_share', 'activated_share', 'assignments', 'assignment_hours', 'pilots');--> statement-breakpoint
CREATE TYPE "public"."intake_status" AS ENUM('applied', 'accepted', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."measurement_moment" AS ENUM('intake', 'end', 'month_6', 'month_12', 'month_24');--> statement-breakpoint
CREATE TYPE "public"."module_kind" AS ENUM('module', 'assignment');--> statement-breakpoint
CREATE TYPE "public"."outcome_kind" AS ENUM('paid_job', 'volunteer', 'job_seeking', 'other_path');--> statement-breakpoint
CREATE TYPE "public"."outcome_source" AS ENUM('trainee', 'employer', 'centre', 'import');--> statement-breakpoint
CREATE TYPE "public"."progress" AS ENUM('not_started', 'in_progress', 'completed');--> statement-breakpoint
CREATE TYPE "public"."situation" AS ENUM('long_term_unemployed', 'unemployed', 'working', 'other');--> statement-breakpoint
CREATE TYPE "public"."trainee_status" AS ENUM('candidate', 'in_training', 'certified', 'stopped');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'funder';--> statement-breakpoint
CREATE TABLE "cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "cohort_kind" DEFAULT 'keuzedeel' NOT NULL,
	"training_partner" text DEFAULT '' NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"province" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"grant_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohorts_centreId_name_unique" UNIQUE("centre_id","name")
);
--> statement-breakpoint
CREATE TABLE "grant_funders" (
	"centre_id" uuid NOT NULL,
	"grant_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "grant_funders_grant_id_user_id_pk" PRIMARY KEY("grant_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "grant_pilots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"grant_id" uuid NOT NULL,
	"sector" text NOT NULL,
	"name" text NOT NULL,
	"client_id" uuid,
	"starts_on" date,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grant_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"grant_id" uuid NOT NULL,
	"metric" "grant_metric" NOT NULL,
	"target" integer NOT NULL,
	CONSTRAINT "grant_targets_grantId_metric_unique" UNIQUE("grant_id","metric")
);
--> statement-breakpoint
CREATE TABLE "grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"name" text NOT NULL,
	"funder_name" text NOT NULL,
	"amount_cents" integer,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"province" text,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_settings" (
	"centre_id" uuid PRIMARY KEY NOT NULL,
	"zrm_enabled" boolean DEFAULT false NOT NULL,
	"activated_ladder_rise" smallint DEFAULT 1 NOT NULL,
	"activated_participation_min" smallint DEFAULT 4 NOT NULL,
	"small_group_limit" smallint DEFAULT 5 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trainee_id" uuid NOT NULL,
	"moment" "measurement_moment" NOT NULL,
	"measured_on" date NOT NULL,
	"ladder" smallint,
	"zrm" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measurements_traineeId_moment_unique" UNIQUE("trainee_id","moment")
);
--> statement-breakpoint
CREATE TABLE "module_progress" (
	"centre_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"trainee_id" uuid NOT NULL,
	"progress" "progress" DEFAULT 'not_started' NOT NULL,
	"completed_on" date,
	CONSTRAINT "module_progress_module_id_trainee_id_pk" PRIMARY KEY("module_id","trainee_id")
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trainee_id" uuid NOT NULL,
	"kind" "outcome_kind" NOT NULL,
	"starts_on" date NOT NULL,
	"employer" text,
	"hours_per_week" integer,
	"sector" text,
	"note" text DEFAULT '' NOT NULL,
	"source" "outcome_source" DEFAULT 'centre' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_attendance" (
	"centre_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"trainee_id" uuid NOT NULL,
	"attendance" "attendance" NOT NULL,
	CONSTRAINT "session_attendance_session_id_trainee_id_pk" PRIMARY KEY("session_id","trainee_id")
);
--> statement-breakpoint
CREATE TABLE "trainees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"expert_id" uuid,
	"external_id" text,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text,
	"phone" text,
	"province" text,
	"own_experience" boolean DEFAULT false NOT NULL,
	"experience_behind" boolean DEFAULT false NOT NULL,
	"motivated" boolean DEFAULT false NOT NULL,
	"intake_status" "intake_status" DEFAULT 'applied' NOT NULL,
	"intake_reason" text DEFAULT '' NOT NULL,
	"status" "trainee_status" DEFAULT 'candidate' NOT NULL,
	"situation_before" "situation",
	"benefit_before" text,
	"life_story_on" date,
	"reflection_on" date,
	"placement_on" date,
	"final_assessment_on" date,
	"final_assessment_passed" boolean,
	"certified_on" date,
	"stopped_on" date,
	"stopped_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trainees_centreId_externalId_unique" UNIQUE("centre_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "training_modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "module_kind" DEFAULT 'module' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"title" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_funders" ADD CONSTRAINT "grant_funders_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_funders" ADD CONSTRAINT "grant_funders_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_funders" ADD CONSTRAINT "grant_funders_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_pilots" ADD CONSTRAINT "grant_pilots_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_pilots" ADD CONSTRAINT "grant_pilots_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_targets" ADD CONSTRAINT "grant_targets_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_targets" ADD CONSTRAINT "grant_targets_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_settings" ADD CONSTRAINT "impact_settings_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_trainee_id_trainees_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."trainees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_progress" ADD CONSTRAINT "module_progress_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_progress" ADD CONSTRAINT "module_progress_module_id_training_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_progress" ADD CONSTRAINT "module_progress_trainee_id_trainees_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."trainees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_trainee_id_trainees_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."trainees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_trainee_id_trainees_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."trainees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainees" ADD CONSTRAINT "trainees_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainees" ADD CONSTRAINT "trainees_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainees" ADD CONSTRAINT "trainees_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_modules" ADD CONSTRAINT "training_modules_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_modules" ADD CONSTRAINT "training_modules_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cohorts_centre_id_starts_on_index" ON "cohorts" USING btree ("centre_id","starts_on");--> statement-breakpoint
CREATE INDEX "measurements_centre_id_moment_index" ON "measurements" USING btree ("centre_id","moment");--> statement-breakpoint
CREATE INDEX "module_progress_trainee_id_index" ON "module_progress" USING btree ("trainee_id");--> statement-breakpoint
CREATE INDEX "outcomes_centre_id_trainee_id_starts_on_index" ON "outcomes" USING btree ("centre_id","trainee_id","starts_on");--> statement-breakpoint
CREATE INDEX "session_attendance_trainee_id_index" ON "session_attendance" USING btree ("trainee_id");--> statement-breakpoint
CREATE INDEX "trainees_cohort_id_index" ON "trainees" USING btree ("cohort_id");--> statement-breakpoint
CREATE INDEX "trainees_centre_id_status_index" ON "trainees" USING btree ("centre_id","status");--> statement-breakpoint
CREATE INDEX "training_modules_cohort_id_index" ON "training_modules" USING btree ("cohort_id");--> statement-breakpoint
CREATE INDEX "training_sessions_cohort_id_starts_at_index" ON "training_sessions" USING btree ("cohort_id","starts_at");--> statement-breakpoint
SELECT tandem_isolate(t) FROM unnest(array[
  'grants', 'grant_targets', 'grant_pilots', 'grant_funders', 'cohorts', 'training_sessions', 'training_modules',
  'trainees', 'session_attendance', 'module_progress', 'outcomes', 'measurements', 'impact_settings'
]::regclass[]) t;
