// The shared start-up sequence of `npm start`, `npm run dev` and `npm test`: secrets, a
// database, migrations and seed data. A warm start checks with one query each that the
// database records every migration and this seed version, and then runs neither task;
// otherwise each runs as a child process (bundled ahead, scripts/run.mjs) that exits when done.
import { provideDatabase, type ProvidedDatabase } from './database';
import { step } from './log';
import { everyMigrationRecorded, withLauncherClient } from './migrations-status';
import { runScript } from './processes';
import { ensureLocalSecrets } from './secrets';
import { seedRecorded } from './seed-status';

export async function prepareEnvironment(kind: 'persistent' | 'ephemeral'): Promise<ProvidedDatabase> {
  ensureLocalSecrets();
  const database = await provideDatabase(kind);
  process.env.DATABASE_URL = database.url;
  return database;
}

export async function migrateAndSeed(): Promise<void> {
  const url = process.env.DATABASE_URL ?? '';
  const migrated = await withLauncherClient(url, everyMigrationRecorded);
  if (migrated) step('migrations: all recorded, none to apply');
  else await runScript('tasks/migrate');
  // Right after migrations ran, the seed has never seen this schema: no need to ask.
  if (migrated && (await withLauncherClient(url, (client) => seedRecorded(client))))
    step('seed: this version recorded, skipped');
  else await runScript('tasks/seed');
  step('database ready');
}
