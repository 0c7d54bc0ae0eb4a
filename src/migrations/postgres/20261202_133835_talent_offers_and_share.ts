import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "staff_profiles" ADD COLUMN "availability_share" numeric;
  ALTER TABLE "help_matches" ADD COLUMN "open_offer" varchar;
  -- Offers standing before the column existed hold their key too (the oldest, should there be two).
  UPDATE "help_matches" m SET "open_offer" = m."help_request_id" || ':' || m."profile_id"
    WHERE m."status" IN ('proposed', 'accepted') AND m."id" = (
      SELECT min(o."id") FROM "help_matches" o
      WHERE o."help_request_id" = m."help_request_id" AND o."profile_id" = m."profile_id" AND o."status" IN ('proposed', 'accepted'));
  CREATE UNIQUE INDEX "help_matches_open_offer_idx" ON "help_matches" USING btree ("open_offer");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "help_matches_open_offer_idx";
  ALTER TABLE "staff_profiles" DROP COLUMN "availability_share";
  ALTER TABLE "help_matches" DROP COLUMN "open_offer";`)
}
