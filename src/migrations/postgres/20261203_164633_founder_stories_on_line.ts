import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_line_deliveries_collection" ADD VALUE 'founder-stories';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "line_deliveries" ALTER COLUMN "collection" SET DATA TYPE text;
  ALTER TABLE "line_deliveries" ALTER COLUMN "collection" SET DEFAULT 'announcements'::text;
  DROP TYPE "public"."enum_line_deliveries_collection";
  CREATE TYPE "public"."enum_line_deliveries_collection" AS ENUM('announcements');
  ALTER TABLE "line_deliveries" ALTER COLUMN "collection" SET DEFAULT 'announcements'::"public"."enum_line_deliveries_collection";
  ALTER TABLE "line_deliveries" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_line_deliveries_collection" USING "collection"::"public"."enum_line_deliveries_collection";`)
}
