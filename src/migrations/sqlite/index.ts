import * as migration_20261127_074453_initial from './20261127_074453_initial';

export const migrations = [
  {
    up: migration_20261127_074453_initial.up,
    down: migration_20261127_074453_initial.down,
    name: '20261127_074453_initial'
  },
];
