// The background worker's job handlers: render reports (one at a time, so a burst of audits
// cannot starve the machine) and deliver emails. Runs in its own process (scripts/worker.ts),
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
import { QUEUES, type DeliverEmailJob, type RenderReportJob, type RetentionJob } from './queues';

export interface WorkerDeps {
  db: Db;
  storage: FileStorage;
  transport: EmailTransport;
  from: string;
  log: Logger;
  /** Parallel email deliveries (network-bound); reports always render one at a time. */
  emailConcurrency?: number;
  /** Which queues to serve (default all). */
  queues?: Array<'reports' | 'emails' | 'retention'>;
  /** The retention periods (src/server/privacy/config.ts); without them no retention worker runs. */
  retention?: RetentionPolicy;
}

const POLL = { pollingIntervalSeconds: 0.5, batchSize: 1, includeMetadata: true } as const;

export async function startWorkers(boss: PgBoss, deps: WorkerDeps): Promise<void> {
  const queues = deps.queues ?? ['reports', 'emails', 'retention'];
  if (queues.includes('reports')) {
    await boss.work<RenderReportJob>(QUEUES.renderReport, POLL, async ([job]) => {
      if (!job) return;
      const log = deps.log.child({ job: job.id, auditId: job.data.auditId });
      const started = Date.now();
      try {
        const report = await generateReport(deps.db, deps.storage, job.data.auditId);
        if (!report) return log.warn('no completed audit to report on');
        log.info({ ms: Date.now() - started, pages: report.pageCount, bytes: report.byteSize }, 'report rendered');
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
  const retention = deps.retention;
  if (queues.includes('retention') && retention) {
    await boss.work<RetentionJob>(QUEUES.retention, POLL, async ([job]) => {
      if (!job) return;
      await runRetention(deps.db, deps.storage, retention, deps.log.child({ job: job.id }));
    });
  }
}
