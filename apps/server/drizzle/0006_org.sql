CREATE TABLE "org_lineage" (
	"id" uuid PRIMARY KEY NOT NULL,
	"restructure_id" uuid NOT NULL,
	"from_unit_id" uuid NOT NULL,
	"to_unit_id" uuid NOT NULL,
	"share" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_lineage_share_check" CHECK ("org_lineage"."share" in ('full', 'partial'))
);
--> statement-breakpoint
CREATE TABLE "org_restructures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"effective_date" date NOT NULL,
	"legal_basis" text,
	"note" text,
	"unit_id" uuid,
	"created_by" text NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "org_restructures_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_restructures_kind_check" CHECK ("org_restructures"."kind" in ('create', 'rename', 'move', 'merge', 'split', 'dissolve'))
);
--> statement-breakpoint
CREATE TABLE "org_unit_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"name" text NOT NULL,
	"short_name" text,
	"code" text,
	"unit_type" text NOT NULL,
	"level" text,
	"block" text NOT NULL,
	"parent_id" uuid,
	"path" "ltree" NOT NULL,
	"search_key" text NOT NULL,
	"restructure_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_unit_versions_interval_check" CHECK ("org_unit_versions"."valid_to" is null or "org_unit_versions"."valid_to" > "org_unit_versions"."valid_from"),
	CONSTRAINT "org_unit_versions_level_check" CHECK ("org_unit_versions"."level" is null or "org_unit_versions"."level" in ('city', 'district', 'commune')),
	CONSTRAINT "org_unit_versions_block_check" CHECK ("org_unit_versions"."block" in ('party', 'government', 'front', 'mass_org'))
);
--> statement-breakpoint
CREATE TABLE "org_units" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "org_lineage" ADD CONSTRAINT "org_lineage_restructure_id_org_restructures_id_fk" FOREIGN KEY ("restructure_id") REFERENCES "public"."org_restructures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_lineage" ADD CONSTRAINT "org_lineage_from_unit_id_org_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_lineage" ADD CONSTRAINT "org_lineage_to_unit_id_org_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_restructures" ADD CONSTRAINT "org_restructures_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit_versions" ADD CONSTRAINT "org_unit_versions_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit_versions" ADD CONSTRAINT "org_unit_versions_parent_id_org_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_unit_versions" ADD CONSTRAINT "org_unit_versions_restructure_id_org_restructures_id_fk" FOREIGN KEY ("restructure_id") REFERENCES "public"."org_restructures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "org_lineage_edge_key" ON "org_lineage" USING btree ("restructure_id","from_unit_id","to_unit_id");--> statement-breakpoint
CREATE INDEX "org_lineage_from_idx" ON "org_lineage" USING btree ("from_unit_id");--> statement-breakpoint
CREATE INDEX "org_lineage_to_idx" ON "org_lineage" USING btree ("to_unit_id");--> statement-breakpoint
CREATE INDEX "org_restructures_effective_idx" ON "org_restructures" USING btree ("effective_date","seq");--> statement-breakpoint
CREATE INDEX "org_restructures_unit_idx" ON "org_restructures" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "org_unit_versions_unit_from_key" ON "org_unit_versions" USING btree ("unit_id","valid_from");--> statement-breakpoint
CREATE INDEX "org_unit_versions_parent_idx" ON "org_unit_versions" USING btree ("parent_id","valid_from");--> statement-breakpoint
CREATE INDEX "org_unit_versions_path_gist" ON "org_unit_versions" USING gist ("path");--> statement-breakpoint
CREATE INDEX "org_unit_versions_search_trgm" ON "org_unit_versions" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "org_unit_versions_code_idx" ON "org_unit_versions" USING btree ("code");--> statement-breakpoint
CREATE INDEX "org_unit_versions_level_idx" ON "org_unit_versions" USING btree ("level","valid_from");--> statement-breakpoint
CREATE INDEX "org_unit_versions_restructure_idx" ON "org_unit_versions" USING btree ("restructure_id");