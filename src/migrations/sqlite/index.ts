import * as migration_20261127_054927_initial from './20261127_054927_initial';

export const migrations = [
  {
    up: migration_20261127_054927_initial.up,
    down: migration_20261127_054927_initial.down,
    name: '20261127_054927_initial'
  },
];
