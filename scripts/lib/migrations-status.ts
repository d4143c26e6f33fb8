// Whether the database already records every migration this checkout has: Prisma's
// (_prisma_migrations), Payload's (payload.payload_migrations) and pg-boss's (its schema
// version and our queues with their policies). Then a (re)start skips the migration tools,
// which take seconds even with nothing to apply. Any doubt (a missing table, a query error)
// means "run them": they are idempotent and decide for themselves.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { QUEUE_POLICIES, BOSS_SCHEMA } from '../../src/server/jobs/queues';
import { ROOT } from './paths';

const require = createRequire(import.meta.url);

function prismaMigrations(): string[] {
  const dir = path.join(ROOT, 'prisma', 'migrations');
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, 'migration.sql')))
    .sort();
}

function payloadMigrations(): string[] {
  const dir = path.join(ROOT, 'cms', 'migrations');
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => file.slice(0, -3))
    .sort();
}

const COLUMNS = {
  policy: 'policy',
  retryLimit: 'retry_limit',
  retryDelay: 'retry_delay',
  retryBackoff: 'retry_backoff',
  expireInSeconds: 'expire_seconds',
} as const;

export async function everyMigrationRecorded(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'xteam-launcher' });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const prisma = await client.query<{ migration_name: string }>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const appliedPrisma = new Set(prisma.rows.map((row) => row.migration_name));
    if (!prismaMigrations().every((name) => appliedPrisma.has(name))) return false;

    const payload = await client.query<{ name: string }>('SELECT name FROM payload.payload_migrations');
    const appliedPayload = new Set(payload.rows.map((row) => row.name));
    if (!payloadMigrations().every((name) => appliedPayload.has(name))) return false;

    const wanted = (require('pg-boss/version.json') as { schema: number }).schema;
    const version = await client.query<{ version: number }>(`SELECT version FROM ${BOSS_SCHEMA}.version`);
    if (Number(version.rows[0]?.version) !== wanted) return false;
    const queues = await client.query<Record<string, unknown>>(`SELECT * FROM ${BOSS_SCHEMA}.queue`);
    return Object.entries(QUEUE_POLICIES).every(([name, policy]) => {
      const row = queues.rows.find((queue) => queue.name === name);
      if (!row) return false;
      return Object.entries(COLUMNS).every(([key, column]) => {
        const value = (policy as Record<string, unknown>)[key] ?? (key === 'policy' ? 'standard' : undefined);
        return value === undefined || row[column] === value;
      });
    });
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
