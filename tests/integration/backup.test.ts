// `npm run db:backup` and `npm run db:restore` on the run's real database: a backup of the
// seeded (and by now well-used) database restored into a new empty database gives the same rows
// in every table of every schema and the same files, byte for byte.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { extract } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestSchema, type Manifest } from '../../scripts/lib/backup/manifest';
import { sql } from '../support/db';

const run = promisify(execFile);
const sourceUrl = process.env.DATABASE_URL!;
const work = mkdtempSync(path.join(tmpdir(), 'xteam-backup-test-'));
const targetName = `xteam_restore_${randomBytes(4).toString('hex')}`;
const targetUrl = (() => {
  const url = new URL(sourceUrl);
  url.pathname = `/${targetName}`;
  return url.toString();
})();
const restoredMedia = path.join(work, 'media');
const restoredStorage = path.join(work, 'storage');

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(sourceUrl);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function backupCommand(args: string[], env: Record<string, string>) {
  return run(process.execPath, ['--conditions=production', 'scripts/run.mjs', 'backup', ...args], {
    env: { ...process.env, ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const list = (dir: string, prefix = ''): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? list(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );

let archive: string;
let manifest: Manifest;

beforeAll(async () => {
  await admin((client) => client.query(`CREATE DATABASE "${targetName}"`));
  const { stdout } = await backupCommand(['create', '--out', work], {});
  archive = /backup written: (\S+)/.exec(stdout)?.[1] ?? '';
  expect(archive).toMatch(/xteam-backup-\d{8}T\d{6}Z\.tar\.gz$/);
  const unpacked = path.join(work, 'unpacked');
  mkdirSync(unpacked);
  await extract({ file: archive, cwd: unpacked });
  manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(unpacked, 'manifest.json'), 'utf8')));
}, 120_000);

afterAll(async () => {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS "${targetName}" WITH (FORCE)`));
  rmSync(work, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('takes every schema, with the migrations and the files', () => {
    const schemas = new Set(manifest.tables.map((t) => t.schema));
    expect([...schemas].sort()).toEqual(['payload', 'pgboss', 'public']);
    const names = manifest.tables.map((t) => `${t.schema}.${t.name}`);
    for (const table of ['public.audits', 'public.leads', 'public.email_messages', 'payload.posts', 'pgboss.job'])
      expect(names).toContain(table);
    expect(manifest.migrations.prisma.length).toBeGreaterThan(0);
    expect(manifest.migrations.payload.length).toBeGreaterThan(0);
    expect(manifest.files.filter((f) => f.area === 'media').length).toBeGreaterThan(0);
  });

  it('counts what the source held when it was taken (content does not move during the run)', async () => {
    // Content tables (the server's job runner writes payload_jobs now and then).
    const content = ['posts', 'categories', 'media', 'case_studies', 'team_members'];
    for (const table of manifest.tables.filter((t) => t.schema === 'payload' && content.includes(t.name))) {
      const [row] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM payload."${table.name}"`);
      expect({ table: table.name, rows: row!.n }).toEqual({ table: table.name, rows: table.rows });
    }
  });

  it('refuses a database that is not empty', async () => {
    const refused = await backupCommand(['restore', archive, '--database-url', sourceUrl], {}).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toContain('not empty');
  });

  it('restores into an empty database: the same rows in every table and the same files', async () => {
    await backupCommand(['restore', archive, '--database-url', targetUrl], {
      MEDIA_DIR: restoredMedia,
      FILE_STORAGE_DIR: restoredStorage,
    });
    const target = new pg.Client({ connectionString: targetUrl });
    await target.connect();
    try {
      for (const table of manifest.tables) {
        const { rows } = await target.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "${table.schema}"."${table.name}"`,
        );
        expect({ table: `${table.schema}.${table.name}`, rows: rows[0]!.n }).toEqual({
          table: `${table.schema}.${table.name}`,
          rows: table.rows,
        });
      }
      // A sequence continues after the restored rows (the next post does not collide).
      const { rows } = await target.query<{ max: number | null; next: number }>(
        `SELECT (SELECT max(id) FROM payload.posts) AS max, nextval('payload.posts_id_seq')::int AS next`,
      );
      expect(rows[0]!.next).toBeGreaterThan(rows[0]!.max ?? 0);
    } finally {
      await target.end();
    }
    const sourceMedia = path.resolve(process.env.MEDIA_DIR!);
    expect(list(restoredMedia).sort()).toEqual(
      list(sourceMedia)
        .filter((f) => !f.endsWith('.partial'))
        .sort(),
    );
    for (const file of list(restoredMedia)) {
      expect(sha256(path.join(restoredMedia, file))).toBe(sha256(path.join(sourceMedia, file)));
    }
    for (const report of manifest.files.filter((f) => f.area === 'storage')) {
      expect(sha256(path.join(restoredStorage, report.path))).toBe(report.sha256);
    }
  }, 240_000);
});
