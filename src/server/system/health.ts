// Liveness of the app's dependencies for /api/health and the status page: the database, the
// CMS and the background jobs (queue depth, oldest waiting job, last finished job, workers).
import 'server-only';
import { db } from '@/server/db/client';
import { getCms } from '@/server/cms/payload';
import { env } from '@/env';
import { logger } from '@/server/logging/logger';
import { jobStats, judgeJobs, type JobStats, type JobsVerdict } from '@/server/jobs/stats';

export type ComponentStatus = { status: 'up' | 'down'; latencyMs: number };

export type JobsStatus = ComponentStatus & {
  /** ok, or why background work is not moving: stalled | no-worker (starting: not yet). */
  verdict: JobsVerdict | 'unknown';
  waiting: number | null;
  oldestWaitingSeconds: number | null;
  lastCompletedAt: string | null;
  workers: number | null;
};

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  version: string;
  uptimeSeconds: number;
  timestamp: string;
  checks: { database: ComponentStatus; cms: ComponentStatus; jobs: JobsStatus };
}

const CHECK_TIMEOUT_MS = 3000;

export async function timed(name: string, check: () => Promise<unknown>): Promise<ComponentStatus> {
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

export async function checkJobs(): Promise<JobsStatus> {
  let stats: JobStats | null = null;
  const timing = await timed('jobs', async () => {
    stats = await jobStats(db, env.WORKER_HEARTBEAT_SECONDS);
  });
  const found = stats as JobStats | null;
  if (!found) {
    return {
      ...timing,
      verdict: 'unknown',
      waiting: null,
      oldestWaitingSeconds: null,
      lastCompletedAt: null,
      workers: null,
    };
  }
  const verdict = judgeJobs(found, env.JOBS_STALLED_AFTER_SECONDS, process.uptime());
  if (verdict === 'stalled' || verdict === 'no-worker')
    logger.warn({ ...found, verdict }, 'background jobs are not moving');
  return {
    status: verdict === 'stalled' || verdict === 'no-worker' ? 'down' : 'up',
    latencyMs: timing.latencyMs,
    verdict,
    waiting: found.waiting,
    oldestWaitingSeconds: found.oldestWaitingSeconds,
    lastCompletedAt: found.lastCompletedAt?.toISOString() ?? null,
    workers: found.workers,
  };
}

export async function checkHealth(): Promise<HealthReport> {
  const [database, cms, jobs] = await Promise.all([
    timed('database', () => db.$queryRaw`SELECT 1`),
    timed('cms', async () => (await getCms()).count({ collection: 'users', overrideAccess: true })),
    checkJobs(),
  ]);
  // The site cannot serve audits without its database, nor send reports and emails when its
  // background jobs stopped moving; without the CMS it still can.
  const status =
    database.status === 'down' || jobs.status === 'down' ? 'down' : cms.status === 'down' ? 'degraded' : 'ok';
  return {
    status,
    version: env.APP_VERSION,
    uptimeSeconds: Math.round(process.uptime()),
    timestamp: new Date().toISOString(),
    checks: { database, cms, jobs },
  };
}
