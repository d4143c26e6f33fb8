// The shared start-up sequence of `npm start`, `npm run dev` and `npm test`: secrets, a
// database, migrations and seed data, each in a child process that exits when done.
import { provideDatabase, type ProvidedDatabase } from './database';
import { step } from './log';
import { everyMigrationRecorded } from './migrations-status';
import { runIdempotentScript } from './processes';
import { ensureLocalSecrets } from './secrets';

export async function prepareEnvironment(kind: 'persistent' | 'ephemeral'): Promise<ProvidedDatabase> {
  ensureLocalSecrets();
  const database = await provideDatabase(kind);
  process.env.DATABASE_URL = database.url;
  return database;
}

export async function migrateAndSeed(): Promise<void> {
  // Both are idempotent, so a stuck run is safely repeated (each normally takes 5-15 s).
  if (await everyMigrationRecorded(process.env.DATABASE_URL ?? '')) step('migrations: all recorded, none to apply');
  else await runIdempotentScript('scripts/tasks/migrate.ts', 90_000, 3);
  await runIdempotentScript('scripts/tasks/seed.ts', 90_000, 3);
  step('database ready');
}
