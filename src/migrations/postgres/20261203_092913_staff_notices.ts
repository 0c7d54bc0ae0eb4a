import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_notice_delivery" AS ENUM('immediate', 'daily', 'weekly', 'adminOnly');
  CREATE TABLE "staff_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar,
  	"url" varchar,
  	"recipient_id" integer NOT NULL,
  	"kind" varchar,
  	"event" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"read_at" timestamp(3) with time zone,
  	"delivered_at" timestamp(3) with time zone,
  	"digested_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "notice_delivery" "enum_users_notice_delivery" DEFAULT 'immediate';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "staff_notices_id" integer;
  ALTER TABLE "staff_notices" ADD CONSTRAINT "staff_notices_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "staff_notices_recipient_idx" ON "staff_notices" USING btree ("recipient_id");
  CREATE INDEX "staff_notices_kind_idx" ON "staff_notices" USING btree ("kind");
  CREATE INDEX "staff_notices_event_idx" ON "staff_notices" USING btree ("event");
  CREATE UNIQUE INDEX "staff_notices_key_idx" ON "staff_notices" USING btree ("key");
  CREATE INDEX "staff_notices_updated_at_idx" ON "staff_notices" USING btree ("updated_at");
  CREATE INDEX "staff_notices_created_at_idx" ON "staff_notices" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_staff_notices_fk" FOREIGN KEY ("staff_notices_id") REFERENCES "public"."staff_notices"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_staff_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("staff_notices_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "staff_notices" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "staff_notices" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_staff_notices_fk";
  
  DROP INDEX "payload_locked_documents_rels_staff_notices_id_idx";
  ALTER TABLE "users" DROP COLUMN "notice_delivery";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "staff_notices_id";
  DROP TYPE "public"."enum_users_notice_delivery";`)
}
