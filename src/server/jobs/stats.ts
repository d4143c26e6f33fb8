// The state of the background work, for /api/health and the admin overview: how many jobs
// wait, how long the oldest has waited, when a job last finished, and which workers are alive.
import 'server-only';
import type { Db } from '@/server/db/client';
import { BOSS_SCHEMA, QUEUES } from './queues';

export interface JobStats {
  /** Jobs ready to run or waiting for their retry (reports and emails). */
  waiting: number;
  /** Seconds the longest-waiting runnable job has waited (0 when none). */
  oldestWaitingSeconds: number;
  lastCompletedAt: Date | null;
  /** Workers whose heartbeat is fresh (within three intervals). */
  workers: number;
  /** Whether any worker ever announced itself (a crashed one leaves a stale row). */
  workersKnown: boolean;
}

/** The queues visitors wait on; the sweeper's own minute-by-minute jobs would hide a stall. */
const WATCHED = [QUEUES.renderReport, QUEUES.deliverEmail];

export async function jobStats(db: Db, heartbeatSeconds: number): Promise<JobStats> {
  const [queue] = await db.$queryRawUnsafe<
    Array<{ waiting: number; oldest: number | null; last_completed: Date | null }>
  >(
    `SELECT count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS waiting,
            extract(epoch FROM now() - min(start_after) FILTER (WHERE state IN ('created', 'retry') AND start_after <= now()))::float8 AS oldest,
            max(completed_on) FILTER (WHERE state = 'completed') AS last_completed
       FROM ${BOSS_SCHEMA}.job WHERE name = ANY($1::text[])`,
    WATCHED,
  );
  const fresh = new Date(Date.now() - 3 * heartbeatSeconds * 1000);
  const [workers, known] = await Promise.all([
    db.workerHeartbeat.count({ where: { beatAt: { gte: fresh } } }),
    db.workerHeartbeat.count(),
  ]);
  return {
    waiting: queue?.waiting ?? 0,
    oldestWaitingSeconds: Math.max(0, Math.round(queue?.oldest ?? 0)),
    lastCompletedAt: queue?.last_completed ?? null,
    workers,
    workersKnown: known > 0,
  };
}

export type JobsVerdict = 'ok' | 'stalled' | 'no-worker' | 'starting';

/**
 * Jobs have stopped moving when one has waited past the limit and none finished within it, or
 * when no worker beats. Right after start-up (no worker ever seen, the server up for under a
 * minute) the workers are still starting.
 */
export function judgeJobs(stats: JobStats, stalledAfterSeconds: number, uptimeSeconds: number): JobsVerdict {
  if (stats.workers === 0) return stats.workersKnown || uptimeSeconds >= 60 ? 'no-worker' : 'starting';
  const finishedRecently =
    stats.lastCompletedAt !== null && Date.now() - stats.lastCompletedAt.getTime() < stalledAfterSeconds * 1000;
  return stats.oldestWaitingSeconds > stalledAfterSeconds && !finishedRecently ? 'stalled' : 'ok';
}
