import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`ideas\` ADD \`answer_due_at\` text;`)
  // Ideas posted before: due the default 14 days after posting.
  await db.run(sql`UPDATE \`ideas\` SET \`answer_due_at\` = strftime('%Y-%m-%dT%H:%M:%fZ', \`created_at\`, '+14 days');`)
  await db.run(sql`CREATE INDEX \`ideas_answer_due_at_idx\` ON \`ideas\` (\`answer_due_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`ideas_answer_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`ideas\` DROP COLUMN \`answer_due_at\`;`)
}
