CREATE TABLE "calendar_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"days_off" jsonb NOT NULL,
	"working_days" jsonb NOT NULL,
	"note" text NOT NULL,
	"source" text NOT NULL,
	"decided_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_decisions_year_version_key" UNIQUE("year","version")
);
