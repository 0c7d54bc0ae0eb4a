import * as migration_20261127_074453_initial from './20261127_074453_initial';
import * as migration_20261127_100045_click_rollup_webhook_claims_manual_insight from './20261127_100045_click_rollup_webhook_claims_manual_insight';

export const migrations = [
  {
    up: migration_20261127_074453_initial.up,
    down: migration_20261127_074453_initial.down,
    name: '20261127_074453_initial',
  },
  {
    up: migration_20261127_100045_click_rollup_webhook_claims_manual_insight.up,
    down: migration_20261127_100045_click_rollup_webhook_claims_manual_insight.down,
    name: '20261127_100045_click_rollup_webhook_claims_manual_insight'
  },
];
