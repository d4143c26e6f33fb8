import * as migration_20261125_152457_initial from './20261125_152457_initial';
import * as migration_20261125_155945_audit_config from './20261125_155945_audit_config';
import * as migration_20261125_182638_content from './20261125_182638_content';
import * as migration_20261125_183020_service_packages_and_availability from './20261125_183020_service_packages_and_availability';
import * as migration_20261125_204342_merge_snapshots from './20261125_204342_merge_snapshots';
import * as migration_20261130_023000_service_package_roi from './20261130_023000_service_package_roi';
import * as migration_20261130_055851_experiments from './20261130_055851_experiments';

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
    name: '20261125_182638_content',
  },
  {
    up: migration_20261125_183020_service_packages_and_availability.up,
    down: migration_20261125_183020_service_packages_and_availability.down,
    name: '20261125_183020_service_packages_and_availability',
  },
  {
    up: migration_20261125_204342_merge_snapshots.up,
    down: migration_20261125_204342_merge_snapshots.down,
    name: '20261125_204342_merge_snapshots',
  },
  {
    up: migration_20261130_023000_service_package_roi.up,
    down: migration_20261130_023000_service_package_roi.down,
    name: '20261130_023000_service_package_roi',
  },
  {
    up: migration_20261130_055851_experiments.up,
    down: migration_20261130_055851_experiments.down,
    name: '20261130_055851_experiments'
  },
];
