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

interface RecordedState {
  prisma: string[] | null;
  payload: string[] | null;
  boss_version: number | null;
  queues: Array<Record<string, unknown>> | null;
}

/** One query: a missing schema or table fails it, which means "run the tools". */
const STATE_QUERY = `SELECT
  (SELECT array_agg(migration_name) FROM _prisma_migrations
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL) AS prisma,
  (SELECT array_agg(name) FROM payload.payload_migrations) AS payload,
  (SELECT version FROM ${BOSS_SCHEMA}.version) AS boss_version,
  (SELECT json_agg(q) FROM ${BOSS_SCHEMA}.queue q) AS queues`;

export async function everyMigrationRecorded(client: pg.Client): Promise<boolean> {
  let state: RecordedState | undefined;
  try {
    state = (await client.query<RecordedState>(STATE_QUERY)).rows[0];
  } catch {
    return false;
  }
  if (!state) return false;
  const appliedPrisma = new Set(state.prisma ?? []);
  if (!prismaMigrations().every((name) => appliedPrisma.has(name))) return false;
  const appliedPayload = new Set(state.payload ?? []);
  if (!payloadMigrations().every((name) => appliedPayload.has(name))) return false;
  const wanted = (require('pg-boss/version.json') as { schema: number }).schema;
  if (Number(state.boss_version) !== wanted) return false;
  return Object.entries(QUEUE_POLICIES).every(([name, policy]) => {
    const row = state.queues?.find((queue) => queue.name === name);
    if (!row) return false;
    return Object.entries(COLUMNS).every(([key, column]) => {
      const value = (policy as Record<string, unknown>)[key] ?? (key === 'policy' ? 'standard' : undefined);
      return value === undefined || row[column] === value;
    });
  });
}

/** A short-lived connection of the launcher for such checks. */
export async function withLauncherClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'xteam-launcher' });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
