ALTER TABLE "board_notes" ADD COLUMN "shown_at" timestamp with time zone DEFAULT now();--> statement-breakpoint
ALTER TABLE "boards" ADD COLUMN "moderate_notes" boolean DEFAULT false NOT NULL;