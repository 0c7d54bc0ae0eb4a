import * as migration_20261127_074448_initial from './20261127_074448_initial';
import * as migration_20261127_100042_click_rollup_webhook_claims_manual_insight from './20261127_100042_click_rollup_webhook_claims_manual_insight';
import * as migration_20261202_041250_line_delivery_department_and_link_codes from './20261202_041250_line_delivery_department_and_link_codes';
import * as migration_20261202_085322_line_delivery_approval from './20261202_085322_line_delivery_approval';
import * as migration_20261202_095748_line_batch_retry_and_idea_follows from './20261202_095748_line_batch_retry_and_idea_follows';
import * as migration_20261202_133835_talent_offers_and_share from './20261202_133835_talent_offers_and_share';
import * as migration_20261202_140056_audit_events from './20261202_140056_audit_events';
import * as migration_20261202_140555_idea_answer_due from './20261202_140555_idea_answer_due';
import * as migration_20261202_141751_line_municipality_override from './20261202_141751_line_municipality_override';
import * as migration_20261203_092913_staff_notices from './20261203_092913_staff_notices';
import * as migration_20261203_131953_municipal_offices from './20261203_131953_municipal_offices';
import * as migration_20261203_164633_founder_stories_on_line from './20261203_164633_founder_stories_on_line';
import * as migration_20261203_190040_public_search_index from './20261203_190040_public_search_index';
import * as migration_20261204_054920_residents_consent_version from './20261204_054920_residents_consent_version';
import * as migration_20261204_061303_line_rich_menus from './20261204_061303_line_rich_menus';
import * as migration_20261204_174814_line_step_series from './20261204_174814_line_step_series';
import * as migration_20261204_180929_line_reminders from './20261204_180929_line_reminders';

export const migrations = [
  {
    up: migration_20261127_074448_initial.up,
    down: migration_20261127_074448_initial.down,
    name: '20261127_074448_initial',
  },
  {
    up: migration_20261127_100042_click_rollup_webhook_claims_manual_insight.up,
    down: migration_20261127_100042_click_rollup_webhook_claims_manual_insight.down,
    name: '20261127_100042_click_rollup_webhook_claims_manual_insight',
  },
  {
    up: migration_20261202_041250_line_delivery_department_and_link_codes.up,
    down: migration_20261202_041250_line_delivery_department_and_link_codes.down,
    name: '20261202_041250_line_delivery_department_and_link_codes',
  },
  {
    up: migration_20261202_085322_line_delivery_approval.up,
    down: migration_20261202_085322_line_delivery_approval.down,
    name: '20261202_085322_line_delivery_approval',
  },
  {
    up: migration_20261202_095748_line_batch_retry_and_idea_follows.up,
    down: migration_20261202_095748_line_batch_retry_and_idea_follows.down,
    name: '20261202_095748_line_batch_retry_and_idea_follows',
  },
  {
    up: migration_20261202_133835_talent_offers_and_share.up,
    down: migration_20261202_133835_talent_offers_and_share.down,
    name: '20261202_133835_talent_offers_and_share',
  },
  {
    up: migration_20261202_140056_audit_events.up,
    down: migration_20261202_140056_audit_events.down,
    name: '20261202_140056_audit_events',
  },
  {
    up: migration_20261202_140555_idea_answer_due.up,
    down: migration_20261202_140555_idea_answer_due.down,
    name: '20261202_140555_idea_answer_due',
  },
  {
    up: migration_20261202_141751_line_municipality_override.up,
    down: migration_20261202_141751_line_municipality_override.down,
    name: '20261202_141751_line_municipality_override',
  },
  {
    up: migration_20261203_092913_staff_notices.up,
    down: migration_20261203_092913_staff_notices.down,
    name: '20261203_092913_staff_notices',
  },
  {
    up: migration_20261203_131953_municipal_offices.up,
    down: migration_20261203_131953_municipal_offices.down,
    name: '20261203_131953_municipal_offices',
  },
  {
    up: migration_20261203_164633_founder_stories_on_line.up,
    down: migration_20261203_164633_founder_stories_on_line.down,
    name: '20261203_164633_founder_stories_on_line',
  },
  {
    up: migration_20261203_190040_public_search_index.up,
    down: migration_20261203_190040_public_search_index.down,
    name: '20261203_190040_public_search_index',
  },
  {
    up: migration_20261204_054920_residents_consent_version.up,
    down: migration_20261204_054920_residents_consent_version.down,
    name: '20261204_054920_residents_consent_version',
  },
  {
    up: migration_20261204_061303_line_rich_menus.up,
    down: migration_20261204_061303_line_rich_menus.down,
    name: '20261204_061303_line_rich_menus',
  },
  {
    up: migration_20261204_174814_line_step_series.up,
    down: migration_20261204_174814_line_step_series.down,
    name: '20261204_174814_line_step_series',
  },
  {
    up: migration_20261204_180929_line_reminders.up,
    down: migration_20261204_180929_line_reminders.down,
    name: '20261204_180929_line_reminders'
  },
];
