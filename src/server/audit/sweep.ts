// The sweeper (a pg-boss schedule, run by a worker every minute): audits that a crash or a
// database restart left half-done are finished, so none stays pending/processing for good and
// every completed audit gets its recommendations, its PDF report and its emails.
// Everything here is idempotent: a conditional claim per audit, report renders keyed by audit
// (pg-boss singleton), emails by dedupe key; two sweeps cannot do one thing twice.
import 'server-only';
import type { Db } from '@/server/db/client';
import type { Logger } from '@/server/logging/logger';
import { startRecommendations } from '@/server/ai/runs';
import { queueLeadNotification } from '@/server/reports/emails';
import { requestReport } from '@/server/reports/service';
import { BOSS_SCHEMA, QUEUES } from '@/server/jobs/queues';
import { configByVersion, currentAuditConfig } from './config-source';
import { answersFromAudit } from './stored-answers';
import { scoreAudit } from './score';

/** Only recent audits are followed up: an old one gets no surprise email weeks later. */
const LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;
/**
 * A recommendation run is owned through a lease (src/server/ai/runs.ts) and saves progress as
 * it writes; one still "streaming" after this long is checked here: if its lease has lapsed (its
 * process died and nobody watched since), the sweeper claims it and writes it unwatched.
 */
const ABANDONED_RUN_MS = 10 * 60 * 1000;
const BATCH = 100;

export interface SweepOutcome {
  completed: number;
  failed: number;
  recommendationsRestarted: number;
  reportsRequested: number;
}

export async function sweepAudits(db: Db, options: { olderThanSeconds: number; log: Logger }): Promise<SweepOutcome> {
  const now = Date.now();
  const cutoff = new Date(now - options.olderThanSeconds * 1000);
  const since = new Date(now - LOOKBACK_MS);
  const outcome: SweepOutcome = { completed: 0, failed: 0, recommendationsRestarted: 0, reportsRequested: 0 };

  // 1. Stuck in pending/processing: score them again from their stored answers.
  const stuck = await db.audit.findMany({
    where: { status: { in: ['pending', 'processing'] }, updatedAt: { lt: cutoff } },
    orderBy: { updatedAt: 'asc' },
    take: BATCH,
  });
  const completedNow: string[] = [];
  for (const audit of stuck) {
    // The claim: only if nobody touched it since we read it (another sweep, a late request).
    const { count } = await db.audit.updateMany({
      where: { id: audit.id, status: audit.status, updatedAt: audit.updatedAt },
      data: { status: 'processing' },
    });
    if (count === 0) continue;
    const log = options.log.child({ auditId: audit.id });
    const config =
      (audit.configVersion ? await configByVersion(db, audit.configVersion) : null) ??
      (await currentAuditConfig(db)).config;
    try {
      await scoreAudit(db, audit.id, config, answersFromAudit(audit), { log });
      completedNow.push(audit.id);
      outcome.completed += 1;
      log.warn({ was: audit.status }, 'sweeper completed an audit left half-done');
    } catch (error) {
      // scoreAudit marked it failed with the reason, for staff.
      outcome.failed += 1;
      log.error({ err: error, was: audit.status }, 'sweeper could not complete an audit: marked failed');
    }
  }

  // 2. Completed, but the recommendations were never (or only partly) written.
  const abandoned = await db.auditResult.findMany({
    where: {
      OR: [
        { auditId: { in: completedNow } },
        {
          recommendationsStatus: { in: ['pending', 'streaming'] },
          generatedAt: { lt: new Date(now - Math.max(ABANDONED_RUN_MS, options.olderThanSeconds * 1000)), gte: since },
        },
      ],
    },
    select: { auditId: true },
    take: BATCH,
  });
  for (const { auditId } of abandoned) {
    // Unpaced, nobody watching: the run ends by queueing the lead email and the report. A run
    // whose owner still renews its lease is left to it (null: not claimed here).
    try {
      const handle = await startRecommendations(db, auditId, { clientIp: 'sweeper', paced: false });
      if (handle && (await handle.done)) outcome.recommendationsRestarted += 1;
    } catch (error) {
      options.log.error({ err: error, auditId }, 'sweeper could not write recommendations');
    }
  }

  // 3. Recommendations written, yet no report and no render job or follow-up ever queued (the
  //    database went away between the two). A render that was queued and failed is not retried forever here.
  const unreported = await db.audit.findMany({
    where: {
      status: 'completed',
      submittedAt: { gte: since },
      updatedAt: { lt: cutoff },
      result: { recommendationsStatus: { in: ['complete', 'stopped', 'failed'] }, pdfReport: { is: null } },
    },
    select: { id: true },
    take: BATCH,
  });
  for (const { id } of unreported) {
    if (await renderWasQueued(db, id)) continue;
    await queueLeadNotification(db, id);
    await requestReport(id);
    outcome.reportsRequested += 1;
  }
  return outcome;
}

/** Whether pg-boss holds (or archived) a render job or a follow-up for the audit, in any state. */
async function renderWasQueued(db: Db, auditId: string): Promise<boolean> {
  const rows = await db.$queryRawUnsafe<unknown[]>(
    `SELECT 1 FROM ${BOSS_SCHEMA}.job WHERE name = ANY($1::text[]) AND singleton_key = $2
     UNION ALL SELECT 1 FROM ${BOSS_SCHEMA}.archive WHERE name = ANY($1::text[]) AND singleton_key = $2 LIMIT 1`,
    [QUEUES.renderReport, QUEUES.followUpAudit],
    auditId,
  );
  return rows.length > 0;
}
