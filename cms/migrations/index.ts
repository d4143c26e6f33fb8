import * as migration_20261125_152457_initial from './20261125_152457_initial';
import * as migration_20261125_155945_audit_config from './20261125_155945_audit_config';
import * as migration_20261125_182638_content from './20261125_182638_content';

export const migrations = [
  {
    up: migration_20261125_152457_initial.up,
    down: migration_20261125_152457_initial.down,
    name: '20261125_152457_initial',
  },
  {
    up: migration_20261125_155945_audit_config.up,
    down: migration_20261125_155945_audit_config.down,
    name: '20261125_155945_audit_config',
  },
  {
    up: migration_20261125_182638_content.up,
    down: migration_20261125_182638_content.down,
    name: '20261125_182638_content'
  },
];
