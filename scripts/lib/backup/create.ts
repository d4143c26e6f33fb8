// Writes one archive with every table of the app's schemas (CSV through COPY, read in a single
// repeatable-read snapshot so the tables agree with each other), the sequences, the migrations
// they were written under, and the files the data refers to.
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { create as createTar } from 'tar';
import type { FileStorage } from '../../../src/server/storage/types';
import { copyOutSql, countRows, listSequences, listTables } from './catalog';
import { collectFiles } from './files';
import { MANIFEST_FILE, type Manifest } from './manifest';
import { recordedMigrations } from './migrations';

export interface BackupOptions {
  databaseUrl: string;
  storage: FileStorage;
  mediaDir: string;
  /** Folder the archive is written to. */
  outDir: string;
  now?: Date;
}

export const archiveName = (at: Date) =>
  `xteam-backup-${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}.tar.gz`;

export async function createBackup(options: BackupOptions): Promise<{ archive: string; manifest: Manifest }> {
  const now = options.now ?? new Date();
  const work = await mkdtemp(path.join(tmpdir(), 'xteam-backup-'));
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const server = (await client.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v;
    const migrations = await recordedMigrations(client);
    const tables: Manifest['tables'] = [];
    await mkdir(path.join(work, 'data'), { recursive: true });
    for (const table of await listTables(client)) {
      const file = `data/${table.schema}.${table.name}.csv`;
      await pipeline(client.query(copyTo(copyOutSql(table))), createWriteStream(path.join(work, file)));
      tables.push({ ...table, rows: await countRows(client, table), file });
    }
    const sequences = await listSequences(client);
    const files = await collectFiles(client, options.storage, options.mediaDir, work);
    await client.query('COMMIT');
    const manifest: Manifest = {
      format: 'xteam-backup',
      version: 1,
      createdAt: now.toISOString(),
      server,
      migrations,
      tables,
      sequences,
      files,
    };
    await writeFile(path.join(work, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    await mkdir(options.outDir, { recursive: true });
    const archive = path.join(options.outDir, archiveName(now));
    await createTar({ gzip: true, file: archive, cwd: work, portable: true }, [
      MANIFEST_FILE,
      'data',
      ...(files.length ? ['files'] : []),
    ]);
    return { archive, manifest };
  } finally {
    await client.end().catch(() => {});
    await rm(work, { recursive: true, force: true });
  }
}
