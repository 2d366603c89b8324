ALTER TYPE "public"."outcome_source" ADD VALUE 'placement';--> statement-breakpoint
CREATE TABLE "placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"trainee_id" uuid NOT NULL,
	"expert_id" uuid,
	"kind" "outcome_kind" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"hours_per_week" integer,
	"note" text DEFAULT '' NOT NULL,
	"start_outcome_id" uuid,
	"end_outcome_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_trainee_id_trainees_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."trainees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_start_outcome_id_outcomes_id_fk" FOREIGN KEY ("start_outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_end_outcome_id_outcomes_id_fk" FOREIGN KEY ("end_outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "placements_employer_id_index" ON "placements" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "placements_trainee_id_index" ON "placements" USING btree ("trainee_id");--> statement-breakpoint
CREATE INDEX "placements_centre_id_ends_on_index" ON "placements" USING btree ("centre_id","ends_on");--> statement-breakpoint
SELECT tandem_isolate('placements');
