import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_departments_municipality" AS ENUM('akita', 'noshiro', 'yokote', 'odate', 'oga', 'yuzawa', 'kazuno', 'yurihonjo', 'katagami', 'daisen', 'kitaakita', 'nikaho', 'semboku', 'kosaka', 'kamikoani', 'fujisato', 'mitane', 'happo', 'gojome', 'hachirogata', 'ikawa', 'ogata', 'misato', 'ugo', 'higashinaruse');
  CREATE TYPE "public"."enum_line_segments_owner_municipality" AS ENUM('akita', 'noshiro', 'yokote', 'odate', 'oga', 'yuzawa', 'kazuno', 'yurihonjo', 'katagami', 'daisen', 'kitaakita', 'nikaho', 'semboku', 'kosaka', 'kamikoani', 'fujisato', 'mitane', 'happo', 'gojome', 'hachirogata', 'ikawa', 'ogata', 'misato', 'ugo', 'higashinaruse');
  ALTER TABLE "departments" ADD COLUMN "municipality" "enum_departments_municipality";
  ALTER TABLE "line_segments" ADD COLUMN "owner_municipality" "enum_line_segments_owner_municipality";
  CREATE INDEX "departments_municipality_idx" ON "departments" USING btree ("municipality");
  CREATE INDEX "line_segments_owner_municipality_idx" ON "line_segments" USING btree ("owner_municipality");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "departments_municipality_idx";
  DROP INDEX "line_segments_owner_municipality_idx";
  ALTER TABLE "departments" DROP COLUMN "municipality";
  ALTER TABLE "line_segments" DROP COLUMN "owner_municipality";
  DROP TYPE "public"."enum_departments_municipality";
  DROP TYPE "public"."enum_line_segments_owner_municipality";`)
}
