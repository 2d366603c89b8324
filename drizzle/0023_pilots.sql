CREATE TYPE "public"."pilot_moment" AS ENUM('before', 'after');--> statement-breakpoint
CREATE TABLE "pilot_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"score" smallint NOT NULL,
	CONSTRAINT "pilot_answers_questionnaireId_statementId_unique" UNIQUE("questionnaire_id","statement_id"),
	CONSTRAINT "pilot_answers_score_range" CHECK ("pilot_answers"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "pilot_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"pilot_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"client_reference" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pilot_participants_pilotId_email_unique" UNIQUE("pilot_id","email")
);
--> statement-breakpoint
CREATE TABLE "pilot_questionnaires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"pilot_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"moment" "pilot_moment" NOT NULL,
	"token_hash" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "pilot_questionnaires_tokenHash_unique" UNIQUE("token_hash"),
	CONSTRAINT "pilot_questionnaires_participantId_moment_unique" UNIQUE("participant_id","moment")
);
--> statement-breakpoint
CREATE TABLE "pilot_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"pilot_id" uuid,
	"text" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "grant_pilots" ADD COLUMN "ends_on" date;--> statement-breakpoint
ALTER TABLE "grant_pilots" ADD COLUMN "after_due_on" date;--> statement-breakpoint
ALTER TABLE "pilot_answers" ADD CONSTRAINT "pilot_answers_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_answers" ADD CONSTRAINT "pilot_answers_questionnaire_id_pilot_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."pilot_questionnaires"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_answers" ADD CONSTRAINT "pilot_answers_statement_id_pilot_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."pilot_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_participants" ADD CONSTRAINT "pilot_participants_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_participants" ADD CONSTRAINT "pilot_participants_pilot_id_grant_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."grant_pilots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_questionnaires" ADD CONSTRAINT "pilot_questionnaires_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_questionnaires" ADD CONSTRAINT "pilot_questionnaires_pilot_id_grant_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."grant_pilots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_questionnaires" ADD CONSTRAINT "pilot_questionnaires_participant_id_pilot_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."pilot_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_statements" ADD CONSTRAINT "pilot_statements_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_statements" ADD CONSTRAINT "pilot_statements_pilot_id_grant_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."grant_pilots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pilot_answers_statement_id_index" ON "pilot_answers" USING btree ("statement_id");--> statement-breakpoint
CREATE INDEX "pilot_participants_centre_id_email_index" ON "pilot_participants" USING btree ("centre_id","email");--> statement-breakpoint
CREATE INDEX "pilot_questionnaires_pilot_id_moment_index" ON "pilot_questionnaires" USING btree ("pilot_id","moment");--> statement-breakpoint
CREATE INDEX "pilot_statements_pilot_id_position_index" ON "pilot_statements" USING btree ("pilot_id","position");--> statement-breakpoint
CREATE INDEX "pilot_statements_centre_id_index" ON "pilot_statements" USING btree ("centre_id");--> statement-breakpoint
-- hand-written below (keep when regenerating)
SELECT tandem_isolate('pilot_statements');--> statement-breakpoint
SELECT tandem_isolate('pilot_participants');--> statement-breakpoint
SELECT tandem_isolate('pilot_questionnaires');--> statement-breakpoint
SELECT tandem_isolate('pilot_answers');
