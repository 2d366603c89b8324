CREATE TYPE "public"."proposal_status" AS ENUM('proposed', 'interested', 'declined', 'placed');--> statement-breakpoint
CREATE TYPE "public"."vacancy_status" AS ENUM('open', 'filled', 'closed');--> statement-breakpoint
CREATE TABLE "vacancies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" "outcome_kind" NOT NULL,
	"hours_per_week" integer,
	"area_id" uuid,
	"remote" boolean DEFAULT false NOT NULL,
	"theme_ids" uuid[] DEFAULT '{}' NOT NULL,
	"starts_on" date,
	"description" text DEFAULT '' NOT NULL,
	"status" "vacancy_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vacancy_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"vacancy_id" uuid NOT NULL,
	"trainee_id" uuid NOT NULL,
	"status" "proposal_status" DEFAULT 'proposed' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vacancy_proposals_vacancyId_traineeId_unique" UNIQUE("vacancy_id","trainee_id")
);
--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_proposals" ADD CONSTRAINT "vacancy_proposals_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_proposals" ADD CONSTRAINT "vacancy_proposals_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_proposals" ADD CONSTRAINT "vacancy_proposals_trainee_id_trainees_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."trainees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_proposals" ADD CONSTRAINT "vacancy_proposals_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "vacancies_employer_id_index" ON "vacancies" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "vacancies_centre_id_status_index" ON "vacancies" USING btree ("centre_id","status");--> statement-breakpoint
CREATE INDEX "vacancy_proposals_centre_id_trainee_id_index" ON "vacancy_proposals" USING btree ("centre_id","trainee_id");--> statement-breakpoint
SELECT tandem_isolate('vacancies');--> statement-breakpoint
SELECT tandem_isolate('vacancy_proposals');
