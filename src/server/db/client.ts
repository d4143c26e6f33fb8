// The one Prisma client of the app, over the pg driver adapter (no engine binary).
import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { env } from '@/env';
import { logger } from '@/server/logging/logger';
import { PrismaClient } from './generated/client';

function createClient() {
  // A restarting PostgreSQL ends pooled connections: pg reports it as an `error` event, which
  // must be heard (an unheard one ends the process). The pool replaces the connection on the
  // next query; queries meanwhile fail and are answered 503 (server/errors.ts).
  const onLost = (err: Error) => logger.warn({ err }, 'database connection lost (Prisma pool)');
  return new PrismaClient({
    adapter: new PrismaPg(
      { connectionString: env.DATABASE_URL, max: 10 },
      { onPoolError: onLost, onConnectionError: onLost },
    ),
    log: env.NODE_ENV === 'development' ? ['warn', 'error'] : ['error'],
    // Under a burst on two cores a transaction may wait a moment for a pooled connection.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
}

// One client per process, also across Next's dev hot reloads.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
export const db = globalForPrisma.prisma ?? createClient();
globalForPrisma.prisma = db;

export type Db = typeof db;
