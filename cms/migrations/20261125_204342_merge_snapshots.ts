import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres';

// No schema change. The content (182638) and the service packages / availability (183020)
// migrations were generated on parallel branches, each from the schema before the other; this
// migration only carries the merged schema snapshot (its .json) so that the next
// `payload migrate:create` diffs against the real schema.
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
