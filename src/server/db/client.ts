// The one Prisma client of the app, over the pg driver adapter (no engine binary).
import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { env } from '@/env';
import { PrismaClient } from './generated/client';

function createClient() {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 }),
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
