import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`line_approver\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`line_deliveries\` ADD \`recipient_estimate\` numeric;`)
  await db.run(sql`ALTER TABLE \`line_deliveries\` ADD \`reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`line_deliveries\` ADD \`reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`line_deliveries\` ADD \`rejection_reason\` text;`)
  await db.run(sql`CREATE INDEX \`line_deliveries_reviewed_by_idx\` ON \`line_deliveries\` (\`reviewed_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_line_deliveries\` (
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
  	\`department_id\` integer,
  	\`requested_by_id\` integer,
  	\`sandbox\` integer,
  	\`frozen_at\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`claimed_by\` text,
  	\`claimed_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_line_deliveries\`("id", "document_title", "collection", "document", "mode", "scheduled_at", "alt_text", "extra_text", "messages", "message_warnings", "status", "total", "sent", "failed", "last_error", "aggregation_unit", "department_id", "requested_by_id", "sandbox", "frozen_at", "started_at", "finished_at", "claimed_by", "claimed_until", "updated_at", "created_at") SELECT "id", "document_title", "collection", "document", "mode", "scheduled_at", "alt_text", "extra_text", "messages", "message_warnings", "status", "total", "sent", "failed", "last_error", "aggregation_unit", "department_id", "requested_by_id", "sandbox", "frozen_at", "started_at", "finished_at", "claimed_by", "claimed_until", "updated_at", "created_at" FROM \`line_deliveries\`;`)
  await db.run(sql`DROP TABLE \`line_deliveries\`;`)
  await db.run(sql`ALTER TABLE \`__new_line_deliveries\` RENAME TO \`line_deliveries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`line_deliveries_scheduled_at_idx\` ON \`line_deliveries\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`line_deliveries_status_idx\` ON \`line_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`line_deliveries_department_idx\` ON \`line_deliveries\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`line_deliveries_requested_by_idx\` ON \`line_deliveries\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`line_deliveries_updated_at_idx\` ON \`line_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`line_deliveries_created_at_idx\` ON \`line_deliveries\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`line_approver\`;`)
}
