import * as migration_20261127_074448_initial from './20261127_074448_initial';
import * as migration_20261127_100042_click_rollup_webhook_claims_manual_insight from './20261127_100042_click_rollup_webhook_claims_manual_insight';

export const migrations = [
  {
    up: migration_20261127_074448_initial.up,
    down: migration_20261127_074448_initial.down,
    name: '20261127_074448_initial',
  },
  {
    up: migration_20261127_100042_click_rollup_webhook_claims_manual_insight.up,
    down: migration_20261127_100042_click_rollup_webhook_claims_manual_insight.down,
    name: '20261127_100042_click_rollup_webhook_claims_manual_insight'
  },
];
