import * as migration_20261125_152457_initial from './20261125_152457_initial';
import * as migration_20261125_155945_audit_config from './20261125_155945_audit_config';

export const migrations = [
  {
    up: migration_20261125_152457_initial.up,
    down: migration_20261125_152457_initial.down,
    name: '20261125_152457_initial',
  },
  {
    up: migration_20261125_155945_audit_config.up,
    down: migration_20261125_155945_audit_config.down,
    name: '20261125_155945_audit_config'
  },
];
