import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`line_reminders\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`subscriber_id\` integer,
  	\`day\` text NOT NULL,
  	\`programmes\` numeric NOT NULL,
  	\`text\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`sent_at\` text,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`subscriber_id\`) REFERENCES \`line_subscribers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`line_reminders_key_idx\` ON \`line_reminders\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`line_reminders_subscriber_idx\` ON \`line_reminders\` (\`subscriber_id\`);`)
  await db.run(sql`CREATE INDEX \`line_reminders_day_idx\` ON \`line_reminders\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`line_reminders_status_idx\` ON \`line_reminders\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`line_reminders_updated_at_idx\` ON \`line_reminders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`line_reminders_created_at_idx\` ON \`line_reminders\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`line_reminders_id\` integer REFERENCES line_reminders(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`line_reminders_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`line_reminders\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  	\`idea_follows_id\` integer,
  	\`public_search_index_id\` integer,
  	\`line_subscribers_id\` integer,
  	\`line_segments_id\` integer,
  	\`line_deliveries_id\` integer,
  	\`line_delivery_batches_id\` integer,
  	\`line_inquiries_id\` integer,
  	\`line_webhook_events_id\` integer,
  	\`line_link_codes_id\` integer,
  	\`line_rich_menus_id\` integer,
  	\`line_step_series_id\` integer,
  	\`line_step_enrolments_id\` integer,
  	\`line_tracked_links_id\` integer,
  	\`line_link_clicks_id\` integer,
  	\`line_insight_snapshots_id\` integer,
  	\`line_account_stats_id\` integer,
  	\`line_click_days_id\` integer,
  	\`staff_notices_id\` integer,
  	\`audit_events_id\` integer,
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
  	FOREIGN KEY (\`idea_follows_id\`) REFERENCES \`idea_follows\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`public_search_index_id\`) REFERENCES \`public_search_index\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_subscribers_id\`) REFERENCES \`line_subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_segments_id\`) REFERENCES \`line_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_deliveries_id\`) REFERENCES \`line_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_delivery_batches_id\`) REFERENCES \`line_delivery_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_inquiries_id\`) REFERENCES \`line_inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_webhook_events_id\`) REFERENCES \`line_webhook_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_link_codes_id\`) REFERENCES \`line_link_codes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_rich_menus_id\`) REFERENCES \`line_rich_menus\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_step_series_id\`) REFERENCES \`line_step_series\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_step_enrolments_id\`) REFERENCES \`line_step_enrolments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_tracked_links_id\`) REFERENCES \`line_tracked_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_link_clicks_id\`) REFERENCES \`line_link_clicks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_insight_snapshots_id\`) REFERENCES \`line_insight_snapshots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_account_stats_id\`) REFERENCES \`line_account_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`line_click_days_id\`) REFERENCES \`line_click_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`staff_notices_id\`) REFERENCES \`staff_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "departments_id", "leases_id", "media_id", "announcements_id", "subsidies_id", "founder_stories_id", "skills_id", "staff_profiles_id", "help_requests_id", "help_matches_id", "ideas_id", "idea_votes_id", "idea_comments_id", "idea_flags_id", "idea_attachments_id", "idea_follows_id", "public_search_index_id", "line_subscribers_id", "line_segments_id", "line_deliveries_id", "line_delivery_batches_id", "line_inquiries_id", "line_webhook_events_id", "line_link_codes_id", "line_rich_menus_id", "line_step_series_id", "line_step_enrolments_id", "line_tracked_links_id", "line_link_clicks_id", "line_insight_snapshots_id", "line_account_stats_id", "line_click_days_id", "staff_notices_id", "audit_events_id") SELECT "id", "order", "parent_id", "path", "users_id", "departments_id", "leases_id", "media_id", "announcements_id", "subsidies_id", "founder_stories_id", "skills_id", "staff_profiles_id", "help_requests_id", "help_matches_id", "ideas_id", "idea_votes_id", "idea_comments_id", "idea_flags_id", "idea_attachments_id", "idea_follows_id", "public_search_index_id", "line_subscribers_id", "line_segments_id", "line_deliveries_id", "line_delivery_batches_id", "line_inquiries_id", "line_webhook_events_id", "line_link_codes_id", "line_rich_menus_id", "line_step_series_id", "line_step_enrolments_id", "line_tracked_links_id", "line_link_clicks_id", "line_insight_snapshots_id", "line_account_stats_id", "line_click_days_id", "staff_notices_id", "audit_events_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_idea_follows_id_idx\` ON \`payload_locked_documents_rels\` (\`idea_follows_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_public_search_index_id_idx\` ON \`payload_locked_documents_rels\` (\`public_search_index_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`line_subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_segments_id_idx\` ON \`payload_locked_documents_rels\` (\`line_segments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`line_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_delivery_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`line_delivery_batches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`line_inquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_webhook_events_id_idx\` ON \`payload_locked_documents_rels\` (\`line_webhook_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_link_codes_id_idx\` ON \`payload_locked_documents_rels\` (\`line_link_codes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_rich_menus_id_idx\` ON \`payload_locked_documents_rels\` (\`line_rich_menus_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_step_series_id_idx\` ON \`payload_locked_documents_rels\` (\`line_step_series_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_step_enrolments_id_idx\` ON \`payload_locked_documents_rels\` (\`line_step_enrolments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_tracked_links_id_idx\` ON \`payload_locked_documents_rels\` (\`line_tracked_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_link_clicks_id_idx\` ON \`payload_locked_documents_rels\` (\`line_link_clicks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_insight_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`line_insight_snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_account_stats_id_idx\` ON \`payload_locked_documents_rels\` (\`line_account_stats_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_line_click_days_id_idx\` ON \`payload_locked_documents_rels\` (\`line_click_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_staff_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`staff_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`)
}
