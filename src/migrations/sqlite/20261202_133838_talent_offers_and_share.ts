import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`staff_profiles\` ADD \`availability_share\` numeric;`)
  await db.run(sql`ALTER TABLE \`help_matches\` ADD \`open_offer\` text;`)
  // Offers standing before the column existed hold their key too (the oldest, should there be two).
  await db.run(sql`UPDATE \`help_matches\` SET \`open_offer\` = \`help_request_id\` || ':' || \`profile_id\`
    WHERE \`status\` IN ('proposed', 'accepted') AND \`id\` = (
      SELECT min(o.\`id\`) FROM \`help_matches\` o
      WHERE o.\`help_request_id\` = \`help_matches\`.\`help_request_id\` AND o.\`profile_id\` = \`help_matches\`.\`profile_id\`
        AND o.\`status\` IN ('proposed', 'accepted'));`)
  await db.run(sql`CREATE UNIQUE INDEX \`help_matches_open_offer_idx\` ON \`help_matches\` (\`open_offer\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`help_matches_open_offer_idx\`;`)
  await db.run(sql`ALTER TABLE \`help_matches\` DROP COLUMN \`open_offer\`;`)
  await db.run(sql`ALTER TABLE \`staff_profiles\` DROP COLUMN \`availability_share\`;`)
}
