import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "ideas" ADD COLUMN "answer_due_at" timestamp(3) with time zone;
  -- Ideas posted before: due the default 14 days after posting.
  UPDATE "ideas" SET "answer_due_at" = "created_at" + interval '14 days';
  CREATE INDEX "ideas_answer_due_at_idx" ON "ideas" USING btree ("answer_due_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "ideas_answer_due_at_idx";
  ALTER TABLE "ideas" DROP COLUMN "answer_due_at";`)
}
