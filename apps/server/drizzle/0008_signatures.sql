CREATE TABLE "pki_certificates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"serial" text NOT NULL,
	"role" text NOT NULL,
	"issuer_id" uuid,
	"subject_type" text,
	"subject_ref" text,
	"subject_name" text NOT NULL,
	"certificate_pem" text NOT NULL,
	"key_sealed" text,
	"key_location" text NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"revoked_at" timestamp with time zone,
	"revocation_reason" integer,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signature_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"format" text NOT NULL,
	"level" text NOT NULL,
	"mode" text NOT NULL,
	"source_file_id" uuid NOT NULL,
	"result_file_id" uuid NOT NULL,
	"result_sha256" text NOT NULL,
	"certificate_id" uuid NOT NULL,
	"unit_id" uuid,
	"signed_by" text NOT NULL,
	"purpose" text,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "pki_certificates_issuer_serial_key" ON "pki_certificates" USING btree ("issuer_id","serial");--> statement-breakpoint
CREATE INDEX "pki_certificates_subject_idx" ON "pki_certificates" USING btree ("subject_type","subject_ref");--> statement-breakpoint
CREATE INDEX "pki_certificates_role_idx" ON "pki_certificates" USING btree ("role");--> statement-breakpoint
CREATE UNIQUE INDEX "signature_records_code_key" ON "signature_records" USING btree ("code");--> statement-breakpoint
CREATE INDEX "signature_records_signed_by_idx" ON "signature_records" USING btree ("signed_by");