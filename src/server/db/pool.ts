// A small raw pg pool for libraries that want one (rate limiting), beside Prisma's.
import 'server-only';
import pg from 'pg';
import { env } from '@/env';

const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };
export const pool = globalForPool.pgPool ?? new pg.Pool({ connectionString: env.DATABASE_URL, max: 3 });
globalForPool.pgPool = pool;
