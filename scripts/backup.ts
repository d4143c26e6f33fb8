// `npm run db:backup [-- --out <folder>] [--upload]`: one archive of every schema and the files.
// `npm run db:restore -- <archive> [--database-url <url>]`: rebuild an EMPTY database from it.
// The database is DATABASE_URL, else the one a running `npm start` uses, else the embedded one.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup } from './lib/backup/create';
import { restoreBackup, RestoreRefused } from './lib/backup/restore';
import { databaseForCommand } from './lib/cli-database';
import { step } from './lib/log';
import { DATA_DIR } from './lib/paths';
import { runScript } from './lib/processes';
import { ensureLocalSecrets } from './lib/secrets';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    upload: { type: 'boolean', default: false },
    'database-url': { type: 'string' },
  },
});
const [command, archiveArgument] = positionals;
if (command !== 'create' && !(command === 'restore' && archiveArgument)) {
  console.error(
    'Usage: npm run db:backup [-- --out <folder>] [--upload]\n       npm run db:restore -- <archive> [--database-url <url>]',
  );
  process.exit(2);
}

const explicitUrl = values['database-url'];
if (explicitUrl) {
  // The environment module validates these on import; the command itself needs neither secret.
  ensureLocalSecrets();
  process.env.DATABASE_URL ??= explicitUrl;
}
const database = explicitUrl ? { url: explicitUrl, stop: async () => {} } : await databaseForCommand();
// The storage module validates the environment on import: load it once the database is known.
const { env } = await import('../src/env');
const { fileStorage } = await import('../src/server/storage');
const mediaDir = path.resolve(env.MEDIA_DIR);
let exitCode = 0;
try {
  if (command === 'create') {
    const started = Date.now();
    const { archive, manifest } = await createBackup({
      databaseUrl: database.url,
      storage: fileStorage(),
      mediaDir,
      outDir: path.resolve(values.out ?? path.join(DATA_DIR, 'backups')),
    });
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    step(`backup written: ${archive}`);
    console.log(
      `  ${manifest.tables.length} tables, ${rows} rows, ${manifest.files.length} files, ${Date.now() - started} ms`,
    );
    if (values.upload) {
      if (!env.S3_BUCKET) throw new Error('--upload needs the S3 store (set S3_BUCKET)');
      const key = `backups/${path.basename(archive)}`;
      await fileStorage().put(key, await readFile(archive), 'application/gzip');
      step(`uploaded to s3://${env.S3_BUCKET}/${key}`);
    }
  } else {
    const started = Date.now();
    const { manifest, counts } = await restoreBackup({
      archive: path.resolve(archiveArgument!),
      databaseUrl: database.url,
      storage: fileStorage(),
      mediaDir,
      migrate: (url) => runScript('tasks/migrate', [], { ...process.env, DATABASE_URL: url }),
    });
    const rows = [...counts.values()].reduce((sum, n) => sum + n, 0);
    step(
      `restored ${manifest.createdAt} backup: ${counts.size} tables, ${rows} rows (every count checked), ${manifest.files.length} files, ${Date.now() - started} ms`,
    );
  }
} catch (error) {
  console.error(error instanceof RestoreRefused ? error.message : error);
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
