// `npm run db:migrate` / `npm run db:seed`: apply migrations or seed data on the database
// that `npm start` would use (see scripts/lib/cli-database.ts).
//   npm run db:migrate -- --force     run the migration tools even when every migration is recorded
import { databaseForCommand } from './lib/cli-database';
import { step } from './lib/log';
import { everyMigrationRecorded, withLauncherClient } from './lib/migrations-status';
import { runScript } from './lib/processes';

const command = process.argv[2];
const task = command === 'migrate' ? 'tasks/migrate' : command === 'seed' ? 'tasks/seed' : null;
if (!task) {
  console.error('Usage: node scripts/db.ts migrate|seed');
  process.exit(2);
}
const database = await databaseForCommand();
let exitCode = 0;
try {
  const force = process.argv.includes('--force');
  if (command === 'migrate' && !force && (await withLauncherClient(database.url, everyMigrationRecorded)))
    step('migrations: all recorded, none to apply');
  else await runScript(task);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
