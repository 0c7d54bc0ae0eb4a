import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "public_search_index" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc" numeric NOT NULL,
  	"search_text" varchar,
  	"title_text" varchar,
  	"catch_text" varchar,
  	"grams" varchar,
  	"industries" varchar,
  	"municipalities" varchar,
  	"purposes" varchar,
  	"stages" varchar,
  	"kind" varchar,
  	"provider_level" varchar,
  	"area_scope" varchar,
  	"any_industry" boolean,
  	"year_round" boolean,
  	"employee_limit" numeric,
  	"max_amount" numeric,
  	"sort_amount" numeric,
  	"acceptance_start" timestamp(3) with time zone,
  	"acceptance_end" timestamp(3) with time zone,
  	"sort_deadline" timestamp(3) with time zone,
  	"added_at" timestamp(3) with time zone,
  	"source" jsonb
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "public_search_index_id" integer;
  CREATE UNIQUE INDEX "public_search_index_doc_idx" ON "public_search_index" USING btree ("doc");
  CREATE INDEX "public_search_index_kind_idx" ON "public_search_index" USING btree ("kind");
  CREATE INDEX "public_search_index_provider_level_idx" ON "public_search_index" USING btree ("provider_level");
  CREATE INDEX "public_search_index_sort_amount_idx" ON "public_search_index" USING btree ("sort_amount");
  CREATE INDEX "public_search_index_sort_deadline_idx" ON "public_search_index" USING btree ("sort_deadline");
  CREATE INDEX "public_search_index_added_at_idx" ON "public_search_index" USING btree ("added_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_public_search_index_fk" FOREIGN KEY ("public_search_index_id") REFERENCES "public"."public_search_index"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_public_search_index_id_idx" ON "payload_locked_documents_rels" USING btree ("public_search_index_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "public_search_index" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "public_search_index" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_public_search_index_fk";
  
  DROP INDEX "payload_locked_documents_rels_public_search_index_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "public_search_index_id";`)
}
