import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_line_insight_snapshots_checkpoint" ADD VALUE 'manual';
  CREATE TABLE "line_click_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"delivery" varchar NOT NULL,
  	"clicks" numeric NOT NULL,
  	"unique_clicks" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  DROP INDEX "delivery_link_visitorKey_idx";
  ALTER TABLE "line_inquiries" ADD COLUMN "reply_claimed_at" timestamp(3) with time zone;
  ALTER TABLE "line_inquiries" ADD COLUMN "source_event_id" varchar;
  ALTER TABLE "line_webhook_events" ADD COLUMN "line_user_id" varchar;
  ALTER TABLE "line_webhook_events" ADD COLUMN "claimed_at" timestamp(3) with time zone;
  ALTER TABLE "line_webhook_events" ADD COLUMN "claimed_by" varchar;
  ALTER TABLE "line_webhook_events" ADD COLUMN "attempts" numeric DEFAULT 0;
  ALTER TABLE "line_webhook_events" ADD COLUMN "plan" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "line_click_days_id" integer;
  CREATE INDEX "line_click_days_delivery_idx" ON "line_click_days" USING btree ("delivery");
  CREATE INDEX "line_click_days_updated_at_idx" ON "line_click_days" USING btree ("updated_at");
  CREATE INDEX "line_click_days_created_at_idx" ON "line_click_days" USING btree ("created_at");
  CREATE UNIQUE INDEX "day_delivery_idx" ON "line_click_days" USING btree ("day","delivery");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_line_click_days_fk" FOREIGN KEY ("line_click_days_id") REFERENCES "public"."line_click_days"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "line_inquiries_source_event_id_idx" ON "line_inquiries" USING btree ("source_event_id");
  CREATE INDEX "line_webhook_events_line_user_id_idx" ON "line_webhook_events" USING btree ("line_user_id");
  CREATE INDEX "line_webhook_events_claimed_at_idx" ON "line_webhook_events" USING btree ("claimed_at");
  CREATE INDEX "delivery_link_day_visitorKey_idx" ON "line_link_clicks" USING btree ("delivery","link","day","visitor_key");
  CREATE INDEX "payload_locked_documents_rels_line_click_days_id_idx" ON "payload_locked_documents_rels" USING btree ("line_click_days_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "line_click_days" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "line_click_days" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_line_click_days_fk";
  
  ALTER TABLE "line_insight_snapshots" ALTER COLUMN "checkpoint" SET DATA TYPE text;
  DROP TYPE "public"."enum_line_insight_snapshots_checkpoint";
  CREATE TYPE "public"."enum_line_insight_snapshots_checkpoint" AS ENUM('1h', '6h', '24h', '3d', '7d', '14d');
  ALTER TABLE "line_insight_snapshots" ALTER COLUMN "checkpoint" SET DATA TYPE "public"."enum_line_insight_snapshots_checkpoint" USING "checkpoint"::"public"."enum_line_insight_snapshots_checkpoint";
  DROP INDEX "line_inquiries_source_event_id_idx";
  DROP INDEX "line_webhook_events_line_user_id_idx";
  DROP INDEX "line_webhook_events_claimed_at_idx";
  DROP INDEX "delivery_link_day_visitorKey_idx";
  DROP INDEX "payload_locked_documents_rels_line_click_days_id_idx";
  CREATE INDEX "delivery_link_visitorKey_idx" ON "line_link_clicks" USING btree ("delivery","link","visitor_key");
  ALTER TABLE "line_inquiries" DROP COLUMN "reply_claimed_at";
  ALTER TABLE "line_inquiries" DROP COLUMN "source_event_id";
  ALTER TABLE "line_webhook_events" DROP COLUMN "line_user_id";
  ALTER TABLE "line_webhook_events" DROP COLUMN "claimed_at";
  ALTER TABLE "line_webhook_events" DROP COLUMN "claimed_by";
  ALTER TABLE "line_webhook_events" DROP COLUMN "attempts";
  ALTER TABLE "line_webhook_events" DROP COLUMN "plan";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "line_click_days_id";`)
}
