import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_line_rich_menus_areas_action" AS ENUM('uri', 'message', 'postback');
  CREATE TYPE "public"."enum_line_rich_menus_target" AS ENUM('default', 'segment');
  CREATE TYPE "public"."enum_line_rich_menus_status" AS ENUM('draft', 'published', 'outdated');
  CREATE TABLE "line_rich_menus_areas" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"x" numeric NOT NULL,
  	"y" numeric NOT NULL,
  	"width" numeric NOT NULL,
  	"height" numeric NOT NULL,
  	"action" "enum_line_rich_menus_areas_action" DEFAULT 'uri' NOT NULL,
  	"uri" varchar,
  	"text" varchar,
  	"data" varchar
  );
  
  CREATE TABLE "line_rich_menus" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"chat_bar_text" varchar DEFAULT 'メニュー' NOT NULL,
  	"image_id" integer NOT NULL,
  	"selected" boolean DEFAULT true,
  	"target" "enum_line_rich_menus_target" DEFAULT 'default' NOT NULL,
  	"segment_id" integer,
  	"priority" numeric DEFAULT 0,
  	"status" "enum_line_rich_menus_status" DEFAULT 'draft',
  	"published_at" timestamp(3) with time zone,
  	"linked_count" numeric,
  	"last_error" varchar,
  	"line_rich_menu_id" varchar,
  	"publishing_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "line_rich_menus_id" integer;
  ALTER TABLE "line_rich_menus_areas" ADD CONSTRAINT "line_rich_menus_areas_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."line_rich_menus"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "line_rich_menus" ADD CONSTRAINT "line_rich_menus_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "line_rich_menus" ADD CONSTRAINT "line_rich_menus_segment_id_line_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."line_segments"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "line_rich_menus_areas_order_idx" ON "line_rich_menus_areas" USING btree ("_order");
  CREATE INDEX "line_rich_menus_areas_parent_id_idx" ON "line_rich_menus_areas" USING btree ("_parent_id");
  CREATE INDEX "line_rich_menus_image_idx" ON "line_rich_menus" USING btree ("image_id");
  CREATE INDEX "line_rich_menus_segment_idx" ON "line_rich_menus" USING btree ("segment_id");
  CREATE INDEX "line_rich_menus_status_idx" ON "line_rich_menus" USING btree ("status");
  CREATE INDEX "line_rich_menus_line_rich_menu_id_idx" ON "line_rich_menus" USING btree ("line_rich_menu_id");
  CREATE INDEX "line_rich_menus_updated_at_idx" ON "line_rich_menus" USING btree ("updated_at");
  CREATE INDEX "line_rich_menus_created_at_idx" ON "line_rich_menus" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_line_rich_menus_fk" FOREIGN KEY ("line_rich_menus_id") REFERENCES "public"."line_rich_menus"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_line_rich_menus_id_idx" ON "payload_locked_documents_rels" USING btree ("line_rich_menus_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "line_rich_menus_areas" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "line_rich_menus" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "line_rich_menus_areas" CASCADE;
  DROP TABLE "line_rich_menus" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_line_rich_menus_fk";
  
  DROP INDEX "payload_locked_documents_rels_line_rich_menus_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "line_rich_menus_id";
  DROP TYPE "public"."enum_line_rich_menus_areas_action";
  DROP TYPE "public"."enum_line_rich_menus_target";
  DROP TYPE "public"."enum_line_rich_menus_status";`)
}
