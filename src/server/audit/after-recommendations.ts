// What follows an audit's recommendations: sales hears about the lead, and the PDF report is
// rendered in the background (then emailed). The request or run that wrote them only queues a
// follow-up job (one insert); the worker does the rest, where an email's rendering costs no
// visitor any time. Failures here are logged, never shown to the visitor: the results page
// works without them and the report renders on demand.
import 'server-only';
import type { Db } from '@/server/db/client';
import { enqueue } from '@/server/jobs/enqueue';
import { QUEUES } from '@/server/jobs/queues';
import { logger } from '@/server/logging/logger';
import { queueLeadNotification } from '@/server/reports/emails';
import { requestReport } from '@/server/reports/service';
import { announceAuditCompleted } from '@/server/webhooks/announce';

/** Queues the follow-up of an audit whose recommendations are settled. */
export async function afterRecommendations(auditId: string): Promise<void> {
  await enqueue(QUEUES.followUpAudit, { auditId }, { singletonKey: auditId }).catch((error: unknown) =>
    // The sweeper queues the report and the lead email of an audit left without them.
    logger.error({ err: error, auditId }, 'audit follow-up not queued'),
  );
}

/** The follow-up itself (the worker's job): each step is idempotent, so a retry repeats none. */
export async function followUpAudit(db: Db, auditId: string, options: { announce?: boolean } = {}): Promise<void> {
  await queueLeadNotification(db, auditId);
  await requestReport(auditId);
  // Last: a retry of the steps above must not announce twice (announcing never throws).
  if (options.announce) await announceAuditCompleted(db, auditId);
}
