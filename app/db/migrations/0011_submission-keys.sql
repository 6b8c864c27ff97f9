CREATE TABLE "form_submissions" (
	"org_id" uuid NOT NULL,
	"operation" text NOT NULL,
	"key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"answer" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_submissions_org_id_operation_key_pk" PRIMARY KEY("org_id","operation","key")
);
--> statement-breakpoint
ALTER TABLE "board_ideas" DROP CONSTRAINT "board_ideas_idempotency_key_unique";--> statement-breakpoint
ALTER TABLE "board_notes" DROP CONSTRAINT "board_notes_idempotency_key_unique";--> statement-breakpoint
ALTER TABLE "board_pledges" DROP CONSTRAINT "board_pledges_idempotency_key_unique";--> statement-breakpoint
ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "form_submissions_created_idx" ON "form_submissions" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "board_ideas" ADD CONSTRAINT "board_ideas_key_unique" UNIQUE NULLS NOT DISTINCT("board_id","member_id","idempotency_key");--> statement-breakpoint
ALTER TABLE "board_notes" ADD CONSTRAINT "board_notes_key_unique" UNIQUE NULLS NOT DISTINCT("board_id","member_id","idempotency_key");--> statement-breakpoint
ALTER TABLE "board_pledges" ADD CONSTRAINT "board_pledges_key_unique" UNIQUE NULLS NOT DISTINCT("board_id","member_id","idempotency_key");