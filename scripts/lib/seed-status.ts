// Whether the database already holds this checkout's seed: the seed task records a version (a
// hash of the seed's sources) when it finishes, so a (re)start skips it with one query. A
// missing record, an older version, no admin account or any doubt means "seed": it is
// idempotent (it never overwrites an editor's work). `npm run db:seed` always seeds.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { ROOT } from './paths';

/** Kept apart from the app's schemas: Prisma, Payload and backups never see it. */
const TABLE = 'xteam_launcher.seed_state';

/** What the seed writes; a change to any of them is a new seed version. */
const SOURCES = [
  'scripts/tasks/seed.ts',
  'cms/seed',
  'src/domain/audit/default-config.ts',
  'src/domain/booking/availability.ts',
  'src/server/auth/staff-users.ts',
  'src/server/leads/backfill.ts',
];

function* files(entry: string): Generator<string> {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return;
  if (!fs.statSync(full).isDirectory()) {
    yield entry;
    return;
  }
  for (const child of fs.readdirSync(full).sort()) yield* files(path.join(entry, child));
}

/** The seed's version: its sources and the first admin it is asked to ensure. */
export function seedVersion(adminEmail = process.env.ADMIN_EMAIL ?? ''): string {
  const hash = createHash('sha256').update(adminEmail.toLowerCase());
  for (const source of SOURCES) {
    for (const file of files(source)) hash.update(file).update(fs.readFileSync(path.join(ROOT, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** True when this version is recorded and an admin exists. One query; false on any error. */
export async function seedRecorded(client: pg.Client, version = seedVersion()): Promise<boolean> {
  try {
    const { rows } = await client.query<{ recorded: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${TABLE} WHERE version = $1)
          AND EXISTS (SELECT 1 FROM admin_users WHERE role = 'admin' AND is_active) AS recorded`,
      [version],
    );
    return rows[0]?.recorded === true;
  } catch {
    return false;
  }
}

/** Called by the seed task once everything is in place. */
export async function recordSeed(client: pg.Client, version = seedVersion()): Promise<void> {
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${TABLE.split('.')[0]}`);
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${TABLE} (id int PRIMARY KEY, version text NOT NULL, seeded_at timestamptz NOT NULL)`,
  );
  await client.query(
    `INSERT INTO ${TABLE} VALUES (1, $1, now()) ON CONFLICT (id) DO UPDATE SET version = $1, seeded_at = now()`,
    [version],
  );
}

/** A restore replaces the content the seed checked: the next start seeds again. */
export async function forgetSeed(client: pg.Client): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS ${TABLE.split('.')[0]} CASCADE`);
}
