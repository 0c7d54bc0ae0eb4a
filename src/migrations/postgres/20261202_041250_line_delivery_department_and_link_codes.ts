import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "line_link_codes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"code_hash" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"used_at" timestamp(3) with time zone,
  	"line_user_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "line_deliveries" ADD COLUMN "department_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "line_link_codes_id" integer;
  ALTER TABLE "line_link_codes" ADD CONSTRAINT "line_link_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "line_link_codes_user_idx" ON "line_link_codes" USING btree ("user_id");
  CREATE UNIQUE INDEX "line_link_codes_code_hash_idx" ON "line_link_codes" USING btree ("code_hash");
  CREATE INDEX "line_link_codes_expires_at_idx" ON "line_link_codes" USING btree ("expires_at");
  CREATE INDEX "line_link_codes_updated_at_idx" ON "line_link_codes" USING btree ("updated_at");
  CREATE INDEX "line_link_codes_created_at_idx" ON "line_link_codes" USING btree ("created_at");
  ALTER TABLE "line_deliveries" ADD CONSTRAINT "line_deliveries_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_line_link_codes_fk" FOREIGN KEY ("line_link_codes_id") REFERENCES "public"."line_link_codes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "line_deliveries_department_idx" ON "line_deliveries" USING btree ("department_id");
  CREATE INDEX "payload_locked_documents_rels_line_link_codes_id_idx" ON "payload_locked_documents_rels" USING btree ("line_link_codes_id");`)
  // Deliveries made before they kept a department: their announcement's, else their sender's, so
  // that each department's editors keep seeing what they sent.
  await db.execute(sql`
   UPDATE "line_deliveries" AS d SET "department_id" = a."department_id"
    FROM "announcements" AS a
    WHERE d."department_id" IS NULL AND d."collection" = 'announcements' AND d."document" = a."id"::text;
   UPDATE "line_deliveries" AS d SET "department_id" = u."department_id"
    FROM "users" AS u
    WHERE d."department_id" IS NULL AND d."requested_by_id" = u."id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "line_link_codes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "line_link_codes" CASCADE;
  ALTER TABLE "line_deliveries" DROP CONSTRAINT "line_deliveries_department_id_departments_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_line_link_codes_fk";
  
  DROP INDEX "line_deliveries_department_idx";
  DROP INDEX "payload_locked_documents_rels_line_link_codes_id_idx";
  ALTER TABLE "line_deliveries" DROP COLUMN "department_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "line_link_codes_id";`)
}
