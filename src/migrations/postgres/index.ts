import * as migration_20261127_054920_initial from './20261127_054920_initial';

export const migrations = [
  {
    up: migration_20261127_054920_initial.up,
    down: migration_20261127_054920_initial.down,
    name: '20261127_054920_initial'
  },
];
