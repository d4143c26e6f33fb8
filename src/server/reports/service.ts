// PDF reports for the web process: their state, download name and render requests. Rendering
// itself (generate.ts) runs in the worker process.
import 'server-only';
import type { Db } from '@/server/db/client';
import { enqueue, raiseWaitingPriority } from '@/server/jobs/enqueue';
import { QUEUES } from '@/server/jobs/queues';

export const reportStorageKey = (auditId: string) => `reports/${auditId}.pdf`;

const URGENT = 10;

/**
 * Asks the worker to (re-)render a report; at most one pending render per audit. An urgent
 * request (a visitor waiting on the download) moves an already queued render to the front.
 */
export async function requestReport(auditId: string, options: { urgent?: boolean } = {}) {
  const priority = options.urgent ? URGENT : 0;
  const queued = await enqueue(QUEUES.renderReport, { auditId }, { singletonKey: auditId, priority });
  if (!queued && options.urgent) await raiseWaitingPriority(QUEUES.renderReport, auditId, URGENT);
}

export type ReportState =
  | { status: 'ready'; url: string; storageKey: string; pageCount: number; renderedAt: Date }
  | { status: 'preparing'; recommendationsSettled: boolean }
  | { status: 'unavailable' };

export async function reportState(db: Db, auditId: string): Promise<ReportState> {
  const audit = await db.audit.findUnique({
    where: { id: auditId },
    select: { status: true, result: { select: { recommendationsStatus: true, pdfReport: true } } },
  });
  if (!audit || audit.status !== 'completed' || !audit.result) return { status: 'unavailable' };
  const report = audit.result.pdfReport;
  if (report) {
    return {
      status: 'ready',
      url: report.downloadUrl,
      storageKey: report.filePath,
      pageCount: report.pageCount,
      renderedAt: report.renderedAt,
    };
  }
  const writing = ['pending', 'streaming'].includes(audit.result.recommendationsStatus);
  return { status: 'preparing', recommendationsSettled: !writing };
}

export type PublicReportState =
  { status: 'ready'; url: string; pageCount: number } | { status: 'preparing' } | { status: 'unavailable' };

/**
 * What the results page may know. A report that should exist but does not is requested as
 * urgent: someone is looking at the page and waits for it, while renders queued for emails of
 * audits nobody watches can wait behind it.
 */
export async function publicReportState(db: Db, auditId: string): Promise<PublicReportState> {
  const state = await reportState(db, auditId);
  if (state.status === 'ready') return { status: 'ready', url: state.url, pageCount: state.pageCount };
  if (state.status === 'preparing' && state.recommendationsSettled) await requestReport(auditId, { urgent: true });
  return state.status === 'preparing' ? { status: 'preparing' } : state;
}
