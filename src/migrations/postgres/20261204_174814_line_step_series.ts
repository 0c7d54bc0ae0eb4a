import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_line_step_series_trigger" AS ENUM('follow', 'interest');
  CREATE TYPE "public"."enum_line_step_series_interest" AS ENUM('bosai', 'kosodate', 'iju', 'kanko', 'kigyo', 'kenko', 'gyosei', 'koyo', 'kyoiku', 'nourin');
  CREATE TYPE "public"."enum_line_step_enrolments_state" AS ENUM('active', 'completed', 'stopped', 'failed');
  CREATE TABLE "line_step_series_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" numeric NOT NULL,
  	"text" varchar NOT NULL,
  	"link_label" varchar,
  	"link_url" varchar
  );
  
  CREATE TABLE "line_step_series" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"active" boolean DEFAULT false,
  	"trigger" "enum_line_step_series_trigger" DEFAULT 'follow' NOT NULL,
  	"interest" "enum_line_step_series_interest",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "line_step_enrolments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"series_id" integer NOT NULL,
  	"subscriber_id" integer NOT NULL,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"last_day" numeric DEFAULT -1 NOT NULL,
  	"state" "enum_line_step_enrolments_state" DEFAULT 'active' NOT NULL,
  	"stopped_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "line_step_series_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "line_step_enrolments_id" integer;
  ALTER TABLE "line_step_series_steps" ADD CONSTRAINT "line_step_series_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."line_step_series"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "line_step_enrolments" ADD CONSTRAINT "line_step_enrolments_series_id_line_step_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."line_step_series"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "line_step_enrolments" ADD CONSTRAINT "line_step_enrolments_subscriber_id_line_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."line_subscribers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "line_step_series_steps_order_idx" ON "line_step_series_steps" USING btree ("_order");
  CREATE INDEX "line_step_series_steps_parent_id_idx" ON "line_step_series_steps" USING btree ("_parent_id");
  CREATE INDEX "line_step_series_active_idx" ON "line_step_series" USING btree ("active");
  CREATE INDEX "line_step_series_trigger_idx" ON "line_step_series" USING btree ("trigger");
  CREATE INDEX "line_step_series_interest_idx" ON "line_step_series" USING btree ("interest");
  CREATE INDEX "line_step_series_updated_at_idx" ON "line_step_series" USING btree ("updated_at");
  CREATE INDEX "line_step_series_created_at_idx" ON "line_step_series" USING btree ("created_at");
  CREATE UNIQUE INDEX "line_step_enrolments_key_idx" ON "line_step_enrolments" USING btree ("key");
  CREATE INDEX "line_step_enrolments_series_idx" ON "line_step_enrolments" USING btree ("series_id");
  CREATE INDEX "line_step_enrolments_subscriber_idx" ON "line_step_enrolments" USING btree ("subscriber_id");
  CREATE INDEX "line_step_enrolments_started_at_idx" ON "line_step_enrolments" USING btree ("started_at");
  CREATE INDEX "line_step_enrolments_last_day_idx" ON "line_step_enrolments" USING btree ("last_day");
  CREATE INDEX "line_step_enrolments_state_idx" ON "line_step_enrolments" USING btree ("state");
  CREATE INDEX "line_step_enrolments_updated_at_idx" ON "line_step_enrolments" USING btree ("updated_at");
  CREATE INDEX "line_step_enrolments_created_at_idx" ON "line_step_enrolments" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_line_step_series_fk" FOREIGN KEY ("line_step_series_id") REFERENCES "public"."line_step_series"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_line_step_enrolments_fk" FOREIGN KEY ("line_step_enrolments_id") REFERENCES "public"."line_step_enrolments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_line_step_series_id_idx" ON "payload_locked_documents_rels" USING btree ("line_step_series_id");
  CREATE INDEX "payload_locked_documents_rels_line_step_enrolments_id_idx" ON "payload_locked_documents_rels" USING btree ("line_step_enrolments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "line_step_series_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "line_step_series" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "line_step_enrolments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "line_step_series_steps" CASCADE;
  DROP TABLE "line_step_series" CASCADE;
  DROP TABLE "line_step_enrolments" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_line_step_series_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_line_step_enrolments_fk";
  
  DROP INDEX "payload_locked_documents_rels_line_step_series_id_idx";
  DROP INDEX "payload_locked_documents_rels_line_step_enrolments_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "line_step_series_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "line_step_enrolments_id";
  DROP TYPE "public"."enum_line_step_series_trigger";
  DROP TYPE "public"."enum_line_step_series_interest";
  DROP TYPE "public"."enum_line_step_enrolments_state";`)
}
