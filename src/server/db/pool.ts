// A small raw pg pool for libraries that want one (rate limiting), beside Prisma's.
import 'server-only';
import pg from 'pg';
import { env } from '@/env';
import { logger } from '@/server/logging/logger';

function createPool() {
  // A plain pg.Pool: rate-limiter-flexible recognises its store by the constructor's name.
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 3, application_name: 'xteam-rate-limits' });
  // An idle connection ended by a database restart is an `error` event: unheard, it would
  // end the process. The pool opens a new connection on the next query.
  pool.on('error', (err) => logger.warn({ err, pool: 'rate limits' }, 'database connection lost'));
  return pool;
}

const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };
export const pool = globalForPool.pgPool ?? createPool();
globalForPool.pgPool = pool;
