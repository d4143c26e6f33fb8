// Rebuilds a database from an archive: into an EMPTY database only. The app's own migrations
// create the schemas (so the tables, types and indexes are this version's), then every table is
// emptied and loaded from the archive in one transaction, sequences are set, and the row count
// of every table is checked against the archive.
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { extract } from 'tar';
import type { FileStorage } from '../../../src/server/storage/types';
import { BACKUP_SCHEMAS, copyInSql, countRows, orderByForeignKeys, qualified } from './catalog';
import { restoreFiles } from './files';
import { MANIFEST_FILE, manifestSchema, type Manifest } from './manifest';
import { recordedMigrations } from './migrations';
import { forgetSeed } from '../seed-status';

export interface RestoreOptions {
  archive: string;
  databaseUrl: string;
  storage: FileStorage;
  mediaDir: string;
  /** Creates this version's schemas on the target (the launcher's migration task). */
  migrate: (databaseUrl: string) => Promise<void>;
}

export class RestoreRefused extends Error {}

async function tablesIn(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p')`,
    [BACKUP_SCHEMAS],
  );
  return rows[0]!.n;
}

/**
 * pg-boss keeps each queue's jobs in a partition it creates with the queue (its own queues, such
 * as the scheduler's, are created at run time). Every queue of the archive gets its partition
 * before the jobs are loaded, through pg-boss's own create_queue function.
 */
async function createJobQueuePartitions(client: pg.ClientBase, manifest: Manifest, work: string) {
  const queues = manifest.tables.find((t) => t.schema === 'pgboss' && t.name === 'queue');
  if (!queues) return;
  await client.query('CREATE TEMP TABLE restore_queue (LIKE pgboss.queue) ON COMMIT DROP');
  const columns = queues.columns.map((c) => `"${c.replace(/"/g, '""')}"`).join(', ');
  await pipeline(
    createReadStream(path.join(work, queues.file)),
    client.query(copyFrom(`COPY restore_queue (${columns}) FROM STDIN WITH (FORMAT csv)`)),
  );
  await client.query(
    `SELECT pgboss.create_queue(r.name, json_build_object(
        'policy', r.policy, 'retryLimit', r.retry_limit, 'retryDelay', r.retry_delay,
        'retryBackoff', r.retry_backoff, 'expireInSeconds', r.expire_seconds,
        'retentionMinutes', r.retention_minutes, 'deadLetter', r.dead_letter))
       FROM restore_queue r
      WHERE NOT EXISTS (SELECT 1 FROM pgboss.queue q WHERE q.name = r.name)`,
  );
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export async function restoreBackup(
  options: RestoreOptions,
): Promise<{ manifest: Manifest; counts: Map<string, number> }> {
  const work = await mkdtemp(path.join(tmpdir(), 'xteam-restore-'));
  const client = new pg.Client({ connectionString: options.databaseUrl });
  try {
    await extract({ file: options.archive, cwd: work });
    const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(work, MANIFEST_FILE), 'utf8')));
    await client.connect();
    if ((await tablesIn(client)) > 0) {
      throw new RestoreRefused(
        'The target database is not empty: restore only into a new, empty database (see docs/operations.md#backups).',
      );
    }
    await options.migrate(options.databaseUrl);
    const migrations = await recordedMigrations(client);
    if (
      !sameList(migrations.prisma, manifest.migrations.prisma) ||
      !sameList(migrations.payload, manifest.migrations.payload)
    ) {
      throw new RestoreRefused(
        'The archive was written by another version of the app (its migrations differ from this checkout): restore it with the version that wrote it, then upgrade.',
      );
    }
    await client.query('BEGIN');
    const superuser = (
      await client.query<{ s: boolean }>('SELECT rolsuper AS s FROM pg_roles WHERE rolname = current_user')
    ).rows[0]?.s;
    // A superuser loads with foreign-key triggers off (any order works); anyone else loads
    // parents before children.
    if (superuser) await client.query("SET LOCAL session_replication_role = 'replica'");
    const tables = superuser ? manifest.tables : await orderByForeignKeys(client, manifest.tables);
    const byKey = new Map(manifest.tables.map((t) => [`${t.schema}.${t.name}`, t]));
    await createJobQueuePartitions(client, manifest, work);
    await forgetSeed(client);
    await client.query(`TRUNCATE ${manifest.tables.map((t) => qualified(t.schema, t.name)).join(', ')} CASCADE`);
    for (const table of tables) {
      const entry = byKey.get(`${table.schema}.${table.name}`)!;
      await pipeline(createReadStream(path.join(work, entry.file)), client.query(copyFrom(copyInSql(entry))));
    }
    for (const sequence of manifest.sequences) {
      const name = qualified(sequence.schema, sequence.name);
      if (sequence.lastValue === null) await client.query(`ALTER SEQUENCE ${name} RESTART`);
      else await client.query('SELECT setval($1::regclass, $2::bigint, true)', [name, sequence.lastValue]);
    }
    const counts = new Map<string, number>();
    for (const table of manifest.tables) {
      const rows = await countRows(client, table);
      counts.set(`${table.schema}.${table.name}`, rows);
      if (rows !== table.rows)
        throw new Error(`${table.schema}.${table.name}: ${rows} rows restored, ${table.rows} in the archive`);
    }
    await client.query('COMMIT');
    await restoreFiles(manifest.files, work, options.storage, options.mediaDir);
    return { manifest, counts };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
    await rm(work, { recursive: true, force: true });
  }
}
