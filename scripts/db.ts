// `npm run db:migrate` / `npm run db:seed`: apply migrations or seed data on the database
// that `npm start` would use (see scripts/lib/cli-database.ts).
import './lib/keep-alive';
import { databaseForCommand } from './lib/cli-database';
import { step } from './lib/log';
import { everyMigrationRecorded } from './lib/migrations-status';
import { runScript } from './lib/processes';

const command = process.argv[2];
const task = command === 'migrate' ? 'scripts/tasks/migrate.ts' : command === 'seed' ? 'scripts/tasks/seed.ts' : null;
if (!task) {
  console.error('Usage: node scripts/db.ts migrate|seed');
  process.exit(2);
}
const database = await databaseForCommand();
let exitCode = 0;
try {
  if (command === 'migrate' && (await everyMigrationRecorded(database.url)))
    step('migrations: all recorded, none to apply');
  else await runScript(task);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
