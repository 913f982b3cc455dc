CREATE TABLE "citizen_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"citizen_id" uuid NOT NULL,
	"csrf_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "citizens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"personal_id" text NOT NULL,
	"full_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"sex" text NOT NULL,
	"nationality" text DEFAULT 'Việt Nam' NOT NULL,
	"place_of_origin" text,
	"permanent_address" text,
	"current_address" text,
	"phone" text,
	"email" text,
	"eid_issuer" text NOT NULL,
	"eid_subject" text NOT NULL,
	"eid_level" integer,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "citizens_sex_check" CHECK ("citizens"."sex" in ('male', 'female')),
	CONSTRAINT "citizens_personal_id_check" CHECK ("citizens"."personal_id" ~ '^[0-9]{12}$')
);
--> statement-breakpoint
CREATE TABLE "sso_clients" (
	"client_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"secret_sealed" text,
	"redirect_uris" text[] NOT NULL,
	"post_logout_redirect_uris" text[] DEFAULT '{}' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sso_keys" (
	"kid" text PRIMARY KEY NOT NULL,
	"private_jwk_sealed" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sso_payloads" (
	"model" text NOT NULL,
	"id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"grant_id" text,
	"user_code" text,
	"uid" text,
	"expires_at" timestamp with time zone,
	"consumed_at" timestamp with time zone,
	CONSTRAINT "sso_payloads_model_id_pk" PRIMARY KEY("model","id")
);
--> statement-breakpoint
ALTER TABLE "officials" ADD COLUMN "org_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "citizen_sessions" ADD CONSTRAINT "citizen_sessions_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "citizen_sessions_token_hash_key" ON "citizen_sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "citizen_sessions_citizen_idx" ON "citizen_sessions" USING btree ("citizen_id");--> statement-breakpoint
CREATE UNIQUE INDEX "citizens_personal_id_key" ON "citizens" USING btree ("personal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "citizens_eid_key" ON "citizens" USING btree ("eid_issuer","eid_subject");--> statement-breakpoint
CREATE INDEX "sso_payloads_grant_idx" ON "sso_payloads" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "sso_payloads_uid_idx" ON "sso_payloads" USING btree ("uid");--> statement-breakpoint
CREATE INDEX "sso_payloads_user_code_idx" ON "sso_payloads" USING btree ("user_code");--> statement-breakpoint
CREATE INDEX "sso_payloads_expires_idx" ON "sso_payloads" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "officials_org_unit_idx" ON "officials" USING btree ("org_unit_id");