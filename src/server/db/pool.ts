// A small raw pg pool for libraries that want one (rate limiting), beside Prisma's.
import 'server-only';
import type pg from 'pg';
import { env } from '@/env';
import { GuardedPool } from './guarded-pg';

const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };
export const pool =
  globalForPool.pgPool ??
  new GuardedPool({ connectionString: env.DATABASE_URL, max: 3, application_name: 'xteam-rate-limits' });
globalForPool.pgPool = pool;
