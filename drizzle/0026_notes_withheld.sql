ALTER TABLE "experts" ADD COLUMN "notes_withheld_reason" text;--> statement-breakpoint
ALTER TABLE "experts" ADD COLUMN "notes_withheld_text" text;