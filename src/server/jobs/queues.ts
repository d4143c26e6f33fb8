// The background queues (pg-boss on the app's PostgreSQL, schema "pgboss") and their retry
// policies. Created by the migrate task, so the web and worker processes only check them.
import 'server-only';
import type PgBoss from 'pg-boss';

export const BOSS_SCHEMA = 'pgboss';

export const QUEUES = {
  /** Render and store an audit's PDF report, then email it to the audit taker. */
  renderReport: 'report.render',
  /** Hand one outbox message to the email transport. */
  deliverEmail: 'email.deliver',
  /** Every minute (a pg-boss schedule): finish audits a crash or a restart left half-written. */
  sweepAudits: 'audits.sweep',
  /** An audit the visitor left for later (its submit was rate-limited): score it, then email the results link. */
  submitDeferred: 'audit.submit-deferred',
  /** Delete or anonymise what is older than the retention periods (scheduled daily). */
  retention: 'privacy.retention',
  /** One attempt of one webhook delivery; its retries are scheduled by the handler (webhooks/deliver.ts). */
  deliverWebhook: 'webhook.deliver',
  /**
   * What follows a completed audit's recommendations, off the request path: sales hears of the
   * lead, the PDF report is requested (then emailed), and webhooks announce the audit.
   */
  followUpAudit: 'audit.follow-up',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface RenderReportJob {
  auditId: string;
}
export interface DeliverEmailJob {
  messageId: string;
}
export interface SweepAuditsJob {
  /** A one-off limit (an operator's or a test's sweep); the schedule uses AUDIT_SWEEP_AFTER_SECONDS. */
  olderThanSeconds?: number;
}
export interface SubmitDeferredJob {
  auditId: string;
}
export interface DeliverWebhookJob {
  deliveryId: string;
}
export interface FollowUpAuditJob {
  auditId: string;
  /** Also announce audit.completed and the lead to webhooks (a path that has not announced it yet). */
  announce?: boolean;
}
/** Nothing to pass: the periods come from configuration when the job runs. */
export type RetentionJob = Record<string, never>;

/** Retries back off exponentially from retryDelay (seconds): 5, 10, 20, 40 s... */
export const QUEUE_POLICIES: Record<QueueName, Omit<PgBoss.Queue, 'name'>> = {
  // stately: at most one waiting and one running render per audit (the singleton key).
  [QUEUES.renderReport]: { policy: 'stately', retryLimit: 4, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 },
  [QUEUES.deliverEmail]: { retryLimit: 6, retryDelay: 10, retryBackoff: true, expireInSeconds: 60 },
  // singleton: one sweep at a time across all workers; a missed minute is simply the next one.
  [QUEUES.sweepAudits]: { policy: 'singleton', retryLimit: 0, expireInSeconds: 300 },
  // One job per audit (singleton key); processing claims the audit, so a retry never scores it twice.
  [QUEUES.submitDeferred]: { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 },
  // stately: a run started by hand never overlaps the scheduled one.
  [QUEUES.retention]: { policy: 'stately', retryLimit: 3, retryDelay: 300, expireInSeconds: 30 * 60 },
  // The handler schedules the backoff itself (WEBHOOK_RETRY_BASE_SECONDS); pg-boss retries only a crashed attempt.
  [QUEUES.deliverWebhook]: { retryLimit: 2, retryDelay: 30, expireInSeconds: 120 },
  // short: one waiting follow-up per audit (the singleton key); each step is idempotent anyway.
  [QUEUES.followUpAudit]: { policy: 'short', retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 },
};

/** The sweeper's schedule (pg-boss cron, evaluated by the workers; minute granularity). */
export const SWEEP_CRON = '* * * * *';

export async function ensureQueues(
  boss: PgBoss,
  policies: Partial<Record<QueueName, Omit<PgBoss.Queue, 'name'>>> = QUEUE_POLICIES,
) {
  for (const [name, policy] of Object.entries(policies)) {
    if (!policy) continue;
    const existing = await boss.getQueue(name);
    if (existing) await boss.updateQueue(name, { name, ...policy });
    else await boss.createQueue(name, { name, ...policy });
  }
}
