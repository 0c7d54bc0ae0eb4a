import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_value_idx\` ON \`users_roles\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_department_idx\` ON \`users\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_texts_order_parent\` ON \`users_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`departments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`division\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_name_idx\` ON \`departments\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_code_idx\` ON \`departments\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`leases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`holder\` text,
  	\`expires_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`leases_name_idx\` ON \`leases\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`leases_expires_at_idx\` ON \`leases\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`leases_updated_at_idx\` ON \`leases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`leases_created_at_idx\` ON \`leases\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_line_hero_url\` text,
  	\`sizes_line_hero_width\` numeric,
  	\`sizes_line_hero_height\` numeric,
  	\`sizes_line_hero_mime_type\` text,
  	\`sizes_line_hero_filesize\` numeric,
  	\`sizes_line_hero_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_line_hero_sizes_line_hero_filename_idx\` ON \`media\` (\`sizes_line_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`announcements_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`announcements_links_order_idx\` ON \`announcements_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`announcements_links_parent_id_idx\` ON \`announcements_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`announcements_municipalities\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`announcements_municipalities_order_idx\` ON \`announcements_municipalities\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`announcements_municipalities_parent_idx\` ON \`announcements_municipalities\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`announcements_municipalities_value_idx\` ON \`announcements_municipalities\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`announcements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`hero_image_id\` integer,
  	\`category\` text,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`announcements_hero_image_idx\` ON \`announcements\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`announcements_category_idx\` ON \`announcements\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`announcements_department_idx\` ON \`announcements\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`announcements_updated_at_idx\` ON \`announcements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`announcements_created_at_idx\` ON \`announcements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`announcements__status_idx\` ON \`announcements\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_announcements_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_announcements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_announcements_v_version_links_order_idx\` ON \`_announcements_v_version_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_announcements_v_version_links_parent_id_idx\` ON \`_announcements_v_version_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_announcements_v_version_municipalities\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_announcements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_announcements_v_version_municipalities_order_idx\` ON \`_announcements_v_version_municipalities\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_announcements_v_version_municipalities_parent_idx\` ON \`_announcements_v_version_municipalities\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_announcements_v_version_municipalities_value_idx\` ON \`_announcements_v_version_municipalities\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_announcements_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_hero_image_id\` integer,
  	\`version_category\` text,
  	\`version_department_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_announcements_v_parent_idx\` ON \`_announcements_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_announcements_v_version_version_hero_image_idx\` ON \`_announcements_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_announcements_v_version_version_category_idx\` ON \`_announcements_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_announcements_v_version_version_department_idx\` ON \`_announcements_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_announcements_v_version_version_updated_at_idx\` ON \`_announcements_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_announcements_v_version_version_created_at_idx\` ON \`_announcements_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_announcements_v_version_version__status_idx\` ON \`_announcements_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_announcements_v_created_at_idx\` ON \`_announcements_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_announcements_v_updated_at_idx\` ON \`_announcements_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_announcements_v_latest_idx\` ON \`_announcements_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`subsidies_purposes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subsidies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subsidies_purposes_order_idx\` ON \`subsidies_purposes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_purposes_parent_idx\` ON \`subsidies_purposes\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_purposes_value_idx\` ON \`subsidies_purposes\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`subsidies_industries\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subsidies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subsidies_industries_order_idx\` ON \`subsidies_industries\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_industries_parent_idx\` ON \`subsidies_industries\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_industries_value_idx\` ON \`subsidies_industries\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`subsidies_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subsidies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subsidies_stages_order_idx\` ON \`subsidies_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_stages_parent_idx\` ON \`subsidies_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_stages_value_idx\` ON \`subsidies_stages\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`subsidies_municipalities\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subsidies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subsidies_municipalities_order_idx\` ON \`subsidies_municipalities\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_municipalities_parent_idx\` ON \`subsidies_municipalities\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_municipalities_value_idx\` ON \`subsidies_municipalities\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`subsidies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`catch_phrase\` text,
  	\`summary\` text,
  	\`detail\` text,
  	\`kind\` text,
  	\`provider_level\` text,
  	\`provider_name\` text,
  	\`department_id\` integer,
  	\`area_scope\` text DEFAULT 'prefecture',
  	\`eligible_entities\` text,
  	\`employee_limit\` numeric,
  	\`max_amount\` numeric,
  	\`rate_text\` text,
  	\`year_round\` integer DEFAULT false,
  	\`acceptance_start\` text,
  	\`acceptance_end\` text,
  	\`application_method\` text,
  	\`application_url\` text,
  	\`inquiry_section\` text,
  	\`inquiry_tel\` text,
  	\`inquiry_email\` text,
  	\`provenance_source\` text DEFAULT 'manual',
  	\`provenance_external_id\` text,
  	\`provenance_source_url\` text,
  	\`provenance_attribution\` text,
  	\`provenance_imported_at\` text,
  	\`provenance_snapshot\` text,
  	\`provenance_note\` text,
  	\`internal_memo\` text,
  	\`search_text\` text,
  	\`any_industry\` integer DEFAULT true,
  	\`sort_deadline\` text,
  	\`sort_amount\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`subsidies_title_idx\` ON \`subsidies\` (\`title\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`subsidies_slug_idx\` ON \`subsidies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_kind_idx\` ON \`subsidies\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_provider_level_idx\` ON \`subsidies\` (\`provider_level\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_provider_name_idx\` ON \`subsidies\` (\`provider_name\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_department_idx\` ON \`subsidies\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_area_scope_idx\` ON \`subsidies\` (\`area_scope\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_employee_limit_idx\` ON \`subsidies\` (\`employee_limit\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_max_amount_idx\` ON \`subsidies\` (\`max_amount\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_year_round_idx\` ON \`subsidies\` (\`year_round\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_acceptance_start_idx\` ON \`subsidies\` (\`acceptance_start\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_acceptance_end_idx\` ON \`subsidies\` (\`acceptance_end\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_provenance_provenance_source_idx\` ON \`subsidies\` (\`provenance_source\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`subsidies_provenance_provenance_external_id_idx\` ON \`subsidies\` (\`provenance_external_id\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_any_industry_idx\` ON \`subsidies\` (\`any_industry\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_sort_deadline_idx\` ON \`subsidies\` (\`sort_deadline\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_sort_amount_idx\` ON \`subsidies\` (\`sort_amount\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_updated_at_idx\` ON \`subsidies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_created_at_idx\` ON \`subsidies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`subsidies__status_idx\` ON \`subsidies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`subsidies_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subsidies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subsidies_texts_order_parent\` ON \`subsidies_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`subsidies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`founder_stories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subsidies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`founder_stories_id\`) REFERENCES \`founder_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subsidies_rels_order_idx\` ON \`subsidies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_rels_parent_idx\` ON \`subsidies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_rels_path_idx\` ON \`subsidies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`subsidies_rels_founder_stories_id_idx\` ON \`subsidies_rels\` (\`founder_stories_id\`);`)
  await db.run(sql`CREATE TABLE \`_subsidies_v_version_purposes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_subsidies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_purposes_order_idx\` ON \`_subsidies_v_version_purposes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_purposes_parent_idx\` ON \`_subsidies_v_version_purposes\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_purposes_value_idx\` ON \`_subsidies_v_version_purposes\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_subsidies_v_version_industries\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_subsidies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_industries_order_idx\` ON \`_subsidies_v_version_industries\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_industries_parent_idx\` ON \`_subsidies_v_version_industries\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_industries_value_idx\` ON \`_subsidies_v_version_industries\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_subsidies_v_version_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_subsidies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_stages_order_idx\` ON \`_subsidies_v_version_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_stages_parent_idx\` ON \`_subsidies_v_version_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_stages_value_idx\` ON \`_subsidies_v_version_stages\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_subsidies_v_version_municipalities\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_subsidies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_municipalities_order_idx\` ON \`_subsidies_v_version_municipalities\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_municipalities_parent_idx\` ON \`_subsidies_v_version_municipalities\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_municipalities_value_idx\` ON \`_subsidies_v_version_municipalities\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_subsidies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_catch_phrase\` text,
  	\`version_summary\` text,
  	\`version_detail\` text,
  	\`version_kind\` text,
  	\`version_provider_level\` text,
  	\`version_provider_name\` text,
  	\`version_department_id\` integer,
  	\`version_area_scope\` text DEFAULT 'prefecture',
  	\`version_eligible_entities\` text,
  	\`version_employee_limit\` numeric,
  	\`version_max_amount\` numeric,
  	\`version_rate_text\` text,
  	\`version_year_round\` integer DEFAULT false,
  	\`version_acceptance_start\` text,
  	\`version_acceptance_end\` text,
  	\`version_application_method\` text,
  	\`version_application_url\` text,
  	\`version_inquiry_section\` text,
  	\`version_inquiry_tel\` text,
  	\`version_inquiry_email\` text,
  	\`version_provenance_source\` text DEFAULT 'manual',
  	\`version_provenance_external_id\` text,
  	\`version_provenance_source_url\` text,
  	\`version_provenance_attribution\` text,
  	\`version_provenance_imported_at\` text,
  	\`version_provenance_snapshot\` text,
  	\`version_provenance_note\` text,
  	\`version_internal_memo\` text,
  	\`version_search_text\` text,
  	\`version_any_industry\` integer DEFAULT true,
  	\`version_sort_deadline\` text,
  	\`version_sort_amount\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subsidies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_subsidies_v_parent_idx\` ON \`_subsidies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_title_idx\` ON \`_subsidies_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_slug_idx\` ON \`_subsidies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_kind_idx\` ON \`_subsidies_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_provider_level_idx\` ON \`_subsidies_v\` (\`version_provider_level\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_provider_name_idx\` ON \`_subsidies_v\` (\`version_provider_name\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_department_idx\` ON \`_subsidies_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_area_scope_idx\` ON \`_subsidies_v\` (\`version_area_scope\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_employee_limit_idx\` ON \`_subsidies_v\` (\`version_employee_limit\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_max_amount_idx\` ON \`_subsidies_v\` (\`version_max_amount\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_year_round_idx\` ON \`_subsidies_v\` (\`version_year_round\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_acceptance_start_idx\` ON \`_subsidies_v\` (\`version_acceptance_start\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_acceptance_end_idx\` ON \`_subsidies_v\` (\`version_acceptance_end\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_provenance_version_provenance_sourc_idx\` ON \`_subsidies_v\` (\`version_provenance_source\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_provenance_version_provenance_exter_idx\` ON \`_subsidies_v\` (\`version_provenance_external_id\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_any_industry_idx\` ON \`_subsidies_v\` (\`version_any_industry\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_sort_deadline_idx\` ON \`_subsidies_v\` (\`version_sort_deadline\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_sort_amount_idx\` ON \`_subsidies_v\` (\`version_sort_amount\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_updated_at_idx\` ON \`_subsidies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version_created_at_idx\` ON \`_subsidies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_version_version__status_idx\` ON \`_subsidies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_created_at_idx\` ON \`_subsidies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_updated_at_idx\` ON \`_subsidies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_latest_idx\` ON \`_subsidies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_subsidies_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_subsidies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_subsidies_v_texts_order_parent\` ON \`_subsidies_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_subsidies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`founder_stories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_subsidies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`founder_stories_id\`) REFERENCES \`founder_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_subsidies_v_rels_order_idx\` ON \`_subsidies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_rels_parent_idx\` ON \`_subsidies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_rels_path_idx\` ON \`_subsidies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_subsidies_v_rels_founder_stories_id_idx\` ON \`_subsidies_v_rels\` (\`founder_stories_id\`);`)
  await db.run(sql`CREATE TABLE \`founder_stories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`founder_name\` text,
  	\`company\` text,
  	\`slug\` text,
  	\`title\` text,
  	\`municipality\` text,
  	\`industry\` text,
  	\`founding_year\` numeric,
  	\`portrait_id\` integer,
  	\`quote\` text,
  	\`story\` text,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`founder_stories_slug_idx\` ON \`founder_stories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`founder_stories_municipality_idx\` ON \`founder_stories\` (\`municipality\`);`)
  await db.run(sql`CREATE INDEX \`founder_stories_industry_idx\` ON \`founder_stories\` (\`industry\`);`)
  await db.run(sql`CREATE INDEX \`founder_stories_founding_year_idx\` ON \`founder_stories\` (\`founding_year\`);`)
  await db.run(sql`CREATE INDEX \`founder_stories_portrait_idx\` ON \`founder_stories\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`founder_stories_department_idx\` ON \`founder_stories\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`founder_stories_updated_at_idx\` ON \`founder_stories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`founder_stories_created_at_idx\` ON \`founder_stories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`founder_stories__status_idx\` ON \`founder_stories\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`founder_stories_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`founder_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`founder_stories_texts_order_parent\` ON \`founder_stories_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`founder_stories_texts_text_idx\` ON \`founder_stories_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`founder_stories_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`subsidies_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`founder_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subsidies_id\`) REFERENCES \`subsidies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`founder_stories_rels_order_idx\` ON \`founder_stories_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`founder_stories_rels_parent_idx\` ON \`founder_stories_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`founder_stories_rels_path_idx\` ON \`founder_stories_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`founder_stories_rels_subsidies_id_idx\` ON \`founder_stories_rels\` (\`subsidies_id\`);`)
  await db.run(sql`CREATE TABLE \`_founder_stories_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_founder_name\` text,
  	\`version_company\` text,
  	\`version_slug\` text,
  	\`version_title\` text,
  	\`version_municipality\` text,
  	\`version_industry\` text,
  	\`version_founding_year\` numeric,
  	\`version_portrait_id\` integer,
  	\`version_quote\` text,
  	\`version_story\` text,
  	\`version_department_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`founder_stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_parent_idx\` ON \`_founder_stories_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_version_version_slug_idx\` ON \`_founder_stories_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_version_version_municipality_idx\` ON \`_founder_stories_v\` (\`version_municipality\`);`)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_version_version_industry_idx\` ON \`_founder_stories_v\` (\`version_industry\`);`)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_version_version_founding_year_idx\` ON \`_founder_stories_v\` (\`version_founding_year\`);`)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_version_version_portrait_idx\` ON \`_founder_stories_v\` (\`version_portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_version_version_department_idx\` ON \`_founder_stories_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_version_version_updated_at_idx\` ON \`_founder_stories_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_version_version_created_at_idx\` ON \`_founder_stories_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_version_version__status_idx\` ON \`_founder_stories_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_created_at_idx\` ON \`_founder_stories_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_updated_at_idx\` ON \`_founder_stories_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_latest_idx\` ON \`_founder_stories_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_founder_stories_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_founder_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_texts_order_parent\` ON \`_founder_stories_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_founder_stories_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`subsidies_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_founder_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subsidies_id\`) REFERENCES \`subsidies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_rels_order_idx\` ON \`_founder_stories_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_rels_parent_idx\` ON \`_founder_stories_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_rels_path_idx\` ON \`_founder_stories_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_founder_stories_v_rels_subsidies_id_idx\` ON \`_founder_stories_v_rels\` (\`subsidies_id\`);`)
  await db.run(sql`CREATE TABLE \`skills\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`category\` text NOT NULL,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`skills_name_idx\` ON \`skills\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`skills_category_idx\` ON \`skills\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`skills_updated_at_idx\` ON \`skills\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`skills_created_at_idx\` ON \`skills\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`skills_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`skills_texts_order_parent\` ON \`skills_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`staff_profiles_past_assignments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`department_id\` integer,
  	\`organisation\` text,
  	\`role\` text,
  	\`from\` text NOT NULL,
  	\`to\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`staff_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`staff_profiles_past_assignments_order_idx\` ON \`staff_profiles_past_assignments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`staff_profiles_past_assignments_parent_id_idx\` ON \`staff_profiles_past_assignments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`staff_profiles_past_assignments_department_idx\` ON \`staff_profiles_past_assignments\` (\`department_id\`);`)
  await db.run(sql`CREATE TABLE \`staff_profiles_qualifications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`obtained\` text,
  	\`expires\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`staff_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`staff_profiles_qualifications_order_idx\` ON \`staff_profiles_qualifications\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`staff_profiles_qualifications_parent_id_idx\` ON \`staff_profiles_qualifications\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`staff_profiles_skills\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`skill_id\` integer NOT NULL,
  	\`level\` text NOT NULL,
  	\`years\` numeric,
  	\`last_used\` numeric,
  	FOREIGN KEY (\`skill_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`staff_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`staff_profiles_skills_order_idx\` ON \`staff_profiles_skills\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`staff_profiles_skills_parent_id_idx\` ON \`staff_profiles_skills\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`staff_profiles_skills_skill_idx\` ON \`staff_profiles_skills\` (\`skill_id\`);`)
  await db.run(sql`CREATE TABLE \`staff_profiles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`display_name\` text,
  	\`user_id\` integer,
  	\`current_department_id\` integer,
  	\`visibility\` text DEFAULT 'self' NOT NULL,
  	\`summary\` text,
  	\`availability\` text DEFAULT 'none' NOT NULL,
  	\`available_from\` text,
  	\`available_until\` text,
  	\`supervisor_approval\` text DEFAULT 'pending' NOT NULL,
  	\`supervisor_approved_by_id\` integer,
  	\`supervisor_approved_at\` text,
  	\`consent_status\` text NOT NULL,
  	\`consent_version\` text,
  	\`consented_at\` text,
  	\`consent_withdrawn_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`current_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`supervisor_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`staff_profiles_user_idx\` ON \`staff_profiles\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`staff_profiles_current_department_idx\` ON \`staff_profiles\` (\`current_department_id\`);`)
  await db.run(sql`CREATE INDEX \`staff_profiles_visibility_idx\` ON \`staff_profiles\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`staff_profiles_availability_idx\` ON \`staff_profiles\` (\`availability\`);`)
  await db.run(sql`CREATE INDEX \`staff_profiles_supervisor_approved_by_idx\` ON \`staff_profiles\` (\`supervisor_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`staff_profiles_consent_status_idx\` ON \`staff_profiles\` (\`consent_status\`);`)
  await db.run(sql`CREATE INDEX \`staff_profiles_updated_at_idx\` ON \`staff_profiles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`staff_profiles_created_at_idx\` ON \`staff_profiles\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`staff_profiles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`skills_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`staff_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`staff_profiles_rels_order_idx\` ON \`staff_profiles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`staff_profiles_rels_parent_idx\` ON \`staff_profiles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`staff_profiles_rels_path_idx\` ON \`staff_profiles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`staff_profiles_rels_skills_id_idx\` ON \`staff_profiles_rels\` (\`skills_id\`);`)
  await db.run(sql`CREATE TABLE \`help_requests_required_skills\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`skill_id\` integer NOT NULL,
  	\`min_level\` text DEFAULT '3' NOT NULL,
  	\`weight\` numeric DEFAULT 1 NOT NULL,
  	FOREIGN KEY (\`skill_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`help_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`help_requests_required_skills_order_idx\` ON \`help_requests_required_skills\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`help_requests_required_skills_parent_id_idx\` ON \`help_requests_required_skills\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`help_requests_required_skills_skill_idx\` ON \`help_requests_required_skills\` (\`skill_id\`);`)
  await db.run(sql`CREATE TABLE \`help_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`department_id\` integer,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`description\` text NOT NULL,
  	\`hours_per_month\` numeric NOT NULL,
  	\`period_from\` text NOT NULL,
  	\`period_until\` text NOT NULL,
  	\`requested_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`help_requests_department_idx\` ON \`help_requests\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`help_requests_status_idx\` ON \`help_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`help_requests_requested_by_idx\` ON \`help_requests\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`help_requests_updated_at_idx\` ON \`help_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`help_requests_created_at_idx\` ON \`help_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`help_matches_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`by_id\` integer,
  	\`at\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`help_matches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`help_matches_log_order_idx\` ON \`help_matches_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`help_matches_log_parent_id_idx\` ON \`help_matches_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`help_matches_log_by_idx\` ON \`help_matches_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`help_matches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`help_request_id\` integer NOT NULL,
  	\`profile_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'proposed' NOT NULL,
  	\`score\` numeric,
  	\`department_id\` integer,
  	\`candidate_id\` integer,
  	\`decided_at\` text,
  	\`message\` text,
  	\`response\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`help_request_id\`) REFERENCES \`help_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`profile_id\`) REFERENCES \`staff_profiles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`candidate_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`help_matches_help_request_idx\` ON \`help_matches\` (\`help_request_id\`);`)
  await db.run(sql`CREATE INDEX \`help_matches_profile_idx\` ON \`help_matches\` (\`profile_id\`);`)
  await db.run(sql`CREATE INDEX \`help_matches_status_idx\` ON \`help_matches\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`help_matches_department_idx\` ON \`help_matches\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`help_matches_candidate_idx\` ON \`help_matches\` (\`candidate_id\`);`)
  await db.run(sql`CREATE INDEX \`help_matches_updated_at_idx\` ON \`help_matches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`help_matches_created_at_idx\` ON \`help_matches\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`ideas_state_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`changed_by_id\` integer,
  	\`changed_at\` text,
  	FOREIGN KEY (\`changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ideas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ideas_state_history_order_idx\` ON \`ideas_state_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`ideas_state_history_parent_id_idx\` ON \`ideas_state_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ideas_state_history_changed_by_idx\` ON \`ideas_state_history\` (\`changed_by_id\`);`)
  await db.run(sql`CREATE TABLE \`ideas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'idea' NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`category\` text DEFAULT 'other' NOT NULL,
  	\`target_department_id\` integer NOT NULL,
  	\`anonymous\` integer DEFAULT false,
  	\`author_id\` integer,
  	\`state\` text DEFAULT 'open' NOT NULL,
  	\`official_answer_text\` text,
  	\`official_answer_answered_by_id\` integer,
  	\`official_answer_answered_at\` text,
  	\`state_changed_at\` text,
  	\`votes_count\` numeric DEFAULT 0,
  	\`comments_count\` numeric DEFAULT 0,
  	\`awaiting_answer\` integer DEFAULT true,
  	\`solved\` integer DEFAULT false,
  	\`moderation\` text DEFAULT 'visible',
  	\`open_flags_count\` numeric DEFAULT 0,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`target_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`official_answer_answered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`ideas_kind_idx\` ON \`ideas\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`ideas_category_idx\` ON \`ideas\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`ideas_target_department_idx\` ON \`ideas\` (\`target_department_id\`);`)
  await db.run(sql`CREATE INDEX \`ideas_author_idx\` ON \`ideas\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`ideas_state_idx\` ON \`ideas\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`ideas_official_answer_official_answer_answered_by_idx\` ON \`ideas\` (\`official_answer_answered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`ideas_state_changed_at_idx\` ON \`ideas\` (\`state_changed_at\`);`)
  await db.run(sql`CREATE INDEX \`ideas_votes_count_idx\` ON \`ideas\` (\`votes_count\`);`)
  await db.run(sql`CREATE INDEX \`ideas_comments_count_idx\` ON \`ideas\` (\`comments_count\`);`)
  await db.run(sql`CREATE INDEX \`ideas_awaiting_answer_idx\` ON \`ideas\` (\`awaiting_answer\`);`)
  await db.run(sql`CREATE INDEX \`ideas_solved_idx\` ON \`ideas\` (\`solved\`);`)
  await db.run(sql`CREATE INDEX \`ideas_moderation_idx\` ON \`ideas\` (\`moderation\`);`)
  await db.run(sql`CREATE INDEX \`ideas_updated_at_idx\` ON \`ideas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ideas_created_at_idx\` ON \`ideas\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`ideas_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`idea_attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ideas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`idea_attachments_id\`) REFERENCES \`idea_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ideas_rels_order_idx\` ON \`ideas_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`ideas_rels_parent_idx\` ON \`ideas_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ideas_rels_path_idx\` ON \`ideas_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`ideas_rels_idea_attachments_id_idx\` ON \`ideas_rels\` (\`idea_attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`idea_votes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`idea_id\` integer NOT NULL,
  	\`voter_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`idea_id\`) REFERENCES \`ideas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`voter_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`idea_votes_idea_idx\` ON \`idea_votes\` (\`idea_id\`);`)
  await db.run(sql`CREATE INDEX \`idea_votes_voter_idx\` ON \`idea_votes\` (\`voter_id\`);`)
  await db.run(sql`CREATE INDEX \`idea_votes_updated_at_idx\` ON \`idea_votes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`idea_votes_created_at_idx\` ON \`idea_votes\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`idea_voter_idx\` ON \`idea_votes\` (\`idea_id\`,\`voter_id\`);`)
  await db.run(sql`CREATE TABLE \`idea_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`idea_id\` integer NOT NULL,
  	\`parent_id\` integer,
  	\`stance\` text DEFAULT 'neutral' NOT NULL,
  	\`body\` text NOT NULL,
  	\`author_id\` integer,
  	\`depth\` numeric,
  	\`deleted\` integer DEFAULT false,
  	\`deleted_at\` text,
  	\`edited_at\` text,
  	\`moderation\` text DEFAULT 'visible',
  	\`open_flags_count\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`idea_id\`) REFERENCES \`ideas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`idea_comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`idea_comments_idea_idx\` ON \`idea_comments\` (\`idea_id\`);`)
  await db.run(sql`CREATE INDEX \`idea_comments_parent_idx\` ON \`idea_comments\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`idea_comments_author_idx\` ON \`idea_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`idea_comments_deleted_idx\` ON \`idea_comments\` (\`deleted\`);`)
  await db.run(sql`CREATE INDEX \`idea_comments_moderation_idx\` ON \`idea_comments\` (\`moderation\`);`)
  await db.run(sql`CREATE INDEX \`idea_comments_updated_at_idx\` ON \`idea_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`idea_comments_created_at_idx\` ON \`idea_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`idea_flags\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`idea_id\` integer,
  	\`comment_id\` integer,
  	\`reason\` text NOT NULL,
  	\`note\` text,
  	\`reporter_id\` integer,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`reviewed_by_id\` integer,
  	\`reviewed_at\` text,
  	\`target_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`idea_id\`) REFERENCES \`ideas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`comment_id\`) REFERENCES \`idea_comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reporter_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`idea_flags_idea_idx\` ON \`idea_flags\` (\`idea_id\`);`)
  await db.run(sql`CREATE INDEX \`idea_flags_comment_idx\` ON \`idea_flags\` (\`comment_id\`);`)
  await db.run(sql`CREATE INDEX \`idea_flags_reporter_idx\` ON \`idea_flags\` (\`reporter_id\`);`)
  await db.run(sql`CREATE INDEX \`idea_flags_status_idx\` ON \`idea_flags\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`idea_flags_reviewed_by_idx\` ON \`idea_flags\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`idea_flags_target_key_idx\` ON \`idea_flags\` (\`target_key\`);`)
  await db.run(sql`CREATE INDEX \`idea_flags_updated_at_idx\` ON \`idea_flags\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`idea_flags_created_at_idx\` ON \`idea_flags\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`targetKey_reporter_idx\` ON \`idea_flags\` (\`target_key\`,\`reporter_id\`);`)
  await db.run(sql`CREATE TABLE \`idea_attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`description\` text,
  	\`uploaded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`idea_attachments_uploaded_by_idx\` ON \`idea_attachments\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`idea_attachments_updated_at_idx\` ON \`idea_attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`idea_attachments_created_at_idx\` ON \`idea_attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`idea_attachments_filename_idx\` ON \`idea_attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`line_subscribers_interests\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`line_subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`line_subscribers_interests_order_idx\` ON \`line_subscribers_interests\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`line_subscribers_interests_parent_idx\` ON \`line_subscribers_interests\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`line_subscribers_interests_value_idx\` ON \`line_subscribers_interests\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`line_subscribers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`line_user_id\` text NOT NULL,
  	\`follow_state\` text DEFAULT 'following' NOT NULL,
  	\`followed_at\` text,
  	\`unfollowed_at\` text,
  	\`municipality\` text,
  	\`age_band\` text,
  	\`language\` text DEFAULT 'ja',
  	\`consent_at\` text,
  	\`registration_step\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`line_subscribers_line_user_id_idx\` ON \`line_subscribers\` (\`line_user_id\`);`)
  await db.run(sql`CREATE INDEX \`line_subscribers_follow_state_idx\` ON \`line_subscribers\` (\`follow_state\`);`)
  await db.run(sql`CREATE INDEX \`line_subscribers_municipality_idx\` ON \`line_subscribers\` (\`municipality\`);`)
  await db.run(sql`CREATE INDEX \`line_subscribers_age_band_idx\` ON \`line_subscribers\` (\`age_band\`);`)
  await db.run(sql`CREATE INDEX \`line_subscribers_updated_at_idx\` ON \`line_subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`line_subscribers_created_at_idx\` ON \`line_subscribers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`line_segments_municipalities\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`line_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`line_segments_municipalities_order_idx\` ON \`line_segments_municipalities\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`line_segments_municipalities_parent_idx\` ON \`line_segments_municipalities\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`line_segments_age_bands\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`line_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`line_segments_age_bands_order_idx\` ON \`line_segments_age_bands\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`line_segments_age_bands_parent_idx\` ON \`line_segments_age_bands\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`line_segments_interests\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`line_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`line_segments_interests_order_idx\` ON \`line_segments_interests\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`line_segments_interests_parent_idx\` ON \`line_segments_interests\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`line_segments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`combinator\` text DEFAULT 'and' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`line_segments_name_idx\` ON \`line_segments\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`line_segments_updated_at_idx\` ON \`line_segments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`line_segments_created_at_idx\` ON \`line_segments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`line_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document_title\` text,
  	\`collection\` text DEFAULT 'announcements' NOT NULL,
  	\`document\` text NOT NULL,
  	\`mode\` text DEFAULT 'test' NOT NULL,
  	\`scheduled_at\` text,
  	\`alt_text\` text,
  	\`extra_text\` text,
  	\`messages\` text,
  	\`message_warnings\` text,
  	\`status\` text DEFAULT 'scheduled',
  	\`total\` numeric,
  	\`sent\` numeric,
  	\`failed\` numeric,
  	\`last_error\` text,
  	\`aggregation_unit\` text,
  	\`requested_by_id\` integer,
  	\`sandbox\` integer,
  	\`frozen_at\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`claimed_by\` text,
  	\`claimed_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`line_deliveries_scheduled_at_idx\` ON \`line_deliveries\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`line_deliveries_status_idx\` ON \`line_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`line_deliveries_requested_by_idx\` ON \`line_deliveries\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`line_deliveries_updated_at_idx\` ON \`line_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`line_deliveries_created_at_idx\` ON \`line_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`line_deliveries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`line_segments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`line_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_segments_id\`) REFERENCES \`line_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`line_deliveries_rels_order_idx\` ON \`line_deliveries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`line_deliveries_rels_parent_idx\` ON \`line_deliveries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`line_deliveries_rels_path_idx\` ON \`line_deliveries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`line_deliveries_rels_line_segments_id_idx\` ON \`line_deliveries_rels\` (\`line_segments_id\`);`)
  await db.run(sql`CREATE TABLE \`line_delivery_batches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`delivery_id\` integer NOT NULL,
  	\`seq\` numeric NOT NULL,
  	\`recipients\` text NOT NULL,
  	\`count\` numeric NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`retry_key\` text NOT NULL,
  	\`request_id\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`error\` text,
  	\`sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`delivery_id\`) REFERENCES \`line_deliveries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`line_delivery_batches_delivery_idx\` ON \`line_delivery_batches\` (\`delivery_id\`);`)
  await db.run(sql`CREATE INDEX \`line_delivery_batches_seq_idx\` ON \`line_delivery_batches\` (\`seq\`);`)
  await db.run(sql`CREATE INDEX \`line_delivery_batches_status_idx\` ON \`line_delivery_batches\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`line_delivery_batches_updated_at_idx\` ON \`line_delivery_batches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`line_delivery_batches_created_at_idx\` ON \`line_delivery_batches\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`line_inquiries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`subscriber_id\` integer NOT NULL,
  	\`department_id\` integer,
  	\`matched_keyword\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`reply_text\` text,
  	\`replied_at\` text,
  	\`received_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`subscriber_id\`) REFERENCES \`line_subscribers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`line_inquiries_subscriber_idx\` ON \`line_inquiries\` (\`subscriber_id\`);`)
  await db.run(sql`CREATE INDEX \`line_inquiries_department_idx\` ON \`line_inquiries\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`line_inquiries_status_idx\` ON \`line_inquiries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`line_inquiries_received_at_idx\` ON \`line_inquiries\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`line_inquiries_updated_at_idx\` ON \`line_inquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`line_inquiries_created_at_idx\` ON \`line_inquiries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`line_webhook_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`webhook_event_id\` text NOT NULL,
  	\`type\` text,
  	\`event\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`error\` text,
  	\`received_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`line_webhook_events_webhook_event_id_idx\` ON \`line_webhook_events\` (\`webhook_event_id\`);`)
  await db.run(sql`CREATE INDEX \`line_webhook_events_type_idx\` ON \`line_webhook_events\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`line_webhook_events_status_idx\` ON \`line_webhook_events\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`line_webhook_events_received_at_idx\` ON \`line_webhook_events\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`line_webhook_events_updated_at_idx\` ON \`line_webhook_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`line_webhook_events_created_at_idx\` ON \`line_webhook_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`line_tracked_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`delivery_id\` integer,
  	\`aggregation_unit\` text,
  	\`segment\` text,
  	\`category\` text,
  	\`department\` text,
  	\`document\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`delivery_id\`) REFERENCES \`line_deliveries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`line_tracked_links_code_idx\` ON \`line_tracked_links\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`line_tracked_links_delivery_idx\` ON \`line_tracked_links\` (\`delivery_id\`);`)
  await db.run(sql`CREATE INDEX \`line_tracked_links_aggregation_unit_idx\` ON \`line_tracked_links\` (\`aggregation_unit\`);`)
  await db.run(sql`CREATE INDEX \`line_tracked_links_updated_at_idx\` ON \`line_tracked_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`line_tracked_links_created_at_idx\` ON \`line_tracked_links\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`line_link_clicks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`clicked_at\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`delivery\` text,
  	\`link\` text NOT NULL,
  	\`segment\` text,
  	\`category\` text,
  	\`department\` text,
  	\`visitor_key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`line_link_clicks_updated_at_idx\` ON \`line_link_clicks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`line_link_clicks_created_at_idx\` ON \`line_link_clicks\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`day_delivery_visitorKey_idx\` ON \`line_link_clicks\` (\`day\`,\`delivery\`,\`visitor_key\`);`)
  await db.run(sql`CREATE INDEX \`delivery_link_visitorKey_idx\` ON \`line_link_clicks\` (\`delivery\`,\`link\`,\`visitor_key\`);`)
  await db.run(sql`CREATE TABLE \`line_insight_snapshots\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`delivery_id\` integer NOT NULL,
  	\`checkpoint\` text NOT NULL,
  	\`fetched_at\` text NOT NULL,
  	\`status\` text DEFAULT 'ok' NOT NULL,
  	\`error\` text,
  	\`source\` text,
  	\`delivered\` numeric,
  	\`unique_impressions\` numeric,
  	\`unique_clicks\` numeric,
  	\`url_clicks\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`delivery_id\`) REFERENCES \`line_deliveries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`line_insight_snapshots_delivery_idx\` ON \`line_insight_snapshots\` (\`delivery_id\`);`)
  await db.run(sql`CREATE INDEX \`line_insight_snapshots_fetched_at_idx\` ON \`line_insight_snapshots\` (\`fetched_at\`);`)
  await db.run(sql`CREATE INDEX \`line_insight_snapshots_updated_at_idx\` ON \`line_insight_snapshots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`line_insight_snapshots_created_at_idx\` ON \`line_insight_snapshots\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`line_account_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`followers\` numeric,
  	\`targeted_reaches\` numeric,
  	\`blocks\` numeric,
  	\`fetched_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`line_account_stats_day_idx\` ON \`line_account_stats\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`line_account_stats_fetched_at_idx\` ON \`line_account_stats\` (\`fetched_at\`);`)
  await db.run(sql`CREATE INDEX \`line_account_stats_updated_at_idx\` ON \`line_account_stats\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`line_account_stats_created_at_idx\` ON \`line_account_stats\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`departments_id\` integer,
  	\`leases_id\` integer,
  	\`media_id\` integer,
  	\`announcements_id\` integer,
  	\`subsidies_id\` integer,
  	\`founder_stories_id\` integer,
  	\`skills_id\` integer,
  	\`staff_profiles_id\` integer,
  	\`help_requests_id\` integer,
  	\`help_matches_id\` integer,
  	\`ideas_id\` integer,
  	\`idea_votes_id\` integer,
  	\`idea_comments_id\` integer,
  	\`idea_flags_id\` integer,
  	\`idea_attachments_id\` integer,
  	\`line_subscribers_id\` integer,
  	\`line_segments_id\` integer,
  	\`line_deliveries_id\` integer,
  	\`line_delivery_batches_id\` integer,
  	\`line_inquiries_id\` integer,
  	\`line_webhook_events_id\` integer,
  	\`line_tracked_links_id\` integer,
  	\`line_link_clicks_id\` integer,
  	\`line_insight_snapshots_id\` integer,
  	\`line_account_stats_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leases_id\`) REFERENCES \`leases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`announcements_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subsidies_id\`) REFERENCES \`subsidies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`founder_stories_id\`) REFERENCES \`founder_stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skills_id\`) REFERENCES \`skills\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`staff_profiles_id\`) REFERENCES \`staff_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`help_requests_id\`) REFERENCES \`help_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`help_matches_id\`) REFERENCES \`help_matches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ideas_id\`) REFERENCES \`ideas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`idea_votes_id\`) REFERENCES \`idea_votes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`idea_comments_id\`) REFERENCES \`idea_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`idea_flags_id\`) REFERENCES \`idea_flags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`idea_attachments_id\`) REFERENCES \`idea_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_subscribers_id\`) REFERENCES \`line_subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_segments_id\`) REFERENCES \`line_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_deliveries_id\`) REFERENCES \`line_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_delivery_batches_id\`) REFERENCES \`line_delivery_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_inquiries_id\`) REFERENCES \`line_inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_webhook_events_id\`) REFERENCES \`line_webhook_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_tracked_links_id\`) REFERENCES \`line_tracked_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_link_clicks_id\`) REFERENCES \`line_link_clicks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_insight_snapshots_id\`) REFERENCES \`line_insight_snapshots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_account_stats_id\`) REFERENCES \`line_account_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`leases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_announcements_id_idx\` ON \`payload_locked_documents_rels\` (\`announcements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subsidies_id_idx\` ON \`payload_locked_documents_rels\` (\`subsidies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_founder_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`founder_stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_skills_id_idx\` ON \`payload_locked_documents_rels\` (\`skills_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_staff_profiles_id_idx\` ON \`payload_locked_documents_rels\` (\`staff_profiles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_help_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`help_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_help_matches_id_idx\` ON \`payload_locked_documents_rels\` (\`help_matches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ideas_id_idx\` ON \`payload_locked_documents_rels\` (\`ideas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_idea_votes_id_idx\` ON \`payload_locked_documents_rels\` (\`idea_votes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_idea_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`idea_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_idea_flags_id_idx\` ON \`payload_locked_documents_rels\` (\`idea_flags_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_idea_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`idea_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`line_subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_segments_id_idx\` ON \`payload_locked_documents_rels\` (\`line_segments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`line_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_delivery_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`line_delivery_batches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`line_inquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_webhook_events_id_idx\` ON \`payload_locked_documents_rels\` (\`line_webhook_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_tracked_links_id_idx\` ON \`payload_locked_documents_rels\` (\`line_tracked_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_link_clicks_id_idx\` ON \`payload_locked_documents_rels\` (\`line_link_clicks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_insight_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`line_insight_snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_account_stats_id_idx\` ON \`payload_locked_documents_rels\` (\`line_account_stats_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_texts\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`DROP TABLE \`leases\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`announcements_links\`;`)
  await db.run(sql`DROP TABLE \`announcements_municipalities\`;`)
  await db.run(sql`DROP TABLE \`announcements\`;`)
  await db.run(sql`DROP TABLE \`_announcements_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_announcements_v_version_municipalities\`;`)
  await db.run(sql`DROP TABLE \`_announcements_v\`;`)
  await db.run(sql`DROP TABLE \`subsidies_purposes\`;`)
  await db.run(sql`DROP TABLE \`subsidies_industries\`;`)
  await db.run(sql`DROP TABLE \`subsidies_stages\`;`)
  await db.run(sql`DROP TABLE \`subsidies_municipalities\`;`)
  await db.run(sql`DROP TABLE \`subsidies\`;`)
  await db.run(sql`DROP TABLE \`subsidies_texts\`;`)
  await db.run(sql`DROP TABLE \`subsidies_rels\`;`)
  await db.run(sql`DROP TABLE \`_subsidies_v_version_purposes\`;`)
  await db.run(sql`DROP TABLE \`_subsidies_v_version_industries\`;`)
  await db.run(sql`DROP TABLE \`_subsidies_v_version_stages\`;`)
  await db.run(sql`DROP TABLE \`_subsidies_v_version_municipalities\`;`)
  await db.run(sql`DROP TABLE \`_subsidies_v\`;`)
  await db.run(sql`DROP TABLE \`_subsidies_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_subsidies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`founder_stories\`;`)
  await db.run(sql`DROP TABLE \`founder_stories_texts\`;`)
  await db.run(sql`DROP TABLE \`founder_stories_rels\`;`)
  await db.run(sql`DROP TABLE \`_founder_stories_v\`;`)
  await db.run(sql`DROP TABLE \`_founder_stories_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_founder_stories_v_rels\`;`)
  await db.run(sql`DROP TABLE \`skills\`;`)
  await db.run(sql`DROP TABLE \`skills_texts\`;`)
  await db.run(sql`DROP TABLE \`staff_profiles_past_assignments\`;`)
  await db.run(sql`DROP TABLE \`staff_profiles_qualifications\`;`)
  await db.run(sql`DROP TABLE \`staff_profiles_skills\`;`)
  await db.run(sql`DROP TABLE \`staff_profiles\`;`)
  await db.run(sql`DROP TABLE \`staff_profiles_rels\`;`)
  await db.run(sql`DROP TABLE \`help_requests_required_skills\`;`)
  await db.run(sql`DROP TABLE \`help_requests\`;`)
  await db.run(sql`DROP TABLE \`help_matches_log\`;`)
  await db.run(sql`DROP TABLE \`help_matches\`;`)
  await db.run(sql`DROP TABLE \`ideas_state_history\`;`)
  await db.run(sql`DROP TABLE \`ideas\`;`)
  await db.run(sql`DROP TABLE \`ideas_rels\`;`)
  await db.run(sql`DROP TABLE \`idea_votes\`;`)
  await db.run(sql`DROP TABLE \`idea_comments\`;`)
  await db.run(sql`DROP TABLE \`idea_flags\`;`)
  await db.run(sql`DROP TABLE \`idea_attachments\`;`)
  await db.run(sql`DROP TABLE \`line_subscribers_interests\`;`)
  await db.run(sql`DROP TABLE \`line_subscribers\`;`)
  await db.run(sql`DROP TABLE \`line_segments_municipalities\`;`)
  await db.run(sql`DROP TABLE \`line_segments_age_bands\`;`)
  await db.run(sql`DROP TABLE \`line_segments_interests\`;`)
  await db.run(sql`DROP TABLE \`line_segments\`;`)
  await db.run(sql`DROP TABLE \`line_deliveries\`;`)
  await db.run(sql`DROP TABLE \`line_deliveries_rels\`;`)
  await db.run(sql`DROP TABLE \`line_delivery_batches\`;`)
  await db.run(sql`DROP TABLE \`line_inquiries\`;`)
  await db.run(sql`DROP TABLE \`line_webhook_events\`;`)
  await db.run(sql`DROP TABLE \`line_tracked_links\`;`)
  await db.run(sql`DROP TABLE \`line_link_clicks\`;`)
  await db.run(sql`DROP TABLE \`line_insight_snapshots\`;`)
  await db.run(sql`DROP TABLE \`line_account_stats\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
