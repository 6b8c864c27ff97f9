CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	"tied" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"theme_name" text DEFAULT '' NOT NULL,
	"dots" integer DEFAULT 0 NOT NULL,
	"notes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"quotes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"idea_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_dots" (
	"org_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"criterion" text NOT NULL,
	"used" integer DEFAULT 0 NOT NULL,
	"budget" integer NOT NULL,
	CONSTRAINT "board_dots_member_id_criterion_pk" PRIMARY KEY("member_id","criterion"),
	CONSTRAINT "board_dots_budget" CHECK ("board_dots"."used" >= 0 and "board_dots"."used" <= "board_dots"."budget")
);
--> statement-breakpoint
CREATE TABLE "board_ideas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	"member_id" uuid,
	"text" text NOT NULL,
	"on_behalf" boolean DEFAULT false NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "board_ideas_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "board_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"device_hash" text,
	"user_id" uuid,
	"display_name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_note_quotes" (
	"org_id" uuid NOT NULL,
	"note_id" uuid NOT NULL,
	"minute_note_id" uuid NOT NULL,
	"quote_index" integer NOT NULL,
	"quote" text NOT NULL,
	"linked_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"member_id" uuid,
	"column" text NOT NULL,
	"text" text NOT NULL,
	"theme_id" uuid,
	"on_behalf" boolean DEFAULT false NOT NULL,
	"interpretation" boolean DEFAULT false NOT NULL,
	"interpretation_comment" text DEFAULT '' NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "board_notes_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "board_paper_votes" (
	"org_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"criterion" text NOT NULL,
	"dots" integer NOT NULL,
	"entered_by" uuid,
	CONSTRAINT "board_paper_votes_idea_id_criterion_pk" PRIMARY KEY("idea_id","criterion"),
	CONSTRAINT "board_paper_votes_dots" CHECK ("board_paper_votes"."dots" >= 0)
);
--> statement-breakpoint
CREATE TABLE "board_pledges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"member_id" uuid,
	"text" text NOT NULL,
	"reminder_email" text DEFAULT '' NOT NULL,
	"reminder_weeks" integer,
	"reminder_sent_at" timestamp with time zone,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "board_pledges_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "board_themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_votes" (
	"org_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"idea_id" uuid NOT NULL,
	"criterion" text NOT NULL,
	"dots" integer DEFAULT 0 NOT NULL,
	"max_dots" integer,
	CONSTRAINT "board_votes_member_id_idea_id_criterion_pk" PRIMARY KEY("member_id","idea_id","criterion"),
	CONSTRAINT "board_votes_max" CHECK ("board_votes"."dots" >= 0 and ("board_votes"."max_dots" is null or "board_votes"."dots" <= "board_votes"."max_dots"))
);
--> statement-breakpoint
CREATE TABLE "boards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"join_code" text NOT NULL,
	"phase" text DEFAULT 'touched' NOT NULL,
	"ideas_revealed" boolean DEFAULT false NOT NULL,
	"dots_per_person" integer DEFAULT 5 NOT NULL,
	"max_dots_per_idea" integer,
	"by_criteria" boolean DEFAULT false NOT NULL,
	"tallies_live" boolean DEFAULT true NOT NULL,
	"opened_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "boards_join_code_unique" UNIQUE("join_code")
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"done_at" timestamp with time zone,
	"last_error" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_idea_id_board_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."board_ideas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_dots" ADD CONSTRAINT "board_dots_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_dots" ADD CONSTRAINT "board_dots_member_id_board_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."board_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_ideas" ADD CONSTRAINT "board_ideas_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_ideas" ADD CONSTRAINT "board_ideas_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_ideas" ADD CONSTRAINT "board_ideas_theme_id_board_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."board_themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_ideas" ADD CONSTRAINT "board_ideas_member_id_board_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."board_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_members" ADD CONSTRAINT "board_members_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_members" ADD CONSTRAINT "board_members_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_members" ADD CONSTRAINT "board_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_note_quotes" ADD CONSTRAINT "board_note_quotes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_note_quotes" ADD CONSTRAINT "board_note_quotes_note_id_board_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."board_notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_note_quotes" ADD CONSTRAINT "board_note_quotes_minute_note_id_minute_notes_id_fk" FOREIGN KEY ("minute_note_id") REFERENCES "public"."minute_notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_note_quotes" ADD CONSTRAINT "board_note_quotes_linked_by_users_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_notes" ADD CONSTRAINT "board_notes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_notes" ADD CONSTRAINT "board_notes_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_notes" ADD CONSTRAINT "board_notes_member_id_board_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."board_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_notes" ADD CONSTRAINT "board_notes_theme_id_board_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."board_themes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_paper_votes" ADD CONSTRAINT "board_paper_votes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_paper_votes" ADD CONSTRAINT "board_paper_votes_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_paper_votes" ADD CONSTRAINT "board_paper_votes_idea_id_board_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."board_ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_paper_votes" ADD CONSTRAINT "board_paper_votes_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_pledges" ADD CONSTRAINT "board_pledges_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_pledges" ADD CONSTRAINT "board_pledges_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_pledges" ADD CONSTRAINT "board_pledges_member_id_board_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."board_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_themes" ADD CONSTRAINT "board_themes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_themes" ADD CONSTRAINT "board_themes_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_votes" ADD CONSTRAINT "board_votes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_votes" ADD CONSTRAINT "board_votes_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_votes" ADD CONSTRAINT "board_votes_member_id_board_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."board_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_votes" ADD CONSTRAINT "board_votes_idea_id_board_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."board_ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boards" ADD CONSTRAINT "boards_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "board_members_device_idx" ON "board_members" USING btree ("board_id","device_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "board_members_user_idx" ON "board_members" USING btree ("board_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "board_note_quotes_idx" ON "board_note_quotes" USING btree ("note_id","minute_note_id","quote_index");--> statement-breakpoint
CREATE INDEX "board_notes_board_idx" ON "board_notes" USING btree ("board_id");--> statement-breakpoint
CREATE INDEX "board_votes_board_idx" ON "board_votes" USING btree ("board_id");--> statement-breakpoint
CREATE UNIQUE INDEX "boards_trajectory_idx" ON "boards" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE "jobs"."done_at" is null;