// Liveness of the app's dependencies for /api/health and the status page.
import 'server-only';
import { db } from '@/server/db/client';
import { getCms } from '@/server/cms/payload';
import { env } from '@/env';
import { logger } from '@/server/logging/logger';

export type ComponentStatus = { status: 'up' | 'down'; latencyMs: number };

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  version: string;
  uptimeSeconds: number;
  timestamp: string;
  checks: { database: ComponentStatus; cms: ComponentStatus };
}

const CHECK_TIMEOUT_MS = 3000;

async function timed(name: string, check: () => Promise<unknown>): Promise<ComponentStatus> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The reason goes to the log only: health is public and must not describe internals.
    logger.warn({ err: error, component: name }, 'health check failed');
    return { status: 'down', latencyMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(): Promise<HealthReport> {
  const [database, cms] = await Promise.all([
    timed('database', () => db.$queryRaw`SELECT 1`),
    timed('cms', async () => (await getCms()).count({ collection: 'users', overrideAccess: true })),
  ]);
  // The site cannot serve audits without its database; without the CMS it still can.
  const status = database.status === 'down' ? 'down' : cms.status === 'down' ? 'degraded' : 'ok';
  return {
    status,
    version: env.APP_VERSION,
    uptimeSeconds: Math.round(process.uptime()),
    timestamp: new Date().toISOString(),
    checks: { database, cms },
  };
}
