ALTER TABLE "school_holidays" ADD COLUMN "origin" text DEFAULT 'handmatig' NOT NULL;--> statement-breakpoint
ALTER TABLE "school_holidays" ADD COLUMN "source_url" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "school_holidays" ADD COLUMN "source_date" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "school_holidays" ADD COLUMN "recorded_at" timestamp with time zone DEFAULT now() NOT NULL;