// The raw pg pool beside Prisma's: for libraries that want one (rate limiting, the CSV export)
// and for the audit submit's single statement (no ORM work on the hot path).
import 'server-only';
import pg from 'pg';
import { env } from '@/env';
import { logger } from '@/server/logging/logger';

function createPool() {
  // A plain pg.Pool: rate-limiter-flexible recognises its store by the constructor's name.
  // Every use holds a connection for a millisecond or two: a few serve a burst of submits.
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 6, application_name: 'xteam-raw' });
  // An idle connection ended by a database restart is an `error` event: unheard, it would
  // end the process. The pool opens a new connection on the next query.
  pool.on('error', (err) => logger.warn({ err, pool: 'raw' }, 'database connection lost'));
  return pool;
}

const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };
export const pool = globalForPool.pgPool ?? createPool();
globalForPool.pgPool = pool;
