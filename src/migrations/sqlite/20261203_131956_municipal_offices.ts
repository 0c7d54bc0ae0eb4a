import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`departments\` ADD \`municipality\` text;`)
  await db.run(sql`CREATE INDEX \`departments_municipality_idx\` ON \`departments\` (\`municipality\`);`)
  await db.run(sql`ALTER TABLE \`line_segments\` ADD \`owner_municipality\` text;`)
  await db.run(sql`CREATE INDEX \`line_segments_owner_municipality_idx\` ON \`line_segments\` (\`owner_municipality\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`departments_municipality_idx\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`municipality\`;`)
  await db.run(sql`DROP INDEX \`line_segments_owner_municipality_idx\`;`)
  await db.run(sql`ALTER TABLE \`line_segments\` DROP COLUMN \`owner_municipality\`;`)
}
