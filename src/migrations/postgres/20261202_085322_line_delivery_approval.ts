import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_line_deliveries_status" ADD VALUE 'awaiting_approval' BEFORE 'scheduled';
  ALTER TYPE "public"."enum_line_deliveries_status" ADD VALUE 'rejected' BEFORE 'scheduled';
  ALTER TABLE "users" ADD COLUMN "line_approver" boolean DEFAULT false;
  ALTER TABLE "line_deliveries" ADD COLUMN "recipient_estimate" numeric;
  ALTER TABLE "line_deliveries" ADD COLUMN "reviewed_by_id" integer;
  ALTER TABLE "line_deliveries" ADD COLUMN "reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "line_deliveries" ADD COLUMN "rejection_reason" varchar;
  ALTER TABLE "line_deliveries" ADD CONSTRAINT "line_deliveries_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "line_deliveries_reviewed_by_idx" ON "line_deliveries" USING btree ("reviewed_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "line_deliveries" DROP CONSTRAINT "line_deliveries_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "line_deliveries" ALTER COLUMN "status" SET DATA TYPE text;
  -- Requests still awaiting a decision (or sent back) have no status before approval existed.
  UPDATE "line_deliveries" SET "status" = 'cancelled' WHERE "status" IN ('awaiting_approval', 'rejected');
  ALTER TABLE "line_deliveries" ALTER COLUMN "status" SET DEFAULT 'scheduled'::text;
  DROP TYPE "public"."enum_line_deliveries_status";
  CREATE TYPE "public"."enum_line_deliveries_status" AS ENUM('scheduled', 'sending', 'done', 'partial', 'failed', 'cancelled');
  ALTER TABLE "line_deliveries" ALTER COLUMN "status" SET DEFAULT 'scheduled'::"public"."enum_line_deliveries_status";
  ALTER TABLE "line_deliveries" ALTER COLUMN "status" SET DATA TYPE "public"."enum_line_deliveries_status" USING "status"::"public"."enum_line_deliveries_status";
  DROP INDEX "line_deliveries_reviewed_by_idx";
  ALTER TABLE "users" DROP COLUMN "line_approver";
  ALTER TABLE "line_deliveries" DROP COLUMN "recipient_estimate";
  ALTER TABLE "line_deliveries" DROP COLUMN "reviewed_by_id";
  ALTER TABLE "line_deliveries" DROP COLUMN "reviewed_at";
  ALTER TABLE "line_deliveries" DROP COLUMN "rejection_reason";`)
}
