// The database for one-off commands (staff, db:*): DATABASE_URL, else the one a running
// `npm start` / `npm run dev` provided, else the embedded server started just for the command.
import { provideDatabase } from './database';
import { readRuntime } from './runtime-file';
import { ensureLocalSecrets } from './secrets';

export async function databaseForCommand(): Promise<{ url: string; stop: () => Promise<void> }> {
  ensureLocalSecrets();
  const running = process.env.DATABASE_URL ? null : readRuntime();
  const database = running ? { url: running.databaseUrl, stop: async () => {} } : await provideDatabase('persistent');
  process.env.DATABASE_URL = database.url;
  return database;
}
