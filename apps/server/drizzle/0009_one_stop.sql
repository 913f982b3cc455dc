CREATE TABLE "dossier_code_counters" (
	"agency_code" text NOT NULL,
	"day" date NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "dossier_code_counters_agency_code_day_pk" PRIMARY KEY("agency_code","day")
);
--> statement-breakpoint
CREATE TABLE "dossier_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dossier_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dossier_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_id" text NOT NULL,
	"actor_name" text NOT NULL,
	"actor_unit_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"note" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_parts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"part_code" text NOT NULL,
	"file_id" uuid NOT NULL,
	"source" text NOT NULL,
	"wallet_item_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text,
	"procedure_id" uuid NOT NULL,
	"procedure_version_id" uuid NOT NULL,
	"state" text NOT NULL,
	"channel" text NOT NULL,
	"online_level" text NOT NULL,
	"applicant_personal_id" text NOT NULL,
	"applicant" jsonb NOT NULL,
	"filed_by" text NOT NULL,
	"filed_at_unit_id" uuid,
	"competent_unit_id" uuid,
	"form_data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"prefill_sources" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"idempotency_key" text,
	"tracking_secret" text,
	"current_step" smallint,
	"step_role" text,
	"assignee_id" text,
	"step_due_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"promised_at" timestamp with time zone,
	"paused_since" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"result_ready_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"delivery_method" text,
	"on_time" boolean,
	"digitised" boolean DEFAULT false NOT NULL,
	"fee_total" bigint DEFAULT 0 NOT NULL,
	"paid_at" timestamp with time zone,
	"paid_online" boolean DEFAULT false NOT NULL,
	"result_file_id" uuid,
	"result_signature_code" text,
	"rating" smallint,
	"rated_at" timestamp with time zone,
	"draft_expires_at" timestamp with time zone,
	"revision" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"status" text NOT NULL,
	"provider" text NOT NULL,
	"provider_ref" text,
	"qr_payload" text,
	"receipt_no" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"paid_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "procedure_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"procedure_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"definition" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"field" text NOT NULL,
	"level" text NOT NULL,
	"online_level" text NOT NULL,
	"search_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wallet_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"personal_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"file_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source" text NOT NULL,
	"source_dossier_id" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"recipient_id" text NOT NULL,
	"channel" text NOT NULL,
	"address" text,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_parts" ADD CONSTRAINT "dossier_parts_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_events_seq_key" ON "dossier_events" USING btree ("dossier_id","seq");--> statement-breakpoint
CREATE INDEX "dossier_parts_dossier_idx" ON "dossier_parts" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_code_key" ON "dossiers" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_idempotency_key" ON "dossiers" USING btree ("filed_by","idempotency_key");--> statement-breakpoint
CREATE INDEX "dossiers_unit_state_idx" ON "dossiers" USING btree ("competent_unit_id","state");--> statement-breakpoint
CREATE INDEX "dossiers_filed_at_unit_idx" ON "dossiers" USING btree ("filed_at_unit_id","state");--> statement-breakpoint
CREATE INDEX "dossiers_unit_received_idx" ON "dossiers" USING btree ("competent_unit_id","received_at");--> statement-breakpoint
CREATE INDEX "dossiers_state_due_idx" ON "dossiers" USING btree ("state","due_at");--> statement-breakpoint
CREATE INDEX "dossiers_assignee_idx" ON "dossiers" USING btree ("assignee_id","state");--> statement-breakpoint
CREATE INDEX "dossiers_applicant_idx" ON "dossiers" USING btree ("applicant_personal_id","created_at");--> statement-breakpoint
CREATE INDEX "dossiers_filed_by_idx" ON "dossiers" USING btree ("filed_by","created_at");--> statement-breakpoint
CREATE INDEX "payments_dossier_idx" ON "payments" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_provider_ref_key" ON "payments" USING btree ("provider","provider_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_receipt_no_key" ON "payments" USING btree ("receipt_no");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_versions_version_key" ON "procedure_versions" USING btree ("procedure_id","version");--> statement-breakpoint
CREATE INDEX "procedure_versions_valid_idx" ON "procedure_versions" USING btree ("procedure_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "procedures_code_key" ON "procedures" USING btree ("code");--> statement-breakpoint
CREATE INDEX "procedures_field_idx" ON "procedures" USING btree ("field");--> statement-breakpoint
CREATE INDEX "procedures_search_idx" ON "procedures" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "wallet_items_owner_idx" ON "wallet_items" USING btree ("personal_id","kind");--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_pending_idx" ON "notifications" USING btree ("status","channel");