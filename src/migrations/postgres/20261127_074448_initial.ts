import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'staff');
  CREATE TYPE "public"."enum_announcements_municipalities" AS ENUM('akita', 'noshiro', 'yokote', 'odate', 'oga', 'yuzawa', 'kazuno', 'yurihonjo', 'katagami', 'daisen', 'kitaakita', 'nikaho', 'semboku', 'kosaka', 'kamikoani', 'fujisato', 'mitane', 'happo', 'gojome', 'hachirogata', 'ikawa', 'ogata', 'misato', 'ugo', 'higashinaruse');
  CREATE TYPE "public"."enum_announcements_category" AS ENUM('bosai', 'kosodate', 'iju', 'kanko', 'kigyo', 'kenko', 'gyosei', 'koyo', 'kyoiku', 'nourin');
  CREATE TYPE "public"."enum_announcements_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__announcements_v_version_municipalities" AS ENUM('akita', 'noshiro', 'yokote', 'odate', 'oga', 'yuzawa', 'kazuno', 'yurihonjo', 'katagami', 'daisen', 'kitaakita', 'nikaho', 'semboku', 'kosaka', 'kamikoani', 'fujisato', 'mitane', 'happo', 'gojome', 'hachirogata', 'ikawa', 'ogata', 'misato', 'ugo', 'higashinaruse');
  CREATE TYPE "public"."enum__announcements_v_version_category" AS ENUM('bosai', 'kosodate', 'iju', 'kanko', 'kigyo', 'kenko', 'gyosei', 'koyo', 'kyoiku', 'nourin');
  CREATE TYPE "public"."enum__announcements_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_subsidies_purposes" AS ENUM('new_business', 'sales_expansion', 'events', 'succession', 'research', 'training', 'cash_flow', 'equipment_it', 'employment', 'eco_sdgs', 'disaster', 'education_childcare', 'sports_culture', 'safety', 'community');
  CREATE TYPE "public"."enum_subsidies_industries" AS ENUM('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T');
  CREATE TYPE "public"."enum_subsidies_stages" AS ENUM('pre_founding', 'founding', 'growth', 'succession');
  CREATE TYPE "public"."enum_subsidies_municipalities" AS ENUM('akita', 'noshiro', 'yokote', 'odate', 'oga', 'yuzawa', 'kazuno', 'yurihonjo', 'katagami', 'daisen', 'kitaakita', 'nikaho', 'semboku', 'kosaka', 'kamikoani', 'fujisato', 'mitane', 'happo', 'gojome', 'hachirogata', 'ikawa', 'ogata', 'misato', 'ugo', 'higashinaruse');
  CREATE TYPE "public"."enum_subsidies_kind" AS ENUM('subsidy', 'grant', 'loan', 'interest', 'tax', 'other');
  CREATE TYPE "public"."enum_subsidies_provider_level" AS ENUM('national', 'prefecture', 'municipality', 'chamber', 'financial');
  CREATE TYPE "public"."enum_subsidies_area_scope" AS ENUM('nationwide', 'prefecture', 'municipalities');
  CREATE TYPE "public"."enum_subsidies_provenance_source" AS ENUM('manual', 'jgrants');
  CREATE TYPE "public"."enum_subsidies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__subsidies_v_version_purposes" AS ENUM('new_business', 'sales_expansion', 'events', 'succession', 'research', 'training', 'cash_flow', 'equipment_it', 'employment', 'eco_sdgs', 'disaster', 'education_childcare', 'sports_culture', 'safety', 'community');
  CREATE TYPE "public"."enum__subsidies_v_version_industries" AS ENUM('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T');
  CREATE TYPE "public"."enum__subsidies_v_version_stages" AS ENUM('pre_founding', 'founding', 'growth', 'succession');
  CREATE TYPE "public"."enum__subsidies_v_version_municipalities" AS ENUM('akita', 'noshiro', 'yokote', 'odate', 'oga', 'yuzawa', 'kazuno', 'yurihonjo', 'katagami', 'daisen', 'kitaakita', 'nikaho', 'semboku', 'kosaka', 'kamikoani', 'fujisato', 'mitane', 'happo', 'gojome', 'hachirogata', 'ikawa', 'ogata', 'misato', 'ugo', 'higashinaruse');
  CREATE TYPE "public"."enum__subsidies_v_version_kind" AS ENUM('subsidy', 'grant', 'loan', 'interest', 'tax', 'other');
  CREATE TYPE "public"."enum__subsidies_v_version_provider_level" AS ENUM('national', 'prefecture', 'municipality', 'chamber', 'financial');
  CREATE TYPE "public"."enum__subsidies_v_version_area_scope" AS ENUM('nationwide', 'prefecture', 'municipalities');
  CREATE TYPE "public"."enum__subsidies_v_version_provenance_source" AS ENUM('manual', 'jgrants');
  CREATE TYPE "public"."enum__subsidies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_founder_stories_municipality" AS ENUM('akita', 'noshiro', 'yokote', 'odate', 'oga', 'yuzawa', 'kazuno', 'yurihonjo', 'katagami', 'daisen', 'kitaakita', 'nikaho', 'semboku', 'kosaka', 'kamikoani', 'fujisato', 'mitane', 'happo', 'gojome', 'hachirogata', 'ikawa', 'ogata', 'misato', 'ugo', 'higashinaruse');
  CREATE TYPE "public"."enum_founder_stories_industry" AS ENUM('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T');
  CREATE TYPE "public"."enum_founder_stories_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__founder_stories_v_version_municipality" AS ENUM('akita', 'noshiro', 'yokote', 'odate', 'oga', 'yuzawa', 'kazuno', 'yurihonjo', 'katagami', 'daisen', 'kitaakita', 'nikaho', 'semboku', 'kosaka', 'kamikoani', 'fujisato', 'mitane', 'happo', 'gojome', 'hachirogata', 'ikawa', 'ogata', 'misato', 'ugo', 'higashinaruse');
  CREATE TYPE "public"."enum__founder_stories_v_version_industry" AS ENUM('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T');
  CREATE TYPE "public"."enum__founder_stories_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_skills_category" AS ENUM('it', 'data', 'language', 'legal', 'pr', 'finance', 'planning', 'business', 'welfare', 'agriculture', 'disaster', 'other');
  CREATE TYPE "public"."enum_staff_profiles_skills_level" AS ENUM('1', '2', '3', '4', '5');
  CREATE TYPE "public"."enum_staff_profiles_visibility" AS ENUM('self', 'hr', 'all');
  CREATE TYPE "public"."enum_staff_profiles_availability" AS ENUM('none', 'monthly', 'weekly');
  CREATE TYPE "public"."enum_staff_profiles_supervisor_approval" AS ENUM('pending', 'approved', 'declined');
  CREATE TYPE "public"."enum_staff_profiles_consent_status" AS ENUM('given', 'withdrawn');
  CREATE TYPE "public"."enum_help_requests_required_skills_min_level" AS ENUM('1', '2', '3', '4', '5');
  CREATE TYPE "public"."enum_help_requests_status" AS ENUM('open', 'matched', 'closed');
  CREATE TYPE "public"."enum_help_matches_log_action" AS ENUM('proposed', 'accepted', 'declined', 'cancelled');
  CREATE TYPE "public"."enum_help_matches_status" AS ENUM('proposed', 'accepted', 'declined', 'cancelled');
  CREATE TYPE "public"."enum_ideas_state_history_from" AS ENUM('open', 'considering', 'accepted', 'rejected', 'done', 'withdrawn');
  CREATE TYPE "public"."enum_ideas_state_history_to" AS ENUM('open', 'considering', 'accepted', 'rejected', 'done', 'withdrawn');
  CREATE TYPE "public"."enum_ideas_kind" AS ENUM('idea', 'problem');
  CREATE TYPE "public"."enum_ideas_category" AS ENUM('efficiency', 'digital', 'workstyle', 'facilities', 'service', 'training', 'disaster', 'other');
  CREATE TYPE "public"."enum_ideas_state" AS ENUM('open', 'considering', 'accepted', 'rejected', 'done', 'withdrawn');
  CREATE TYPE "public"."enum_ideas_moderation" AS ENUM('visible', 'pending', 'hidden');
  CREATE TYPE "public"."enum_idea_comments_stance" AS ENUM('support', 'neutral', 'concern');
  CREATE TYPE "public"."enum_idea_comments_moderation" AS ENUM('visible', 'pending', 'hidden');
  CREATE TYPE "public"."enum_idea_flags_reason" AS ENUM('spam', 'inappropriate', 'off-topic');
  CREATE TYPE "public"."enum_idea_flags_status" AS ENUM('open', 'reviewed');
  CREATE TYPE "public"."enum_line_subscribers_interests" AS ENUM('bosai', 'kosodate', 'iju', 'kanko', 'kigyo', 'kenko', 'gyosei', 'koyo', 'kyoiku', 'nourin');
  CREATE TYPE "public"."enum_line_subscribers_follow_state" AS ENUM('following', 'blocked');
  CREATE TYPE "public"."enum_line_subscribers_municipality" AS ENUM('akita', 'noshiro', 'yokote', 'odate', 'oga', 'yuzawa', 'kazuno', 'yurihonjo', 'katagami', 'daisen', 'kitaakita', 'nikaho', 'semboku', 'kosaka', 'kamikoani', 'fujisato', 'mitane', 'happo', 'gojome', 'hachirogata', 'ikawa', 'ogata', 'misato', 'ugo', 'higashinaruse');
  CREATE TYPE "public"."enum_line_subscribers_age_band" AS ENUM('under20', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventiesPlus');
  CREATE TYPE "public"."enum_line_subscribers_language" AS ENUM('ja', 'en');
  CREATE TYPE "public"."enum_line_subscribers_registration_step" AS ENUM('region', 'municipality', 'ageBand', 'interests');
  CREATE TYPE "public"."enum_line_segments_municipalities" AS ENUM('akita', 'noshiro', 'yokote', 'odate', 'oga', 'yuzawa', 'kazuno', 'yurihonjo', 'katagami', 'daisen', 'kitaakita', 'nikaho', 'semboku', 'kosaka', 'kamikoani', 'fujisato', 'mitane', 'happo', 'gojome', 'hachirogata', 'ikawa', 'ogata', 'misato', 'ugo', 'higashinaruse');
  CREATE TYPE "public"."enum_line_segments_age_bands" AS ENUM('under20', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventiesPlus');
  CREATE TYPE "public"."enum_line_segments_interests" AS ENUM('bosai', 'kosodate', 'iju', 'kanko', 'kigyo', 'kenko', 'gyosei', 'koyo', 'kyoiku', 'nourin');
  CREATE TYPE "public"."enum_line_segments_combinator" AS ENUM('and', 'or');
  CREATE TYPE "public"."enum_line_deliveries_collection" AS ENUM('announcements');
  CREATE TYPE "public"."enum_line_deliveries_mode" AS ENUM('test', 'live');
  CREATE TYPE "public"."enum_line_deliveries_status" AS ENUM('scheduled', 'sending', 'done', 'partial', 'failed', 'cancelled');
  CREATE TYPE "public"."enum_line_delivery_batches_status" AS ENUM('pending', 'sent', 'failed');
  CREATE TYPE "public"."enum_line_inquiries_status" AS ENUM('new', 'answered', 'closed');
  CREATE TYPE "public"."enum_line_webhook_events_status" AS ENUM('pending', 'processing', 'done', 'ignored', 'failed');
  CREATE TYPE "public"."enum_line_insight_snapshots_checkpoint" AS ENUM('1h', '6h', '24h', '3d', '7d', '14d');
  CREATE TYPE "public"."enum_line_insight_snapshots_status" AS ENUM('ok', 'error');
  CREATE TYPE "public"."enum_line_insight_snapshots_source" AS ENUM('unit', 'event');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'importJgrants', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'importJgrants', 'schedulePublish');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"division" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "leases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"holder" varchar,
  	"expires_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_line_hero_url" varchar,
  	"sizes_line_hero_width" numeric,
  	"sizes_line_hero_height" numeric,
  	"sizes_line_hero_mime_type" varchar,
  	"sizes_line_hero_filesize" numeric,
  	"sizes_line_hero_filename" varchar
  );
  
  CREATE TABLE "announcements_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "announcements_municipalities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_announcements_municipalities",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "announcements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"hero_image_id" integer,
  	"category" "enum_announcements_category",
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_announcements_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_announcements_v_version_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_announcements_v_version_municipalities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__announcements_v_version_municipalities",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_announcements_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_hero_image_id" integer,
  	"version_category" "enum__announcements_v_version_category",
  	"version_department_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__announcements_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "subsidies_purposes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_subsidies_purposes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "subsidies_industries" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_subsidies_industries",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "subsidies_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_subsidies_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "subsidies_municipalities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_subsidies_municipalities",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "subsidies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"catch_phrase" varchar,
  	"summary" varchar,
  	"detail" jsonb,
  	"kind" "enum_subsidies_kind",
  	"provider_level" "enum_subsidies_provider_level",
  	"provider_name" varchar,
  	"department_id" integer,
  	"area_scope" "enum_subsidies_area_scope" DEFAULT 'prefecture',
  	"eligible_entities" varchar,
  	"employee_limit" numeric,
  	"max_amount" numeric,
  	"rate_text" varchar,
  	"year_round" boolean DEFAULT false,
  	"acceptance_start" timestamp(3) with time zone,
  	"acceptance_end" timestamp(3) with time zone,
  	"application_method" varchar,
  	"application_url" varchar,
  	"inquiry_section" varchar,
  	"inquiry_tel" varchar,
  	"inquiry_email" varchar,
  	"provenance_source" "enum_subsidies_provenance_source" DEFAULT 'manual',
  	"provenance_external_id" varchar,
  	"provenance_source_url" varchar,
  	"provenance_attribution" varchar,
  	"provenance_imported_at" timestamp(3) with time zone,
  	"provenance_snapshot" jsonb,
  	"provenance_note" varchar,
  	"internal_memo" varchar,
  	"search_text" varchar,
  	"any_industry" boolean DEFAULT true,
  	"sort_deadline" timestamp(3) with time zone,
  	"sort_amount" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_subsidies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "subsidies_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "subsidies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"founder_stories_id" integer
  );
  
  CREATE TABLE "_subsidies_v_version_purposes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__subsidies_v_version_purposes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_subsidies_v_version_industries" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__subsidies_v_version_industries",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_subsidies_v_version_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__subsidies_v_version_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_subsidies_v_version_municipalities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__subsidies_v_version_municipalities",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_subsidies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_catch_phrase" varchar,
  	"version_summary" varchar,
  	"version_detail" jsonb,
  	"version_kind" "enum__subsidies_v_version_kind",
  	"version_provider_level" "enum__subsidies_v_version_provider_level",
  	"version_provider_name" varchar,
  	"version_department_id" integer,
  	"version_area_scope" "enum__subsidies_v_version_area_scope" DEFAULT 'prefecture',
  	"version_eligible_entities" varchar,
  	"version_employee_limit" numeric,
  	"version_max_amount" numeric,
  	"version_rate_text" varchar,
  	"version_year_round" boolean DEFAULT false,
  	"version_acceptance_start" timestamp(3) with time zone,
  	"version_acceptance_end" timestamp(3) with time zone,
  	"version_application_method" varchar,
  	"version_application_url" varchar,
  	"version_inquiry_section" varchar,
  	"version_inquiry_tel" varchar,
  	"version_inquiry_email" varchar,
  	"version_provenance_source" "enum__subsidies_v_version_provenance_source" DEFAULT 'manual',
  	"version_provenance_external_id" varchar,
  	"version_provenance_source_url" varchar,
  	"version_provenance_attribution" varchar,
  	"version_provenance_imported_at" timestamp(3) with time zone,
  	"version_provenance_snapshot" jsonb,
  	"version_provenance_note" varchar,
  	"version_internal_memo" varchar,
  	"version_search_text" varchar,
  	"version_any_industry" boolean DEFAULT true,
  	"version_sort_deadline" timestamp(3) with time zone,
  	"version_sort_amount" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__subsidies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_subsidies_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_subsidies_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"founder_stories_id" integer
  );
  
  CREATE TABLE "founder_stories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"founder_name" varchar,
  	"company" varchar,
  	"slug" varchar,
  	"title" varchar,
  	"municipality" "enum_founder_stories_municipality",
  	"industry" "enum_founder_stories_industry",
  	"founding_year" numeric,
  	"portrait_id" integer,
  	"quote" varchar,
  	"story" jsonb,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_founder_stories_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "founder_stories_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "founder_stories_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"subsidies_id" integer
  );
  
  CREATE TABLE "_founder_stories_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_founder_name" varchar,
  	"version_company" varchar,
  	"version_slug" varchar,
  	"version_title" varchar,
  	"version_municipality" "enum__founder_stories_v_version_municipality",
  	"version_industry" "enum__founder_stories_v_version_industry",
  	"version_founding_year" numeric,
  	"version_portrait_id" integer,
  	"version_quote" varchar,
  	"version_story" jsonb,
  	"version_department_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__founder_stories_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_founder_stories_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_founder_stories_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"subsidies_id" integer
  );
  
  CREATE TABLE "skills" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"category" "enum_skills_category" NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "skills_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "staff_profiles_past_assignments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"department_id" integer,
  	"organisation" varchar,
  	"role" varchar,
  	"from" timestamp(3) with time zone NOT NULL,
  	"to" timestamp(3) with time zone
  );
  
  CREATE TABLE "staff_profiles_qualifications" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"obtained" timestamp(3) with time zone,
  	"expires" timestamp(3) with time zone
  );
  
  CREATE TABLE "staff_profiles_skills" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"skill_id" integer NOT NULL,
  	"level" "enum_staff_profiles_skills_level" NOT NULL,
  	"years" numeric,
  	"last_used" numeric
  );
  
  CREATE TABLE "staff_profiles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"display_name" varchar,
  	"user_id" integer,
  	"current_department_id" integer,
  	"visibility" "enum_staff_profiles_visibility" DEFAULT 'self' NOT NULL,
  	"summary" varchar,
  	"availability" "enum_staff_profiles_availability" DEFAULT 'none' NOT NULL,
  	"available_from" timestamp(3) with time zone,
  	"available_until" timestamp(3) with time zone,
  	"supervisor_approval" "enum_staff_profiles_supervisor_approval" DEFAULT 'pending' NOT NULL,
  	"supervisor_approved_by_id" integer,
  	"supervisor_approved_at" timestamp(3) with time zone,
  	"consent_status" "enum_staff_profiles_consent_status" NOT NULL,
  	"consent_version" varchar,
  	"consented_at" timestamp(3) with time zone,
  	"consent_withdrawn_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "staff_profiles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"skills_id" integer
  );
  
  CREATE TABLE "help_requests_required_skills" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"skill_id" integer NOT NULL,
  	"min_level" "enum_help_requests_required_skills_min_level" DEFAULT '3' NOT NULL,
  	"weight" numeric DEFAULT 1 NOT NULL
  );
  
  CREATE TABLE "help_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"department_id" integer,
  	"status" "enum_help_requests_status" DEFAULT 'open' NOT NULL,
  	"description" varchar NOT NULL,
  	"hours_per_month" numeric NOT NULL,
  	"period_from" timestamp(3) with time zone NOT NULL,
  	"period_until" timestamp(3) with time zone NOT NULL,
  	"requested_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "help_matches_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_help_matches_log_action" NOT NULL,
  	"by_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "help_matches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"help_request_id" integer NOT NULL,
  	"profile_id" integer NOT NULL,
  	"status" "enum_help_matches_status" DEFAULT 'proposed' NOT NULL,
  	"score" numeric,
  	"department_id" integer,
  	"candidate_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"message" varchar,
  	"response" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ideas_state_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" "enum_ideas_state_history_from",
  	"to" "enum_ideas_state_history_to",
  	"changed_by_id" integer,
  	"changed_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "ideas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_ideas_kind" DEFAULT 'idea' NOT NULL,
  	"title" varchar NOT NULL,
  	"body" jsonb NOT NULL,
  	"category" "enum_ideas_category" DEFAULT 'other' NOT NULL,
  	"target_department_id" integer NOT NULL,
  	"anonymous" boolean DEFAULT false,
  	"author_id" integer,
  	"state" "enum_ideas_state" DEFAULT 'open' NOT NULL,
  	"official_answer_text" varchar,
  	"official_answer_answered_by_id" integer,
  	"official_answer_answered_at" timestamp(3) with time zone,
  	"state_changed_at" timestamp(3) with time zone,
  	"votes_count" numeric DEFAULT 0,
  	"comments_count" numeric DEFAULT 0,
  	"awaiting_answer" boolean DEFAULT true,
  	"solved" boolean DEFAULT false,
  	"moderation" "enum_ideas_moderation" DEFAULT 'visible',
  	"open_flags_count" numeric DEFAULT 0,
  	"search_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ideas_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"idea_attachments_id" integer
  );
  
  CREATE TABLE "idea_votes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"idea_id" integer NOT NULL,
  	"voter_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "idea_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"idea_id" integer NOT NULL,
  	"parent_id" integer,
  	"stance" "enum_idea_comments_stance" DEFAULT 'neutral' NOT NULL,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"depth" numeric,
  	"deleted" boolean DEFAULT false,
  	"deleted_at" timestamp(3) with time zone,
  	"edited_at" timestamp(3) with time zone,
  	"moderation" "enum_idea_comments_moderation" DEFAULT 'visible',
  	"open_flags_count" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "idea_flags" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"idea_id" integer,
  	"comment_id" integer,
  	"reason" "enum_idea_flags_reason" NOT NULL,
  	"note" varchar,
  	"reporter_id" integer,
  	"status" "enum_idea_flags_status" DEFAULT 'open' NOT NULL,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"target_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "idea_attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"description" varchar,
  	"uploaded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "line_subscribers_interests" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_line_subscribers_interests",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "line_subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"line_user_id" varchar NOT NULL,
  	"follow_state" "enum_line_subscribers_follow_state" DEFAULT 'following' NOT NULL,
  	"followed_at" timestamp(3) with time zone,
  	"unfollowed_at" timestamp(3) with time zone,
  	"municipality" "enum_line_subscribers_municipality",
  	"age_band" "enum_line_subscribers_age_band",
  	"language" "enum_line_subscribers_language" DEFAULT 'ja',
  	"consent_at" timestamp(3) with time zone,
  	"registration_step" "enum_line_subscribers_registration_step",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "line_segments_municipalities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_line_segments_municipalities",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "line_segments_age_bands" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_line_segments_age_bands",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "line_segments_interests" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_line_segments_interests",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "line_segments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"combinator" "enum_line_segments_combinator" DEFAULT 'and' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "line_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_title" varchar,
  	"collection" "enum_line_deliveries_collection" DEFAULT 'announcements' NOT NULL,
  	"document" varchar NOT NULL,
  	"mode" "enum_line_deliveries_mode" DEFAULT 'test' NOT NULL,
  	"scheduled_at" timestamp(3) with time zone,
  	"alt_text" varchar,
  	"extra_text" varchar,
  	"messages" jsonb,
  	"message_warnings" jsonb,
  	"status" "enum_line_deliveries_status" DEFAULT 'scheduled',
  	"total" numeric,
  	"sent" numeric,
  	"failed" numeric,
  	"last_error" varchar,
  	"aggregation_unit" varchar,
  	"requested_by_id" integer,
  	"sandbox" boolean,
  	"frozen_at" timestamp(3) with time zone,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"claimed_by" varchar,
  	"claimed_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "line_deliveries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"line_segments_id" integer
  );
  
  CREATE TABLE "line_delivery_batches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"delivery_id" integer NOT NULL,
  	"seq" numeric NOT NULL,
  	"recipients" jsonb NOT NULL,
  	"count" numeric NOT NULL,
  	"status" "enum_line_delivery_batches_status" DEFAULT 'pending' NOT NULL,
  	"retry_key" varchar NOT NULL,
  	"request_id" varchar,
  	"attempts" numeric DEFAULT 0,
  	"error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "line_inquiries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"subscriber_id" integer NOT NULL,
  	"department_id" integer,
  	"matched_keyword" varchar,
  	"status" "enum_line_inquiries_status" DEFAULT 'new' NOT NULL,
  	"reply_text" varchar,
  	"replied_at" timestamp(3) with time zone,
  	"received_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "line_webhook_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"webhook_event_id" varchar NOT NULL,
  	"type" varchar,
  	"event" jsonb NOT NULL,
  	"status" "enum_line_webhook_events_status" DEFAULT 'pending' NOT NULL,
  	"error" varchar,
  	"received_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "line_tracked_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"delivery_id" integer,
  	"aggregation_unit" varchar,
  	"segment" varchar,
  	"category" varchar,
  	"department" varchar,
  	"document" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "line_link_clicks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"clicked_at" timestamp(3) with time zone NOT NULL,
  	"day" varchar NOT NULL,
  	"delivery" varchar,
  	"link" varchar NOT NULL,
  	"segment" varchar,
  	"category" varchar,
  	"department" varchar,
  	"visitor_key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "line_insight_snapshots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"delivery_id" integer NOT NULL,
  	"checkpoint" "enum_line_insight_snapshots_checkpoint" NOT NULL,
  	"fetched_at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_line_insight_snapshots_status" DEFAULT 'ok' NOT NULL,
  	"error" varchar,
  	"source" "enum_line_insight_snapshots_source",
  	"delivered" numeric,
  	"unique_impressions" numeric,
  	"unique_clicks" numeric,
  	"url_clicks" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "line_account_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"followers" numeric,
  	"targeted_reaches" numeric,
  	"blocks" numeric,
  	"fetched_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"departments_id" integer,
  	"leases_id" integer,
  	"media_id" integer,
  	"announcements_id" integer,
  	"subsidies_id" integer,
  	"founder_stories_id" integer,
  	"skills_id" integer,
  	"staff_profiles_id" integer,
  	"help_requests_id" integer,
  	"help_matches_id" integer,
  	"ideas_id" integer,
  	"idea_votes_id" integer,
  	"idea_comments_id" integer,
  	"idea_flags_id" integer,
  	"idea_attachments_id" integer,
  	"line_subscribers_id" integer,
  	"line_segments_id" integer,
  	"line_deliveries_id" integer,
  	"line_delivery_batches_id" integer,
  	"line_inquiries_id" integer,
  	"line_webhook_events_id" integer,
  	"line_tracked_links_id" integer,
  	"line_link_clicks_id" integer,
  	"line_insight_snapshots_id" integer,
  	"line_account_stats_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_texts" ADD CONSTRAINT "users_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements_links" ADD CONSTRAINT "announcements_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements_municipalities" ADD CONSTRAINT "announcements_municipalities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements" ADD CONSTRAINT "announcements_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcements" ADD CONSTRAINT "announcements_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v_version_links" ADD CONSTRAINT "_announcements_v_version_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_announcements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v_version_municipalities" ADD CONSTRAINT "_announcements_v_version_municipalities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_announcements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v" ADD CONSTRAINT "_announcements_v_parent_id_announcements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."announcements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v" ADD CONSTRAINT "_announcements_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v" ADD CONSTRAINT "_announcements_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subsidies_purposes" ADD CONSTRAINT "subsidies_purposes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subsidies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subsidies_industries" ADD CONSTRAINT "subsidies_industries_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subsidies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subsidies_stages" ADD CONSTRAINT "subsidies_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subsidies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subsidies_municipalities" ADD CONSTRAINT "subsidies_municipalities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subsidies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subsidies" ADD CONSTRAINT "subsidies_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subsidies_texts" ADD CONSTRAINT "subsidies_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subsidies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subsidies_rels" ADD CONSTRAINT "subsidies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subsidies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subsidies_rels" ADD CONSTRAINT "subsidies_rels_founder_stories_fk" FOREIGN KEY ("founder_stories_id") REFERENCES "public"."founder_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_subsidies_v_version_purposes" ADD CONSTRAINT "_subsidies_v_version_purposes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_subsidies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_subsidies_v_version_industries" ADD CONSTRAINT "_subsidies_v_version_industries_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_subsidies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_subsidies_v_version_stages" ADD CONSTRAINT "_subsidies_v_version_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_subsidies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_subsidies_v_version_municipalities" ADD CONSTRAINT "_subsidies_v_version_municipalities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_subsidies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_subsidies_v" ADD CONSTRAINT "_subsidies_v_parent_id_subsidies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subsidies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_subsidies_v" ADD CONSTRAINT "_subsidies_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_subsidies_v_texts" ADD CONSTRAINT "_subsidies_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_subsidies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_subsidies_v_rels" ADD CONSTRAINT "_subsidies_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_subsidies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_subsidies_v_rels" ADD CONSTRAINT "_subsidies_v_rels_founder_stories_fk" FOREIGN KEY ("founder_stories_id") REFERENCES "public"."founder_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "founder_stories" ADD CONSTRAINT "founder_stories_portrait_id_media_id_fk" FOREIGN KEY ("portrait_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "founder_stories" ADD CONSTRAINT "founder_stories_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "founder_stories_texts" ADD CONSTRAINT "founder_stories_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."founder_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "founder_stories_rels" ADD CONSTRAINT "founder_stories_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."founder_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "founder_stories_rels" ADD CONSTRAINT "founder_stories_rels_subsidies_fk" FOREIGN KEY ("subsidies_id") REFERENCES "public"."subsidies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_founder_stories_v" ADD CONSTRAINT "_founder_stories_v_parent_id_founder_stories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."founder_stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_founder_stories_v" ADD CONSTRAINT "_founder_stories_v_version_portrait_id_media_id_fk" FOREIGN KEY ("version_portrait_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_founder_stories_v" ADD CONSTRAINT "_founder_stories_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_founder_stories_v_texts" ADD CONSTRAINT "_founder_stories_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_founder_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_founder_stories_v_rels" ADD CONSTRAINT "_founder_stories_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_founder_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_founder_stories_v_rels" ADD CONSTRAINT "_founder_stories_v_rels_subsidies_fk" FOREIGN KEY ("subsidies_id") REFERENCES "public"."subsidies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "skills_texts" ADD CONSTRAINT "skills_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_profiles_past_assignments" ADD CONSTRAINT "staff_profiles_past_assignments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_profiles_past_assignments" ADD CONSTRAINT "staff_profiles_past_assignments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_profiles_qualifications" ADD CONSTRAINT "staff_profiles_qualifications_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_profiles_skills" ADD CONSTRAINT "staff_profiles_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_profiles_skills" ADD CONSTRAINT "staff_profiles_skills_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_profiles" ADD CONSTRAINT "staff_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_profiles" ADD CONSTRAINT "staff_profiles_current_department_id_departments_id_fk" FOREIGN KEY ("current_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_profiles" ADD CONSTRAINT "staff_profiles_supervisor_approved_by_id_users_id_fk" FOREIGN KEY ("supervisor_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "staff_profiles_rels" ADD CONSTRAINT "staff_profiles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "staff_profiles_rels" ADD CONSTRAINT "staff_profiles_rels_skills_fk" FOREIGN KEY ("skills_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_requests_required_skills" ADD CONSTRAINT "help_requests_required_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "help_requests_required_skills" ADD CONSTRAINT "help_requests_required_skills_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."help_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "help_matches_log" ADD CONSTRAINT "help_matches_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "help_matches_log" ADD CONSTRAINT "help_matches_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."help_matches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_matches" ADD CONSTRAINT "help_matches_help_request_id_help_requests_id_fk" FOREIGN KEY ("help_request_id") REFERENCES "public"."help_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "help_matches" ADD CONSTRAINT "help_matches_profile_id_staff_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."staff_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "help_matches" ADD CONSTRAINT "help_matches_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "help_matches" ADD CONSTRAINT "help_matches_candidate_id_users_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ideas_state_history" ADD CONSTRAINT "ideas_state_history_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ideas_state_history" ADD CONSTRAINT "ideas_state_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ideas" ADD CONSTRAINT "ideas_target_department_id_departments_id_fk" FOREIGN KEY ("target_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ideas" ADD CONSTRAINT "ideas_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ideas" ADD CONSTRAINT "ideas_official_answer_answered_by_id_users_id_fk" FOREIGN KEY ("official_answer_answered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ideas_rels" ADD CONSTRAINT "ideas_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ideas_rels" ADD CONSTRAINT "ideas_rels_idea_attachments_fk" FOREIGN KEY ("idea_attachments_id") REFERENCES "public"."idea_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "idea_votes" ADD CONSTRAINT "idea_votes_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "idea_votes" ADD CONSTRAINT "idea_votes_voter_id_users_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "idea_comments" ADD CONSTRAINT "idea_comments_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "idea_comments" ADD CONSTRAINT "idea_comments_parent_id_idea_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."idea_comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "idea_comments" ADD CONSTRAINT "idea_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "idea_flags" ADD CONSTRAINT "idea_flags_idea_id_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."ideas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "idea_flags" ADD CONSTRAINT "idea_flags_comment_id_idea_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."idea_comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "idea_flags" ADD CONSTRAINT "idea_flags_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "idea_flags" ADD CONSTRAINT "idea_flags_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "idea_attachments" ADD CONSTRAINT "idea_attachments_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "line_subscribers_interests" ADD CONSTRAINT "line_subscribers_interests_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."line_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "line_segments_municipalities" ADD CONSTRAINT "line_segments_municipalities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."line_segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "line_segments_age_bands" ADD CONSTRAINT "line_segments_age_bands_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."line_segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "line_segments_interests" ADD CONSTRAINT "line_segments_interests_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."line_segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "line_deliveries" ADD CONSTRAINT "line_deliveries_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "line_deliveries_rels" ADD CONSTRAINT "line_deliveries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."line_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "line_deliveries_rels" ADD CONSTRAINT "line_deliveries_rels_line_segments_fk" FOREIGN KEY ("line_segments_id") REFERENCES "public"."line_segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "line_delivery_batches" ADD CONSTRAINT "line_delivery_batches_delivery_id_line_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."line_deliveries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "line_inquiries" ADD CONSTRAINT "line_inquiries_subscriber_id_line_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."line_subscribers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "line_inquiries" ADD CONSTRAINT "line_inquiries_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "line_tracked_links" ADD CONSTRAINT "line_tracked_links_delivery_id_line_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."line_deliveries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "line_insight_snapshots" ADD CONSTRAINT "line_insight_snapshots_delivery_id_line_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."line_deliveries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_leases_fk" FOREIGN KEY ("leases_id") REFERENCES "public"."leases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_announcements_fk" FOREIGN KEY ("announcements_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subsidies_fk" FOREIGN KEY ("subsidies_id") REFERENCES "public"."subsidies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_founder_stories_fk" FOREIGN KEY ("founder_stories_id") REFERENCES "public"."founder_stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_skills_fk" FOREIGN KEY ("skills_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_staff_profiles_fk" FOREIGN KEY ("staff_profiles_id") REFERENCES "public"."staff_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_help_requests_fk" FOREIGN KEY ("help_requests_id") REFERENCES "public"."help_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_help_matches_fk" FOREIGN KEY ("help_matches_id") REFERENCES "public"."help_matches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ideas_fk" FOREIGN KEY ("ideas_id") REFERENCES "public"."ideas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_idea_votes_fk" FOREIGN KEY ("idea_votes_id") REFERENCES "public"."idea_votes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_idea_comments_fk" FOREIGN KEY ("idea_comments_id") REFERENCES "public"."idea_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_idea_flags_fk" FOREIGN KEY ("idea_flags_id") REFERENCES "public"."idea_flags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_idea_attachments_fk" FOREIGN KEY ("idea_attachments_id") REFERENCES "public"."idea_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_line_subscribers_fk" FOREIGN KEY ("line_subscribers_id") REFERENCES "public"."line_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_line_segments_fk" FOREIGN KEY ("line_segments_id") REFERENCES "public"."line_segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_line_deliveries_fk" FOREIGN KEY ("line_deliveries_id") REFERENCES "public"."line_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_line_delivery_batches_fk" FOREIGN KEY ("line_delivery_batches_id") REFERENCES "public"."line_delivery_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_line_inquiries_fk" FOREIGN KEY ("line_inquiries_id") REFERENCES "public"."line_inquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_line_webhook_events_fk" FOREIGN KEY ("line_webhook_events_id") REFERENCES "public"."line_webhook_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_line_tracked_links_fk" FOREIGN KEY ("line_tracked_links_id") REFERENCES "public"."line_tracked_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_line_link_clicks_fk" FOREIGN KEY ("line_link_clicks_id") REFERENCES "public"."line_link_clicks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_line_insight_snapshots_fk" FOREIGN KEY ("line_insight_snapshots_id") REFERENCES "public"."line_insight_snapshots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_line_account_stats_fk" FOREIGN KEY ("line_account_stats_id") REFERENCES "public"."line_account_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_roles_value_idx" ON "users_roles" USING btree ("value");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_department_idx" ON "users" USING btree ("department_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_texts_order_parent" ON "users_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "departments_name_idx" ON "departments" USING btree ("name");
  CREATE UNIQUE INDEX "departments_code_idx" ON "departments" USING btree ("code");
  CREATE INDEX "departments_updated_at_idx" ON "departments" USING btree ("updated_at");
  CREATE INDEX "departments_created_at_idx" ON "departments" USING btree ("created_at");
  CREATE UNIQUE INDEX "leases_name_idx" ON "leases" USING btree ("name");
  CREATE INDEX "leases_expires_at_idx" ON "leases" USING btree ("expires_at");
  CREATE INDEX "leases_updated_at_idx" ON "leases" USING btree ("updated_at");
  CREATE INDEX "leases_created_at_idx" ON "leases" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_line_hero_sizes_line_hero_filename_idx" ON "media" USING btree ("sizes_line_hero_filename");
  CREATE INDEX "announcements_links_order_idx" ON "announcements_links" USING btree ("_order");
  CREATE INDEX "announcements_links_parent_id_idx" ON "announcements_links" USING btree ("_parent_id");
  CREATE INDEX "announcements_municipalities_order_idx" ON "announcements_municipalities" USING btree ("order");
  CREATE INDEX "announcements_municipalities_parent_idx" ON "announcements_municipalities" USING btree ("parent_id");
  CREATE INDEX "announcements_municipalities_value_idx" ON "announcements_municipalities" USING btree ("value");
  CREATE INDEX "announcements_hero_image_idx" ON "announcements" USING btree ("hero_image_id");
  CREATE INDEX "announcements_category_idx" ON "announcements" USING btree ("category");
  CREATE INDEX "announcements_department_idx" ON "announcements" USING btree ("department_id");
  CREATE INDEX "announcements_updated_at_idx" ON "announcements" USING btree ("updated_at");
  CREATE INDEX "announcements_created_at_idx" ON "announcements" USING btree ("created_at");
  CREATE INDEX "announcements__status_idx" ON "announcements" USING btree ("_status");
  CREATE INDEX "_announcements_v_version_links_order_idx" ON "_announcements_v_version_links" USING btree ("_order");
  CREATE INDEX "_announcements_v_version_links_parent_id_idx" ON "_announcements_v_version_links" USING btree ("_parent_id");
  CREATE INDEX "_announcements_v_version_municipalities_order_idx" ON "_announcements_v_version_municipalities" USING btree ("order");
  CREATE INDEX "_announcements_v_version_municipalities_parent_idx" ON "_announcements_v_version_municipalities" USING btree ("parent_id");
  CREATE INDEX "_announcements_v_version_municipalities_value_idx" ON "_announcements_v_version_municipalities" USING btree ("value");
  CREATE INDEX "_announcements_v_parent_idx" ON "_announcements_v" USING btree ("parent_id");
  CREATE INDEX "_announcements_v_version_version_hero_image_idx" ON "_announcements_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_announcements_v_version_version_category_idx" ON "_announcements_v" USING btree ("version_category");
  CREATE INDEX "_announcements_v_version_version_department_idx" ON "_announcements_v" USING btree ("version_department_id");
  CREATE INDEX "_announcements_v_version_version_updated_at_idx" ON "_announcements_v" USING btree ("version_updated_at");
  CREATE INDEX "_announcements_v_version_version_created_at_idx" ON "_announcements_v" USING btree ("version_created_at");
  CREATE INDEX "_announcements_v_version_version__status_idx" ON "_announcements_v" USING btree ("version__status");
  CREATE INDEX "_announcements_v_created_at_idx" ON "_announcements_v" USING btree ("created_at");
  CREATE INDEX "_announcements_v_updated_at_idx" ON "_announcements_v" USING btree ("updated_at");
  CREATE INDEX "_announcements_v_latest_idx" ON "_announcements_v" USING btree ("latest");
  CREATE INDEX "subsidies_purposes_order_idx" ON "subsidies_purposes" USING btree ("order");
  CREATE INDEX "subsidies_purposes_parent_idx" ON "subsidies_purposes" USING btree ("parent_id");
  CREATE INDEX "subsidies_purposes_value_idx" ON "subsidies_purposes" USING btree ("value");
  CREATE INDEX "subsidies_industries_order_idx" ON "subsidies_industries" USING btree ("order");
  CREATE INDEX "subsidies_industries_parent_idx" ON "subsidies_industries" USING btree ("parent_id");
  CREATE INDEX "subsidies_industries_value_idx" ON "subsidies_industries" USING btree ("value");
  CREATE INDEX "subsidies_stages_order_idx" ON "subsidies_stages" USING btree ("order");
  CREATE INDEX "subsidies_stages_parent_idx" ON "subsidies_stages" USING btree ("parent_id");
  CREATE INDEX "subsidies_stages_value_idx" ON "subsidies_stages" USING btree ("value");
  CREATE INDEX "subsidies_municipalities_order_idx" ON "subsidies_municipalities" USING btree ("order");
  CREATE INDEX "subsidies_municipalities_parent_idx" ON "subsidies_municipalities" USING btree ("parent_id");
  CREATE INDEX "subsidies_municipalities_value_idx" ON "subsidies_municipalities" USING btree ("value");
  CREATE INDEX "subsidies_title_idx" ON "subsidies" USING btree ("title");
  CREATE UNIQUE INDEX "subsidies_slug_idx" ON "subsidies" USING btree ("slug");
  CREATE INDEX "subsidies_kind_idx" ON "subsidies" USING btree ("kind");
  CREATE INDEX "subsidies_provider_level_idx" ON "subsidies" USING btree ("provider_level");
  CREATE INDEX "subsidies_provider_name_idx" ON "subsidies" USING btree ("provider_name");
  CREATE INDEX "subsidies_department_idx" ON "subsidies" USING btree ("department_id");
  CREATE INDEX "subsidies_area_scope_idx" ON "subsidies" USING btree ("area_scope");
  CREATE INDEX "subsidies_employee_limit_idx" ON "subsidies" USING btree ("employee_limit");
  CREATE INDEX "subsidies_max_amount_idx" ON "subsidies" USING btree ("max_amount");
  CREATE INDEX "subsidies_year_round_idx" ON "subsidies" USING btree ("year_round");
  CREATE INDEX "subsidies_acceptance_start_idx" ON "subsidies" USING btree ("acceptance_start");
  CREATE INDEX "subsidies_acceptance_end_idx" ON "subsidies" USING btree ("acceptance_end");
  CREATE INDEX "subsidies_provenance_provenance_source_idx" ON "subsidies" USING btree ("provenance_source");
  CREATE UNIQUE INDEX "subsidies_provenance_provenance_external_id_idx" ON "subsidies" USING btree ("provenance_external_id");
  CREATE INDEX "subsidies_any_industry_idx" ON "subsidies" USING btree ("any_industry");
  CREATE INDEX "subsidies_sort_deadline_idx" ON "subsidies" USING btree ("sort_deadline");
  CREATE INDEX "subsidies_sort_amount_idx" ON "subsidies" USING btree ("sort_amount");
  CREATE INDEX "subsidies_updated_at_idx" ON "subsidies" USING btree ("updated_at");
  CREATE INDEX "subsidies_created_at_idx" ON "subsidies" USING btree ("created_at");
  CREATE INDEX "subsidies__status_idx" ON "subsidies" USING btree ("_status");
  CREATE INDEX "subsidies_texts_order_parent" ON "subsidies_texts" USING btree ("order","parent_id");
  CREATE INDEX "subsidies_rels_order_idx" ON "subsidies_rels" USING btree ("order");
  CREATE INDEX "subsidies_rels_parent_idx" ON "subsidies_rels" USING btree ("parent_id");
  CREATE INDEX "subsidies_rels_path_idx" ON "subsidies_rels" USING btree ("path");
  CREATE INDEX "subsidies_rels_founder_stories_id_idx" ON "subsidies_rels" USING btree ("founder_stories_id");
  CREATE INDEX "_subsidies_v_version_purposes_order_idx" ON "_subsidies_v_version_purposes" USING btree ("order");
  CREATE INDEX "_subsidies_v_version_purposes_parent_idx" ON "_subsidies_v_version_purposes" USING btree ("parent_id");
  CREATE INDEX "_subsidies_v_version_purposes_value_idx" ON "_subsidies_v_version_purposes" USING btree ("value");
  CREATE INDEX "_subsidies_v_version_industries_order_idx" ON "_subsidies_v_version_industries" USING btree ("order");
  CREATE INDEX "_subsidies_v_version_industries_parent_idx" ON "_subsidies_v_version_industries" USING btree ("parent_id");
  CREATE INDEX "_subsidies_v_version_industries_value_idx" ON "_subsidies_v_version_industries" USING btree ("value");
  CREATE INDEX "_subsidies_v_version_stages_order_idx" ON "_subsidies_v_version_stages" USING btree ("order");
  CREATE INDEX "_subsidies_v_version_stages_parent_idx" ON "_subsidies_v_version_stages" USING btree ("parent_id");
  CREATE INDEX "_subsidies_v_version_stages_value_idx" ON "_subsidies_v_version_stages" USING btree ("value");
  CREATE INDEX "_subsidies_v_version_municipalities_order_idx" ON "_subsidies_v_version_municipalities" USING btree ("order");
  CREATE INDEX "_subsidies_v_version_municipalities_parent_idx" ON "_subsidies_v_version_municipalities" USING btree ("parent_id");
  CREATE INDEX "_subsidies_v_version_municipalities_value_idx" ON "_subsidies_v_version_municipalities" USING btree ("value");
  CREATE INDEX "_subsidies_v_parent_idx" ON "_subsidies_v" USING btree ("parent_id");
  CREATE INDEX "_subsidies_v_version_version_title_idx" ON "_subsidies_v" USING btree ("version_title");
  CREATE INDEX "_subsidies_v_version_version_slug_idx" ON "_subsidies_v" USING btree ("version_slug");
  CREATE INDEX "_subsidies_v_version_version_kind_idx" ON "_subsidies_v" USING btree ("version_kind");
  CREATE INDEX "_subsidies_v_version_version_provider_level_idx" ON "_subsidies_v" USING btree ("version_provider_level");
  CREATE INDEX "_subsidies_v_version_version_provider_name_idx" ON "_subsidies_v" USING btree ("version_provider_name");
  CREATE INDEX "_subsidies_v_version_version_department_idx" ON "_subsidies_v" USING btree ("version_department_id");
  CREATE INDEX "_subsidies_v_version_version_area_scope_idx" ON "_subsidies_v" USING btree ("version_area_scope");
  CREATE INDEX "_subsidies_v_version_version_employee_limit_idx" ON "_subsidies_v" USING btree ("version_employee_limit");
  CREATE INDEX "_subsidies_v_version_version_max_amount_idx" ON "_subsidies_v" USING btree ("version_max_amount");
  CREATE INDEX "_subsidies_v_version_version_year_round_idx" ON "_subsidies_v" USING btree ("version_year_round");
  CREATE INDEX "_subsidies_v_version_version_acceptance_start_idx" ON "_subsidies_v" USING btree ("version_acceptance_start");
  CREATE INDEX "_subsidies_v_version_version_acceptance_end_idx" ON "_subsidies_v" USING btree ("version_acceptance_end");
  CREATE INDEX "_subsidies_v_version_provenance_version_provenance_sourc_idx" ON "_subsidies_v" USING btree ("version_provenance_source");
  CREATE INDEX "_subsidies_v_version_provenance_version_provenance_exter_idx" ON "_subsidies_v" USING btree ("version_provenance_external_id");
  CREATE INDEX "_subsidies_v_version_version_any_industry_idx" ON "_subsidies_v" USING btree ("version_any_industry");
  CREATE INDEX "_subsidies_v_version_version_sort_deadline_idx" ON "_subsidies_v" USING btree ("version_sort_deadline");
  CREATE INDEX "_subsidies_v_version_version_sort_amount_idx" ON "_subsidies_v" USING btree ("version_sort_amount");
  CREATE INDEX "_subsidies_v_version_version_updated_at_idx" ON "_subsidies_v" USING btree ("version_updated_at");
  CREATE INDEX "_subsidies_v_version_version_created_at_idx" ON "_subsidies_v" USING btree ("version_created_at");
  CREATE INDEX "_subsidies_v_version_version__status_idx" ON "_subsidies_v" USING btree ("version__status");
  CREATE INDEX "_subsidies_v_created_at_idx" ON "_subsidies_v" USING btree ("created_at");
  CREATE INDEX "_subsidies_v_updated_at_idx" ON "_subsidies_v" USING btree ("updated_at");
  CREATE INDEX "_subsidies_v_latest_idx" ON "_subsidies_v" USING btree ("latest");
  CREATE INDEX "_subsidies_v_texts_order_parent" ON "_subsidies_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_subsidies_v_rels_order_idx" ON "_subsidies_v_rels" USING btree ("order");
  CREATE INDEX "_subsidies_v_rels_parent_idx" ON "_subsidies_v_rels" USING btree ("parent_id");
  CREATE INDEX "_subsidies_v_rels_path_idx" ON "_subsidies_v_rels" USING btree ("path");
  CREATE INDEX "_subsidies_v_rels_founder_stories_id_idx" ON "_subsidies_v_rels" USING btree ("founder_stories_id");
  CREATE UNIQUE INDEX "founder_stories_slug_idx" ON "founder_stories" USING btree ("slug");
  CREATE INDEX "founder_stories_municipality_idx" ON "founder_stories" USING btree ("municipality");
  CREATE INDEX "founder_stories_industry_idx" ON "founder_stories" USING btree ("industry");
  CREATE INDEX "founder_stories_founding_year_idx" ON "founder_stories" USING btree ("founding_year");
  CREATE INDEX "founder_stories_portrait_idx" ON "founder_stories" USING btree ("portrait_id");
  CREATE INDEX "founder_stories_department_idx" ON "founder_stories" USING btree ("department_id");
  CREATE INDEX "founder_stories_updated_at_idx" ON "founder_stories" USING btree ("updated_at");
  CREATE INDEX "founder_stories_created_at_idx" ON "founder_stories" USING btree ("created_at");
  CREATE INDEX "founder_stories__status_idx" ON "founder_stories" USING btree ("_status");
  CREATE INDEX "founder_stories_texts_order_parent" ON "founder_stories_texts" USING btree ("order","parent_id");
  CREATE INDEX "founder_stories_texts_text_idx" ON "founder_stories_texts" USING btree ("text");
  CREATE INDEX "founder_stories_rels_order_idx" ON "founder_stories_rels" USING btree ("order");
  CREATE INDEX "founder_stories_rels_parent_idx" ON "founder_stories_rels" USING btree ("parent_id");
  CREATE INDEX "founder_stories_rels_path_idx" ON "founder_stories_rels" USING btree ("path");
  CREATE INDEX "founder_stories_rels_subsidies_id_idx" ON "founder_stories_rels" USING btree ("subsidies_id");
  CREATE INDEX "_founder_stories_v_parent_idx" ON "_founder_stories_v" USING btree ("parent_id");
  CREATE INDEX "_founder_stories_v_version_version_slug_idx" ON "_founder_stories_v" USING btree ("version_slug");
  CREATE INDEX "_founder_stories_v_version_version_municipality_idx" ON "_founder_stories_v" USING btree ("version_municipality");
  CREATE INDEX "_founder_stories_v_version_version_industry_idx" ON "_founder_stories_v" USING btree ("version_industry");
  CREATE INDEX "_founder_stories_v_version_version_founding_year_idx" ON "_founder_stories_v" USING btree ("version_founding_year");
  CREATE INDEX "_founder_stories_v_version_version_portrait_idx" ON "_founder_stories_v" USING btree ("version_portrait_id");
  CREATE INDEX "_founder_stories_v_version_version_department_idx" ON "_founder_stories_v" USING btree ("version_department_id");
  CREATE INDEX "_founder_stories_v_version_version_updated_at_idx" ON "_founder_stories_v" USING btree ("version_updated_at");
  CREATE INDEX "_founder_stories_v_version_version_created_at_idx" ON "_founder_stories_v" USING btree ("version_created_at");
  CREATE INDEX "_founder_stories_v_version_version__status_idx" ON "_founder_stories_v" USING btree ("version__status");
  CREATE INDEX "_founder_stories_v_created_at_idx" ON "_founder_stories_v" USING btree ("created_at");
  CREATE INDEX "_founder_stories_v_updated_at_idx" ON "_founder_stories_v" USING btree ("updated_at");
  CREATE INDEX "_founder_stories_v_latest_idx" ON "_founder_stories_v" USING btree ("latest");
  CREATE INDEX "_founder_stories_v_texts_order_parent" ON "_founder_stories_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_founder_stories_v_rels_order_idx" ON "_founder_stories_v_rels" USING btree ("order");
  CREATE INDEX "_founder_stories_v_rels_parent_idx" ON "_founder_stories_v_rels" USING btree ("parent_id");
  CREATE INDEX "_founder_stories_v_rels_path_idx" ON "_founder_stories_v_rels" USING btree ("path");
  CREATE INDEX "_founder_stories_v_rels_subsidies_id_idx" ON "_founder_stories_v_rels" USING btree ("subsidies_id");
  CREATE UNIQUE INDEX "skills_name_idx" ON "skills" USING btree ("name");
  CREATE INDEX "skills_category_idx" ON "skills" USING btree ("category");
  CREATE INDEX "skills_updated_at_idx" ON "skills" USING btree ("updated_at");
  CREATE INDEX "skills_created_at_idx" ON "skills" USING btree ("created_at");
  CREATE INDEX "skills_texts_order_parent" ON "skills_texts" USING btree ("order","parent_id");
  CREATE INDEX "staff_profiles_past_assignments_order_idx" ON "staff_profiles_past_assignments" USING btree ("_order");
  CREATE INDEX "staff_profiles_past_assignments_parent_id_idx" ON "staff_profiles_past_assignments" USING btree ("_parent_id");
  CREATE INDEX "staff_profiles_past_assignments_department_idx" ON "staff_profiles_past_assignments" USING btree ("department_id");
  CREATE INDEX "staff_profiles_qualifications_order_idx" ON "staff_profiles_qualifications" USING btree ("_order");
  CREATE INDEX "staff_profiles_qualifications_parent_id_idx" ON "staff_profiles_qualifications" USING btree ("_parent_id");
  CREATE INDEX "staff_profiles_skills_order_idx" ON "staff_profiles_skills" USING btree ("_order");
  CREATE INDEX "staff_profiles_skills_parent_id_idx" ON "staff_profiles_skills" USING btree ("_parent_id");
  CREATE INDEX "staff_profiles_skills_skill_idx" ON "staff_profiles_skills" USING btree ("skill_id");
  CREATE UNIQUE INDEX "staff_profiles_user_idx" ON "staff_profiles" USING btree ("user_id");
  CREATE INDEX "staff_profiles_current_department_idx" ON "staff_profiles" USING btree ("current_department_id");
  CREATE INDEX "staff_profiles_visibility_idx" ON "staff_profiles" USING btree ("visibility");
  CREATE INDEX "staff_profiles_availability_idx" ON "staff_profiles" USING btree ("availability");
  CREATE INDEX "staff_profiles_supervisor_approved_by_idx" ON "staff_profiles" USING btree ("supervisor_approved_by_id");
  CREATE INDEX "staff_profiles_consent_status_idx" ON "staff_profiles" USING btree ("consent_status");
  CREATE INDEX "staff_profiles_updated_at_idx" ON "staff_profiles" USING btree ("updated_at");
  CREATE INDEX "staff_profiles_created_at_idx" ON "staff_profiles" USING btree ("created_at");
  CREATE INDEX "staff_profiles_rels_order_idx" ON "staff_profiles_rels" USING btree ("order");
  CREATE INDEX "staff_profiles_rels_parent_idx" ON "staff_profiles_rels" USING btree ("parent_id");
  CREATE INDEX "staff_profiles_rels_path_idx" ON "staff_profiles_rels" USING btree ("path");
  CREATE INDEX "staff_profiles_rels_skills_id_idx" ON "staff_profiles_rels" USING btree ("skills_id");
  CREATE INDEX "help_requests_required_skills_order_idx" ON "help_requests_required_skills" USING btree ("_order");
  CREATE INDEX "help_requests_required_skills_parent_id_idx" ON "help_requests_required_skills" USING btree ("_parent_id");
  CREATE INDEX "help_requests_required_skills_skill_idx" ON "help_requests_required_skills" USING btree ("skill_id");
  CREATE INDEX "help_requests_department_idx" ON "help_requests" USING btree ("department_id");
  CREATE INDEX "help_requests_status_idx" ON "help_requests" USING btree ("status");
  CREATE INDEX "help_requests_requested_by_idx" ON "help_requests" USING btree ("requested_by_id");
  CREATE INDEX "help_requests_updated_at_idx" ON "help_requests" USING btree ("updated_at");
  CREATE INDEX "help_requests_created_at_idx" ON "help_requests" USING btree ("created_at");
  CREATE INDEX "help_matches_log_order_idx" ON "help_matches_log" USING btree ("_order");
  CREATE INDEX "help_matches_log_parent_id_idx" ON "help_matches_log" USING btree ("_parent_id");
  CREATE INDEX "help_matches_log_by_idx" ON "help_matches_log" USING btree ("by_id");
  CREATE INDEX "help_matches_help_request_idx" ON "help_matches" USING btree ("help_request_id");
  CREATE INDEX "help_matches_profile_idx" ON "help_matches" USING btree ("profile_id");
  CREATE INDEX "help_matches_status_idx" ON "help_matches" USING btree ("status");
  CREATE INDEX "help_matches_department_idx" ON "help_matches" USING btree ("department_id");
  CREATE INDEX "help_matches_candidate_idx" ON "help_matches" USING btree ("candidate_id");
  CREATE INDEX "help_matches_updated_at_idx" ON "help_matches" USING btree ("updated_at");
  CREATE INDEX "help_matches_created_at_idx" ON "help_matches" USING btree ("created_at");
  CREATE INDEX "ideas_state_history_order_idx" ON "ideas_state_history" USING btree ("_order");
  CREATE INDEX "ideas_state_history_parent_id_idx" ON "ideas_state_history" USING btree ("_parent_id");
  CREATE INDEX "ideas_state_history_changed_by_idx" ON "ideas_state_history" USING btree ("changed_by_id");
  CREATE INDEX "ideas_kind_idx" ON "ideas" USING btree ("kind");
  CREATE INDEX "ideas_category_idx" ON "ideas" USING btree ("category");
  CREATE INDEX "ideas_target_department_idx" ON "ideas" USING btree ("target_department_id");
  CREATE INDEX "ideas_author_idx" ON "ideas" USING btree ("author_id");
  CREATE INDEX "ideas_state_idx" ON "ideas" USING btree ("state");
  CREATE INDEX "ideas_official_answer_official_answer_answered_by_idx" ON "ideas" USING btree ("official_answer_answered_by_id");
  CREATE INDEX "ideas_state_changed_at_idx" ON "ideas" USING btree ("state_changed_at");
  CREATE INDEX "ideas_votes_count_idx" ON "ideas" USING btree ("votes_count");
  CREATE INDEX "ideas_comments_count_idx" ON "ideas" USING btree ("comments_count");
  CREATE INDEX "ideas_awaiting_answer_idx" ON "ideas" USING btree ("awaiting_answer");
  CREATE INDEX "ideas_solved_idx" ON "ideas" USING btree ("solved");
  CREATE INDEX "ideas_moderation_idx" ON "ideas" USING btree ("moderation");
  CREATE INDEX "ideas_updated_at_idx" ON "ideas" USING btree ("updated_at");
  CREATE INDEX "ideas_created_at_idx" ON "ideas" USING btree ("created_at");
  CREATE INDEX "ideas_rels_order_idx" ON "ideas_rels" USING btree ("order");
  CREATE INDEX "ideas_rels_parent_idx" ON "ideas_rels" USING btree ("parent_id");
  CREATE INDEX "ideas_rels_path_idx" ON "ideas_rels" USING btree ("path");
  CREATE INDEX "ideas_rels_idea_attachments_id_idx" ON "ideas_rels" USING btree ("idea_attachments_id");
  CREATE INDEX "idea_votes_idea_idx" ON "idea_votes" USING btree ("idea_id");
  CREATE INDEX "idea_votes_voter_idx" ON "idea_votes" USING btree ("voter_id");
  CREATE INDEX "idea_votes_updated_at_idx" ON "idea_votes" USING btree ("updated_at");
  CREATE INDEX "idea_votes_created_at_idx" ON "idea_votes" USING btree ("created_at");
  CREATE UNIQUE INDEX "idea_voter_idx" ON "idea_votes" USING btree ("idea_id","voter_id");
  CREATE INDEX "idea_comments_idea_idx" ON "idea_comments" USING btree ("idea_id");
  CREATE INDEX "idea_comments_parent_idx" ON "idea_comments" USING btree ("parent_id");
  CREATE INDEX "idea_comments_author_idx" ON "idea_comments" USING btree ("author_id");
  CREATE INDEX "idea_comments_deleted_idx" ON "idea_comments" USING btree ("deleted");
  CREATE INDEX "idea_comments_moderation_idx" ON "idea_comments" USING btree ("moderation");
  CREATE INDEX "idea_comments_updated_at_idx" ON "idea_comments" USING btree ("updated_at");
  CREATE INDEX "idea_comments_created_at_idx" ON "idea_comments" USING btree ("created_at");
  CREATE INDEX "idea_flags_idea_idx" ON "idea_flags" USING btree ("idea_id");
  CREATE INDEX "idea_flags_comment_idx" ON "idea_flags" USING btree ("comment_id");
  CREATE INDEX "idea_flags_reporter_idx" ON "idea_flags" USING btree ("reporter_id");
  CREATE INDEX "idea_flags_status_idx" ON "idea_flags" USING btree ("status");
  CREATE INDEX "idea_flags_reviewed_by_idx" ON "idea_flags" USING btree ("reviewed_by_id");
  CREATE INDEX "idea_flags_target_key_idx" ON "idea_flags" USING btree ("target_key");
  CREATE INDEX "idea_flags_updated_at_idx" ON "idea_flags" USING btree ("updated_at");
  CREATE INDEX "idea_flags_created_at_idx" ON "idea_flags" USING btree ("created_at");
  CREATE UNIQUE INDEX "targetKey_reporter_idx" ON "idea_flags" USING btree ("target_key","reporter_id");
  CREATE INDEX "idea_attachments_uploaded_by_idx" ON "idea_attachments" USING btree ("uploaded_by_id");
  CREATE INDEX "idea_attachments_updated_at_idx" ON "idea_attachments" USING btree ("updated_at");
  CREATE INDEX "idea_attachments_created_at_idx" ON "idea_attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "idea_attachments_filename_idx" ON "idea_attachments" USING btree ("filename");
  CREATE INDEX "line_subscribers_interests_order_idx" ON "line_subscribers_interests" USING btree ("order");
  CREATE INDEX "line_subscribers_interests_parent_idx" ON "line_subscribers_interests" USING btree ("parent_id");
  CREATE INDEX "line_subscribers_interests_value_idx" ON "line_subscribers_interests" USING btree ("value");
  CREATE UNIQUE INDEX "line_subscribers_line_user_id_idx" ON "line_subscribers" USING btree ("line_user_id");
  CREATE INDEX "line_subscribers_follow_state_idx" ON "line_subscribers" USING btree ("follow_state");
  CREATE INDEX "line_subscribers_municipality_idx" ON "line_subscribers" USING btree ("municipality");
  CREATE INDEX "line_subscribers_age_band_idx" ON "line_subscribers" USING btree ("age_band");
  CREATE INDEX "line_subscribers_updated_at_idx" ON "line_subscribers" USING btree ("updated_at");
  CREATE INDEX "line_subscribers_created_at_idx" ON "line_subscribers" USING btree ("created_at");
  CREATE INDEX "line_segments_municipalities_order_idx" ON "line_segments_municipalities" USING btree ("order");
  CREATE INDEX "line_segments_municipalities_parent_idx" ON "line_segments_municipalities" USING btree ("parent_id");
  CREATE INDEX "line_segments_age_bands_order_idx" ON "line_segments_age_bands" USING btree ("order");
  CREATE INDEX "line_segments_age_bands_parent_idx" ON "line_segments_age_bands" USING btree ("parent_id");
  CREATE INDEX "line_segments_interests_order_idx" ON "line_segments_interests" USING btree ("order");
  CREATE INDEX "line_segments_interests_parent_idx" ON "line_segments_interests" USING btree ("parent_id");
  CREATE UNIQUE INDEX "line_segments_name_idx" ON "line_segments" USING btree ("name");
  CREATE INDEX "line_segments_updated_at_idx" ON "line_segments" USING btree ("updated_at");
  CREATE INDEX "line_segments_created_at_idx" ON "line_segments" USING btree ("created_at");
  CREATE INDEX "line_deliveries_scheduled_at_idx" ON "line_deliveries" USING btree ("scheduled_at");
  CREATE INDEX "line_deliveries_status_idx" ON "line_deliveries" USING btree ("status");
  CREATE INDEX "line_deliveries_requested_by_idx" ON "line_deliveries" USING btree ("requested_by_id");
  CREATE INDEX "line_deliveries_updated_at_idx" ON "line_deliveries" USING btree ("updated_at");
  CREATE INDEX "line_deliveries_created_at_idx" ON "line_deliveries" USING btree ("created_at");
  CREATE INDEX "line_deliveries_rels_order_idx" ON "line_deliveries_rels" USING btree ("order");
  CREATE INDEX "line_deliveries_rels_parent_idx" ON "line_deliveries_rels" USING btree ("parent_id");
  CREATE INDEX "line_deliveries_rels_path_idx" ON "line_deliveries_rels" USING btree ("path");
  CREATE INDEX "line_deliveries_rels_line_segments_id_idx" ON "line_deliveries_rels" USING btree ("line_segments_id");
  CREATE INDEX "line_delivery_batches_delivery_idx" ON "line_delivery_batches" USING btree ("delivery_id");
  CREATE INDEX "line_delivery_batches_seq_idx" ON "line_delivery_batches" USING btree ("seq");
  CREATE INDEX "line_delivery_batches_status_idx" ON "line_delivery_batches" USING btree ("status");
  CREATE INDEX "line_delivery_batches_updated_at_idx" ON "line_delivery_batches" USING btree ("updated_at");
  CREATE INDEX "line_delivery_batches_created_at_idx" ON "line_delivery_batches" USING btree ("created_at");
  CREATE INDEX "line_inquiries_subscriber_idx" ON "line_inquiries" USING btree ("subscriber_id");
  CREATE INDEX "line_inquiries_department_idx" ON "line_inquiries" USING btree ("department_id");
  CREATE INDEX "line_inquiries_status_idx" ON "line_inquiries" USING btree ("status");
  CREATE INDEX "line_inquiries_received_at_idx" ON "line_inquiries" USING btree ("received_at");
  CREATE INDEX "line_inquiries_updated_at_idx" ON "line_inquiries" USING btree ("updated_at");
  CREATE INDEX "line_inquiries_created_at_idx" ON "line_inquiries" USING btree ("created_at");
  CREATE UNIQUE INDEX "line_webhook_events_webhook_event_id_idx" ON "line_webhook_events" USING btree ("webhook_event_id");
  CREATE INDEX "line_webhook_events_type_idx" ON "line_webhook_events" USING btree ("type");
  CREATE INDEX "line_webhook_events_status_idx" ON "line_webhook_events" USING btree ("status");
  CREATE INDEX "line_webhook_events_received_at_idx" ON "line_webhook_events" USING btree ("received_at");
  CREATE INDEX "line_webhook_events_updated_at_idx" ON "line_webhook_events" USING btree ("updated_at");
  CREATE INDEX "line_webhook_events_created_at_idx" ON "line_webhook_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "line_tracked_links_code_idx" ON "line_tracked_links" USING btree ("code");
  CREATE INDEX "line_tracked_links_delivery_idx" ON "line_tracked_links" USING btree ("delivery_id");
  CREATE INDEX "line_tracked_links_aggregation_unit_idx" ON "line_tracked_links" USING btree ("aggregation_unit");
  CREATE INDEX "line_tracked_links_updated_at_idx" ON "line_tracked_links" USING btree ("updated_at");
  CREATE INDEX "line_tracked_links_created_at_idx" ON "line_tracked_links" USING btree ("created_at");
  CREATE INDEX "line_link_clicks_updated_at_idx" ON "line_link_clicks" USING btree ("updated_at");
  CREATE INDEX "line_link_clicks_created_at_idx" ON "line_link_clicks" USING btree ("created_at");
  CREATE INDEX "day_delivery_visitorKey_idx" ON "line_link_clicks" USING btree ("day","delivery","visitor_key");
  CREATE INDEX "delivery_link_visitorKey_idx" ON "line_link_clicks" USING btree ("delivery","link","visitor_key");
  CREATE INDEX "line_insight_snapshots_delivery_idx" ON "line_insight_snapshots" USING btree ("delivery_id");
  CREATE INDEX "line_insight_snapshots_fetched_at_idx" ON "line_insight_snapshots" USING btree ("fetched_at");
  CREATE INDEX "line_insight_snapshots_updated_at_idx" ON "line_insight_snapshots" USING btree ("updated_at");
  CREATE INDEX "line_insight_snapshots_created_at_idx" ON "line_insight_snapshots" USING btree ("created_at");
  CREATE UNIQUE INDEX "line_account_stats_day_idx" ON "line_account_stats" USING btree ("day");
  CREATE INDEX "line_account_stats_fetched_at_idx" ON "line_account_stats" USING btree ("fetched_at");
  CREATE INDEX "line_account_stats_updated_at_idx" ON "line_account_stats" USING btree ("updated_at");
  CREATE INDEX "line_account_stats_created_at_idx" ON "line_account_stats" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_leases_id_idx" ON "payload_locked_documents_rels" USING btree ("leases_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_announcements_id_idx" ON "payload_locked_documents_rels" USING btree ("announcements_id");
  CREATE INDEX "payload_locked_documents_rels_subsidies_id_idx" ON "payload_locked_documents_rels" USING btree ("subsidies_id");
  CREATE INDEX "payload_locked_documents_rels_founder_stories_id_idx" ON "payload_locked_documents_rels" USING btree ("founder_stories_id");
  CREATE INDEX "payload_locked_documents_rels_skills_id_idx" ON "payload_locked_documents_rels" USING btree ("skills_id");
  CREATE INDEX "payload_locked_documents_rels_staff_profiles_id_idx" ON "payload_locked_documents_rels" USING btree ("staff_profiles_id");
  CREATE INDEX "payload_locked_documents_rels_help_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("help_requests_id");
  CREATE INDEX "payload_locked_documents_rels_help_matches_id_idx" ON "payload_locked_documents_rels" USING btree ("help_matches_id");
  CREATE INDEX "payload_locked_documents_rels_ideas_id_idx" ON "payload_locked_documents_rels" USING btree ("ideas_id");
  CREATE INDEX "payload_locked_documents_rels_idea_votes_id_idx" ON "payload_locked_documents_rels" USING btree ("idea_votes_id");
  CREATE INDEX "payload_locked_documents_rels_idea_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("idea_comments_id");
  CREATE INDEX "payload_locked_documents_rels_idea_flags_id_idx" ON "payload_locked_documents_rels" USING btree ("idea_flags_id");
  CREATE INDEX "payload_locked_documents_rels_idea_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("idea_attachments_id");
  CREATE INDEX "payload_locked_documents_rels_line_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("line_subscribers_id");
  CREATE INDEX "payload_locked_documents_rels_line_segments_id_idx" ON "payload_locked_documents_rels" USING btree ("line_segments_id");
  CREATE INDEX "payload_locked_documents_rels_line_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("line_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_line_delivery_batches_id_idx" ON "payload_locked_documents_rels" USING btree ("line_delivery_batches_id");
  CREATE INDEX "payload_locked_documents_rels_line_inquiries_id_idx" ON "payload_locked_documents_rels" USING btree ("line_inquiries_id");
  CREATE INDEX "payload_locked_documents_rels_line_webhook_events_id_idx" ON "payload_locked_documents_rels" USING btree ("line_webhook_events_id");
  CREATE INDEX "payload_locked_documents_rels_line_tracked_links_id_idx" ON "payload_locked_documents_rels" USING btree ("line_tracked_links_id");
  CREATE INDEX "payload_locked_documents_rels_line_link_clicks_id_idx" ON "payload_locked_documents_rels" USING btree ("line_link_clicks_id");
  CREATE INDEX "payload_locked_documents_rels_line_insight_snapshots_id_idx" ON "payload_locked_documents_rels" USING btree ("line_insight_snapshots_id");
  CREATE INDEX "payload_locked_documents_rels_line_account_stats_id_idx" ON "payload_locked_documents_rels" USING btree ("line_account_stats_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_texts" CASCADE;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "leases" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "announcements_links" CASCADE;
  DROP TABLE "announcements_municipalities" CASCADE;
  DROP TABLE "announcements" CASCADE;
  DROP TABLE "_announcements_v_version_links" CASCADE;
  DROP TABLE "_announcements_v_version_municipalities" CASCADE;
  DROP TABLE "_announcements_v" CASCADE;
  DROP TABLE "subsidies_purposes" CASCADE;
  DROP TABLE "subsidies_industries" CASCADE;
  DROP TABLE "subsidies_stages" CASCADE;
  DROP TABLE "subsidies_municipalities" CASCADE;
  DROP TABLE "subsidies" CASCADE;
  DROP TABLE "subsidies_texts" CASCADE;
  DROP TABLE "subsidies_rels" CASCADE;
  DROP TABLE "_subsidies_v_version_purposes" CASCADE;
  DROP TABLE "_subsidies_v_version_industries" CASCADE;
  DROP TABLE "_subsidies_v_version_stages" CASCADE;
  DROP TABLE "_subsidies_v_version_municipalities" CASCADE;
  DROP TABLE "_subsidies_v" CASCADE;
  DROP TABLE "_subsidies_v_texts" CASCADE;
  DROP TABLE "_subsidies_v_rels" CASCADE;
  DROP TABLE "founder_stories" CASCADE;
  DROP TABLE "founder_stories_texts" CASCADE;
  DROP TABLE "founder_stories_rels" CASCADE;
  DROP TABLE "_founder_stories_v" CASCADE;
  DROP TABLE "_founder_stories_v_texts" CASCADE;
  DROP TABLE "_founder_stories_v_rels" CASCADE;
  DROP TABLE "skills" CASCADE;
  DROP TABLE "skills_texts" CASCADE;
  DROP TABLE "staff_profiles_past_assignments" CASCADE;
  DROP TABLE "staff_profiles_qualifications" CASCADE;
  DROP TABLE "staff_profiles_skills" CASCADE;
  DROP TABLE "staff_profiles" CASCADE;
  DROP TABLE "staff_profiles_rels" CASCADE;
  DROP TABLE "help_requests_required_skills" CASCADE;
  DROP TABLE "help_requests" CASCADE;
  DROP TABLE "help_matches_log" CASCADE;
  DROP TABLE "help_matches" CASCADE;
  DROP TABLE "ideas_state_history" CASCADE;
  DROP TABLE "ideas" CASCADE;
  DROP TABLE "ideas_rels" CASCADE;
  DROP TABLE "idea_votes" CASCADE;
  DROP TABLE "idea_comments" CASCADE;
  DROP TABLE "idea_flags" CASCADE;
  DROP TABLE "idea_attachments" CASCADE;
  DROP TABLE "line_subscribers_interests" CASCADE;
  DROP TABLE "line_subscribers" CASCADE;
  DROP TABLE "line_segments_municipalities" CASCADE;
  DROP TABLE "line_segments_age_bands" CASCADE;
  DROP TABLE "line_segments_interests" CASCADE;
  DROP TABLE "line_segments" CASCADE;
  DROP TABLE "line_deliveries" CASCADE;
  DROP TABLE "line_deliveries_rels" CASCADE;
  DROP TABLE "line_delivery_batches" CASCADE;
  DROP TABLE "line_inquiries" CASCADE;
  DROP TABLE "line_webhook_events" CASCADE;
  DROP TABLE "line_tracked_links" CASCADE;
  DROP TABLE "line_link_clicks" CASCADE;
  DROP TABLE "line_insight_snapshots" CASCADE;
  DROP TABLE "line_account_stats" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_announcements_municipalities";
  DROP TYPE "public"."enum_announcements_category";
  DROP TYPE "public"."enum_announcements_status";
  DROP TYPE "public"."enum__announcements_v_version_municipalities";
  DROP TYPE "public"."enum__announcements_v_version_category";
  DROP TYPE "public"."enum__announcements_v_version_status";
  DROP TYPE "public"."enum_subsidies_purposes";
  DROP TYPE "public"."enum_subsidies_industries";
  DROP TYPE "public"."enum_subsidies_stages";
  DROP TYPE "public"."enum_subsidies_municipalities";
  DROP TYPE "public"."enum_subsidies_kind";
  DROP TYPE "public"."enum_subsidies_provider_level";
  DROP TYPE "public"."enum_subsidies_area_scope";
  DROP TYPE "public"."enum_subsidies_provenance_source";
  DROP TYPE "public"."enum_subsidies_status";
  DROP TYPE "public"."enum__subsidies_v_version_purposes";
  DROP TYPE "public"."enum__subsidies_v_version_industries";
  DROP TYPE "public"."enum__subsidies_v_version_stages";
  DROP TYPE "public"."enum__subsidies_v_version_municipalities";
  DROP TYPE "public"."enum__subsidies_v_version_kind";
  DROP TYPE "public"."enum__subsidies_v_version_provider_level";
  DROP TYPE "public"."enum__subsidies_v_version_area_scope";
  DROP TYPE "public"."enum__subsidies_v_version_provenance_source";
  DROP TYPE "public"."enum__subsidies_v_version_status";
  DROP TYPE "public"."enum_founder_stories_municipality";
  DROP TYPE "public"."enum_founder_stories_industry";
  DROP TYPE "public"."enum_founder_stories_status";
  DROP TYPE "public"."enum__founder_stories_v_version_municipality";
  DROP TYPE "public"."enum__founder_stories_v_version_industry";
  DROP TYPE "public"."enum__founder_stories_v_version_status";
  DROP TYPE "public"."enum_skills_category";
  DROP TYPE "public"."enum_staff_profiles_skills_level";
  DROP TYPE "public"."enum_staff_profiles_visibility";
  DROP TYPE "public"."enum_staff_profiles_availability";
  DROP TYPE "public"."enum_staff_profiles_supervisor_approval";
  DROP TYPE "public"."enum_staff_profiles_consent_status";
  DROP TYPE "public"."enum_help_requests_required_skills_min_level";
  DROP TYPE "public"."enum_help_requests_status";
  DROP TYPE "public"."enum_help_matches_log_action";
  DROP TYPE "public"."enum_help_matches_status";
  DROP TYPE "public"."enum_ideas_state_history_from";
  DROP TYPE "public"."enum_ideas_state_history_to";
  DROP TYPE "public"."enum_ideas_kind";
  DROP TYPE "public"."enum_ideas_category";
  DROP TYPE "public"."enum_ideas_state";
  DROP TYPE "public"."enum_ideas_moderation";
  DROP TYPE "public"."enum_idea_comments_stance";
  DROP TYPE "public"."enum_idea_comments_moderation";
  DROP TYPE "public"."enum_idea_flags_reason";
  DROP TYPE "public"."enum_idea_flags_status";
  DROP TYPE "public"."enum_line_subscribers_interests";
  DROP TYPE "public"."enum_line_subscribers_follow_state";
  DROP TYPE "public"."enum_line_subscribers_municipality";
  DROP TYPE "public"."enum_line_subscribers_age_band";
  DROP TYPE "public"."enum_line_subscribers_language";
  DROP TYPE "public"."enum_line_subscribers_registration_step";
  DROP TYPE "public"."enum_line_segments_municipalities";
  DROP TYPE "public"."enum_line_segments_age_bands";
  DROP TYPE "public"."enum_line_segments_interests";
  DROP TYPE "public"."enum_line_segments_combinator";
  DROP TYPE "public"."enum_line_deliveries_collection";
  DROP TYPE "public"."enum_line_deliveries_mode";
  DROP TYPE "public"."enum_line_deliveries_status";
  DROP TYPE "public"."enum_line_delivery_batches_status";
  DROP TYPE "public"."enum_line_inquiries_status";
  DROP TYPE "public"."enum_line_webhook_events_status";
  DROP TYPE "public"."enum_line_insight_snapshots_checkpoint";
  DROP TYPE "public"."enum_line_insight_snapshots_status";
  DROP TYPE "public"."enum_line_insight_snapshots_source";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
