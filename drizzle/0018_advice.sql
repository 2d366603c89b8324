CREATE TYPE "public"."advice_category" AS ENUM('contracts', 'pay', 'training', 'guidance', 'other');--> statement-breakpoint
CREATE TYPE "public"."advice_source" AS ENUM('public_form', 'staff');--> statement-breakpoint
CREATE TYPE "public"."advice_status" AS ENUM('new', 'assigned', 'answered', 'closed');--> statement-breakpoint
CREATE TABLE "advice_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"organisation" text NOT NULL,
	"asker_name" text NOT NULL,
	"asker_email" text NOT NULL,
	"asker_phone" text DEFAULT '' NOT NULL,
	"client_id" uuid,
	"category" "advice_category" NOT NULL,
	"question" text NOT NULL,
	"status" "advice_status" DEFAULT 'new' NOT NULL,
	"assigned_to" uuid,
	"answer" text DEFAULT '' NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"closed_at" timestamp with time zone,
	"source" "advice_source" NOT NULL,
	"locale" text DEFAULT 'nl' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advice_settings" (
	"centre_id" uuid PRIMARY KEY NOT NULL,
	"knowledge_public" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"category" "advice_category" NOT NULL,
	"from_question_id" uuid,
	"published" boolean DEFAULT false NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "advice_questions" ADD CONSTRAINT "advice_questions_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_questions" ADD CONSTRAINT "advice_questions_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_questions" ADD CONSTRAINT "advice_questions_assigned_to_user_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_questions" ADD CONSTRAINT "advice_questions_answered_by_user_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_settings" ADD CONSTRAINT "advice_settings_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_articles" ADD CONSTRAINT "knowledge_articles_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_articles" ADD CONSTRAINT "knowledge_articles_from_question_id_advice_questions_id_fk" FOREIGN KEY ("from_question_id") REFERENCES "public"."advice_questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_articles" ADD CONSTRAINT "knowledge_articles_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advice_questions_centre_id_status_index" ON "advice_questions" USING btree ("centre_id","status");--> statement-breakpoint
CREATE INDEX "knowledge_articles_centre_id_published_index" ON "knowledge_articles" USING btree ("centre_id","published");--> statement-breakpoint
-- hand-written below (keep when regenerating)
SELECT tandem_isolate('advice_questions');--> statement-breakpoint
SELECT tandem_isolate('knowledge_articles');--> statement-breakpoint
SELECT tandem_isolate('advice_settings');
