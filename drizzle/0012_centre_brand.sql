ALTER TABLE "centres" ADD COLUMN "brand_colour" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "logo" bytea;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "logo_type" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "logo_updated_at" timestamp with time zone;