import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_line_reminders_status" AS ENUM('pending', 'sent', 'failed', 'skipped');
  CREATE TABLE "line_reminders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"subscriber_id" integer,
  	"day" varchar NOT NULL,
  	"programmes" numeric NOT NULL,
  	"text" varchar NOT NULL,
  	"status" "enum_line_reminders_status" DEFAULT 'pending' NOT NULL,
  	"sent_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "line_reminders_id" integer;
  ALTER TABLE "line_reminders" ADD CONSTRAINT "line_reminders_subscriber_id_line_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."line_subscribers"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "line_reminders_key_idx" ON "line_reminders" USING btree ("key");
  CREATE INDEX "line_reminders_subscriber_idx" ON "line_reminders" USING btree ("subscriber_id");
  CREATE INDEX "line_reminders_day_idx" ON "line_reminders" USING btree ("day");
  CREATE INDEX "line_reminders_status_idx" ON "line_reminders" USING btree ("status");
  CREATE INDEX "line_reminders_updated_at_idx" ON "line_reminders" USING btree ("updated_at");
  CREATE INDEX "line_reminders_created_at_idx" ON "line_reminders" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_line_reminders_fk" FOREIGN KEY ("line_reminders_id") REFERENCES "public"."line_reminders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_line_reminders_id_idx" ON "payload_locked_documents_rels" USING btree ("line_reminders_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "line_reminders" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "line_reminders" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_line_reminders_fk";
  
  DROP INDEX "payload_locked_documents_rels_line_reminders_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "line_reminders_id";
  DROP TYPE "public"."enum_line_reminders_status";`)
}
