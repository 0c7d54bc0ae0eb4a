import * as migration_20261127_054920_initial from './20261127_054920_initial';
import * as migration_20261127_062637_feature_plugins from './20261127_062637_feature_plugins';

export const migrations = [
  {
    up: migration_20261127_054920_initial.up,
    down: migration_20261127_054920_initial.down,
    name: '20261127_054920_initial',
  },
  {
    up: migration_20261127_062637_feature_plugins.up,
    down: migration_20261127_062637_feature_plugins.down,
    name: '20261127_062637_feature_plugins'
  },
];
