// PDF reports: rendered in the background worker when an audit's recommendations are done
// (and on demand when missing), stored through the file storage, recorded in pdf_reports.
import 'server-only';
import { reportUrl } from '@/server/audit/urls';
import type { Db } from '@/server/db/client';
import { enqueue } from '@/server/jobs/enqueue';
import { QUEUES } from '@/server/jobs/queues';
import type { FileStorage } from '@/server/storage';
import { loadReportModel } from './model';
import { renderAuditReport } from './render';

export const reportStorageKey = (auditId: string) => `reports/${auditId}.pdf`;

/** A readable download name, e.g. "XTeam.Pro AI audit - Acme GmbH - 2026-11-25.pdf". */
export function reportFileName(company: string | null, date: Date): string {
  const safe =
    (company ?? 'report')
      .replace(/[^\p{L}\p{N} .,&()-]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'report';
  return `XTeam.Pro AI audit - ${safe.slice(0, 80)} - ${date.toISOString().slice(0, 10)}.pdf`;
}

export interface GeneratedReport {
  storageKey: string;
  byteSize: number;
  pageCount: number;
}

/** Renders, stores and records an audit's report; null when the audit has no results. */
export async function generateReport(db: Db, storage: FileStorage, auditId: string): Promise<GeneratedReport | null> {
  const model = await loadReportModel(db, auditId);
  if (!model) return null;
  const { pdf, pageCount } = await renderAuditReport(model);
  const storageKey = reportStorageKey(auditId);
  await storage.put(storageKey, pdf, 'application/pdf');
  const result = await db.auditResult.findUniqueOrThrow({ where: { auditId }, select: { id: true } });
  const fields = {
    filePath: storageKey,
    downloadUrl: reportUrl(auditId),
    byteSize: pdf.length,
    pageCount,
    renderedAt: new Date(),
  };
  await db.pdfReport.upsert({
    where: { auditResultId: result.id },
    create: { auditResultId: result.id, ...fields },
    update: fields,
  });
  return { storageKey, byteSize: pdf.length, pageCount };
}

/** Asks the worker to (re-)render a report; at most one pending render per audit. */
export async function requestReport(auditId: string, options: { urgent?: boolean } = {}) {
  await enqueue(QUEUES.renderReport, { auditId }, { singletonKey: auditId, priority: options.urgent ? 10 : 0 });
}

export type ReportState =
  | { status: 'ready'; url: string; storageKey: string; pageCount: number; renderedAt: Date }
  | { status: 'preparing' }
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
  return { status: 'preparing' };
}
