ALTER TABLE "centres" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "request_slots" ADD COLUMN "calendar_sequence" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "request_slots" ADD COLUMN "calendar_sent_at" timestamp with time zone;