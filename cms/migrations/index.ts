import * as migration_20261125_152457_initial from './20261125_152457_initial';

export const migrations = [
  {
    up: migration_20261125_152457_initial.up,
    down: migration_20261125_152457_initial.down,
    name: '20261125_152457_initial'
  },
];
