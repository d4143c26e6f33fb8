// A recommendation run's state in audit_results, the one truth every instance reads: who owns
// the run (a lease the owner renews), its progress, and a stop request. Every owner write is
// conditional on still owning the run, so an owner that lost its lease cannot overwrite the
// one that took over; every write bumps run_version and is announced (in the same statement,
// so the NOTIFY is delivered after the commit) for watchers on any instance to re-read.
import 'server-only';
import type { PartialRecommendation } from './generate';
import { RUN_CHANNEL } from './run-event';
import type { Db } from '@/server/db/client';

export type RecommendationsStatus = 'pending' | 'streaming' | 'complete' | 'stopped' | 'failed';
export interface RecommendationsSnapshot {
  status: RecommendationsStatus;
  recommendations: PartialRecommendation[];
  modelUsed: string | null;
}

export interface StoredRun extends RecommendationsSnapshot {
  version: number;
  /** No live owner: the next watcher may claim it. */
  claimable: boolean;
}

export interface Lease {
  version: number;
  stopRequested: boolean;
}

export async function readRun(db: Db, auditId: string): Promise<StoredRun | null> {
  const rows = await db.$queryRaw<
    Array<{
      status: RecommendationsStatus;
      recommendations: unknown;
      modelUsed: string | null;
      version: number;
      claimable: boolean;
    }>
  >`
    select recommendations_status as status, recommendations, model_used as "modelUsed", run_version as version,
           (recommendations_status in ('pending', 'streaming')
             and (run_owner is null or run_lease_until < now())) as claimable
      from audit_results where audit_id = ${auditId}::uuid`;
  const row = rows[0];
  if (!row) return null;
  return { ...row, recommendations: row.recommendations as PartialRecommendation[] };
}

/**
 * Takes the run if nobody holds a live lease on it (a new run, or an owner that stopped
 * renewing). The claim itself is the single conditional UPDATE, so of two instances racing
 * for it exactly one wins.
 */
export async function claimRun(db: Db, auditId: string, owner: string, leaseMs: number): Promise<Lease | null> {
  const rows = await db.$queryRaw<Array<Lease>>`
    with claimed as (
      update audit_results
         set run_owner = ${owner}, run_lease_until = now() + make_interval(secs => ${leaseMs / 1000}),
             recommendations_status = 'streaming', run_version = run_version + 1
       where audit_id = ${auditId}::uuid and recommendations_status in ('pending', 'streaming')
         and (run_owner is null or run_lease_until < now())
      returning run_version, run_stop_requested)
    select run_version as version, run_stop_requested as "stopRequested",
           pg_notify(${RUN_CHANNEL}, ${auditId} || ':' || run_version || ':progress')::text as sent
      from claimed`;
  const row = rows[0];
  return row ? { version: row.version, stopRequested: row.stopRequested } : null;
}

/** Renews the lease; null when another owner took the run over. */
export async function renewLease(db: Db, auditId: string, owner: string, leaseMs: number): Promise<Lease | null> {
  const rows = await db.$queryRaw<Array<Lease>>`
    update audit_results set run_lease_until = now() + make_interval(secs => ${leaseMs / 1000})
     where audit_id = ${auditId}::uuid and run_owner = ${owner}
    returning run_version as version, run_stop_requested as "stopRequested"`;
  return rows[0] ?? null;
}

/** Saves the recommendations written so far (and renews the lease); null when no longer the owner. */
export async function saveProgress(
  db: Db,
  auditId: string,
  owner: string,
  leaseMs: number,
  recommendations: PartialRecommendation[],
): Promise<Lease | null> {
  const rows = await db.$queryRaw<Array<Lease>>`
    with saved as (
      update audit_results
         set recommendations = ${JSON.stringify(recommendations)}::jsonb, run_version = run_version + 1,
             run_lease_until = now() + make_interval(secs => ${leaseMs / 1000})
       where audit_id = ${auditId}::uuid and run_owner = ${owner}
      returning run_version, run_stop_requested)
    select run_version as version, run_stop_requested as "stopRequested",
           pg_notify(${RUN_CHANNEL}, ${auditId} || ':' || run_version || ':progress')::text as sent
      from saved`;
  const row = rows[0];
  return row ? { version: row.version, stopRequested: row.stopRequested } : null;
}

/**
 * Ends the run: complete (the only write of model_used) or stopped, and releases the lease.
 * False when another owner took the run over meanwhile (its result stands).
 */
export async function finishRun(
  db: Db,
  auditId: string,
  owner: string,
  result: RecommendationsSnapshot,
): Promise<boolean> {
  const recommendations = JSON.stringify(result.recommendations);
  const rows =
    result.status === 'complete'
      ? await db.$queryRaw<unknown[]>`
        with finished as (
          update audit_results
             set recommendations = ${recommendations}::jsonb, recommendations_status = 'complete',
                 model_used = ${result.modelUsed?.slice(0, 1000) ?? null}, recommendations_at = now(), run_version = run_version + 1,
                 run_owner = null, run_lease_until = null, run_stop_requested = false
           where audit_id = ${auditId}::uuid and run_owner = ${owner}
          returning run_version)
        select pg_notify(${RUN_CHANNEL}, ${auditId} || ':' || run_version || ':progress')::text as sent
          from finished`
      : await db.$queryRaw<unknown[]>`
        with finished as (
          update audit_results
             set recommendations = ${recommendations}::jsonb, recommendations_status = ${result.status},
                 recommendations_at = now(), run_version = run_version + 1,
                 run_owner = null, run_lease_until = null, run_stop_requested = false
           where audit_id = ${auditId}::uuid and run_owner = ${owner}
          returning run_version)
        select pg_notify(${RUN_CHANNEL}, ${auditId} || ':' || run_version || ':progress')::text as sent
          from finished`;
  return rows.length > 0;
}

/** Asks the run to stop, from any instance; false when nothing is being written. */
export async function requestStop(db: Db, auditId: string): Promise<boolean> {
  const rows = await db.$queryRaw<unknown[]>`
    with requested as (
      update audit_results set run_stop_requested = true, run_version = run_version + 1
       where audit_id = ${auditId}::uuid and recommendations_status in ('pending', 'streaming')
      returning run_version)
    select pg_notify(${RUN_CHANNEL}, ${auditId} || ':' || run_version || ':stop')::text as sent
      from requested`;
  return rows.length > 0;
}

/** Puts a stopped run back to pending (a visitor asked to write them again); false otherwise. */
export async function resetStoppedRun(db: Db, auditId: string): Promise<boolean> {
  const { count } = await db.auditResult.updateMany({
    where: { auditId, recommendationsStatus: 'stopped' },
    data: {
      recommendationsStatus: 'pending',
      recommendations: [],
      runOwner: null,
      runLeaseUntil: null,
      runStopRequested: false,
      runVersion: { increment: 1 },
    },
  });
  return count > 0;
}
