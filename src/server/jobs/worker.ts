// The background worker's job handlers: render reports (one at a time per process, so a burst
// of audits cannot starve the machine; WORKER_CONCURRENCY processes share the queue), deliver
// emails and sweep half-done audits. Runs in its own process (scripts/worker.ts),
// so PDF rendering never blocks the web server's event loop.
import 'server-only';
import type PgBoss from 'pg-boss';
import type { Db } from '@/server/db/client';
import { deliverEmail } from '@/server/email/deliver';
import type { EmailTransport } from '@/server/email/transport';
import type { Logger } from '@/server/logging/logger';
import { queueReportEmail } from '@/server/reports/emails';
import { ReportNotReadyError } from '@/server/reports/model';
import { generateReport } from '@/server/reports/generate';
import { runRetention } from '@/server/privacy/retention';
import type { RetentionPolicy } from '@/server/privacy/config';
import type { FileStorage } from '@/server/storage';
import { sweepAudits } from '@/server/audit/sweep';
import { followUpAudit } from '@/server/audit/after-recommendations';
import { reportStorageKey } from '@/server/reports/service';
import { announceReportReady } from '@/server/webhooks/announce';
import { deliverWebhook } from '@/server/webhooks/deliver';
import {
  QUEUES,
  SWEEP_CRON,
  type DeliverEmailJob,
  type DeliverWebhookJob,
  type FollowUpAuditJob,
  type RenderReportJob,
  type RetentionJob,
  type SubmitDeferredJob,
  type SweepAuditsJob,
} from './queues';

/** Whether the stored PDF exists and shows the audit's current recommendations (nothing to redo). */
async function reportIsCurrent(db: Db, storage: FileStorage, auditId: string): Promise<boolean> {
  const result = await db.auditResult.findUnique({
    where: { auditId },
    select: { recommendationsAt: true, pdfReport: { select: { renderedAt: true, filePath: true } } },
  });
  const report = result?.pdfReport;
  if (!report || (result.recommendationsAt && report.renderedAt < result.recommendationsAt)) return false;
  // A lost file (a new disk) is rendered again: that is what the urgent download request asks.
  return (await storage.get(report.filePath)) !== null;
}

export interface WorkerDeps {
  db: Db;
  storage: FileStorage;
  transport: EmailTransport;
  from: string;
  log: Logger;
  /** Parallel email deliveries (network-bound); reports always render one at a time. */
  emailConcurrency?: number;
  /** Which queues to serve (default all). */
  queues?: Array<'follow-ups' | 'reports' | 'emails' | 'sweeper' | 'retention' | 'webhooks'>;
  /** The sweeper's limit (AUDIT_SWEEP_AFTER_SECONDS). */
  sweepAfterSeconds?: number;
  /** The retention periods (src/server/privacy/config.ts); without them no retention worker runs. */
  retention?: RetentionPolicy;
}

const POLL = { pollingIntervalSeconds: 0.5, batchSize: 1, includeMetadata: true } as const;

export async function startWorkers(boss: PgBoss, deps: WorkerDeps): Promise<void> {
  const queues = deps.queues ?? ['follow-ups', 'reports', 'emails', 'sweeper', 'retention', 'webhooks'];
  if (queues.includes('follow-ups')) {
    // Cheap (an email rendered, two jobs queued): two at a time keep up with a burst of audits.
    for (let i = 0; i < 2; i++) {
      await boss.work<FollowUpAuditJob>(QUEUES.followUpAudit, POLL, async ([job]) => {
        if (job) await followUpAudit(deps.db, job.data.auditId, { announce: job.data.announce });
      });
    }
  }
  if (queues.includes('sweeper')) {
    await boss.work<SweepAuditsJob>(QUEUES.sweepAudits, POLL, async ([job]) => {
      // Never below 5 s: a younger audit may still be in its request.
      const limit = Math.max(5, job?.data?.olderThanSeconds ?? deps.sweepAfterSeconds ?? 600);
      const outcome = await sweepAudits(deps.db, { olderThanSeconds: limit, log: deps.log });
      if (Object.values(outcome).some((n) => n > 0)) deps.log.warn(outcome, 'sweeper finished half-done audits');
    });
    // An upsert: every worker declares the same schedule; pg-boss sends one job per minute.
    await boss.schedule(QUEUES.sweepAudits, SWEEP_CRON);
    // Audits left for later after a refused submit: the same finishing work as the sweeper's.
    await boss.work<SubmitDeferredJob>(QUEUES.submitDeferred, POLL, async ([job]) => {
      if (!job) return;
      // Rare (a refused submit left for later): its code (the matcher, the CMS) loads when needed.
      const { processDeferredSubmission } = await import('@/server/audit/deferred');
      await processDeferredSubmission(deps.db, job.data.auditId, deps.log.child({ job: job.id }));
    });
  }
  if (queues.includes('reports')) {
    await boss.work<RenderReportJob>(QUEUES.renderReport, POLL, async ([job]) => {
      if (!job) return;
      const log = deps.log.child({ job: job.id, auditId: job.data.auditId });
      const started = Date.now();
      try {
        // A retry after a lost completion (the database restarted just after the render), or a
        // second request for the same version: the stored PDF stands, only its email may be missing.
        if (await reportIsCurrent(deps.db, deps.storage, job.data.auditId)) {
          log.info('report already rendered; not rendering it again');
          await queueReportEmail(deps.db, job.data.auditId, reportStorageKey(job.data.auditId), boss);
          return;
        }
        const report = await generateReport(deps.db, deps.storage, job.data.auditId);
        if (!report) return log.warn('no completed audit to report on');
        log.info({ ms: Date.now() - started, pages: report.pageCount, bytes: report.byteSize }, 'report rendered');
        await announceReportReady(deps.db, job.data.auditId);
        await queueReportEmail(deps.db, job.data.auditId, report.storageKey, boss);
      } catch (error) {
        if (error instanceof ReportNotReadyError) log.info('recommendations still being written; retrying later');
        else log.error({ err: error, retry: job.retryCount }, 'report rendering failed');
        throw error;
      }
    });
  }
  if (queues.includes('emails')) {
    for (let i = 0; i < (deps.emailConcurrency ?? 2); i++) {
      await boss.work<DeliverEmailJob>(QUEUES.deliverEmail, POLL, async ([job]) => {
        if (!job) return;
        const outcome = await deliverEmail(
          job.data.messageId,
          { retriesLeft: job.retryLimit - job.retryCount },
          deps,
        ).catch((error: unknown) => {
          deps.log.warn(
            { err: error, messageId: job.data.messageId, retry: job.retryCount },
            'email delivery failed; will retry',
          );
          throw error;
        });
        if (outcome === 'kept') {
          deps.log.info({ messageId: job.data.messageId }, 'email kept in the outbox (no RESEND_API_KEY): not sent');
        } else if (outcome === 'failed') {
          deps.log.error({ messageId: job.data.messageId }, 'email delivery failed permanently');
        }
      });
    }
  }
  if (queues.includes('webhooks')) {
    // Network-bound like emails: a slow receiver must not hold up the others.
    for (let i = 0; i < (deps.emailConcurrency ?? 2); i++) {
      await boss.work<DeliverWebhookJob>(QUEUES.deliverWebhook, POLL, async ([job]) => {
        if (job) await deliverWebhook(deps.db, job.data.deliveryId, deps.log.child({ job: job.id }), boss);
      });
    }
  }
  const retention = deps.retention;
  if (queues.includes('retention') && retention) {
    await boss.work<RetentionJob>(QUEUES.retention, POLL, async ([job]) => {
      if (!job) return;
      await runRetention(deps.db, deps.storage, retention, deps.log.child({ job: job.id }));
    });
  }
}
