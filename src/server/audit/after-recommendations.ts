// What follows an audit's recommendations: sales hears about the lead, and the PDF report is
// rendered in the background (then emailed). Failures here are logged, never shown to the
// visitor: the results page works without them and the report renders on demand.
import 'server-only';
import type { Db } from '@/server/db/client';
import { logger } from '@/server/logging/logger';
import { queueLeadNotification } from '@/server/reports/emails';
import { requestReport } from '@/server/reports/service';

export async function afterRecommendations(db: Db, auditId: string): Promise<void> {
  await Promise.all([
    queueLeadNotification(db, auditId).catch((error: unknown) =>
      logger.error({ err: error, auditId }, 'lead notification not queued'),
    ),
    requestReport(auditId).catch((error: unknown) => logger.error({ err: error, auditId }, 'report not requested')),
  ]);
}
