import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "idea_follows" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"idea_id" integer NOT NULL,
  	"follower_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "line_delivery_batches" ADD COLUMN "retry_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "idea_follows_id" integer;
  ALTER TABLE "idea_follows" ADD CONSTRAINT "idea_follows_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "idea_follows" ADD CONSTRAINT "idea_follows_follower_id_users_id_fk" FOREIGN KEY ("follower_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "idea_follows_idea_idx" ON "idea_follows" USING btree ("idea_id");
  CREATE INDEX "idea_follows_follower_idx" ON "idea_follows" USING btree ("follower_id");
  CREATE INDEX "idea_follows_updated_at_idx" ON "idea_follows" USING btree ("updated_at");
  CREATE INDEX "idea_follows_created_at_idx" ON "idea_follows" USING btree ("created_at");
  CREATE UNIQUE INDEX "idea_follower_idx" ON "idea_follows" USING btree ("idea_id","follower_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_idea_follows_fk" FOREIGN KEY ("idea_follows_id") REFERENCES "public"."idea_follows"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_idea_follows_id_idx" ON "payload_locked_documents_rels" USING btree ("idea_follows_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "idea_follows" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "idea_follows" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_idea_follows_fk";
  
  DROP INDEX "payload_locked_documents_rels_idea_follows_id_idx";
  ALTER TABLE "line_delivery_batches" DROP COLUMN "retry_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "idea_follows_id";`)
}
