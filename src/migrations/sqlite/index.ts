import * as migration_20261127_054927_initial from './20261127_054927_initial';
import * as migration_20261127_062644_feature_plugins from './20261127_062644_feature_plugins';

export const migrations = [
  {
    up: migration_20261127_054927_initial.up,
    down: migration_20261127_054927_initial.down,
    name: '20261127_054927_initial',
  },
  {
    up: migration_20261127_062644_feature_plugins.up,
    down: migration_20261127_062644_feature_plugins.down,
    name: '20261127_062644_feature_plugins'
  },
];
