// Renders, stores and records an audit's report (in the worker process, on its render thread:
// react-pdf is heavy and CPU-bound, so it stays out of the web server and the worker's loop).
import 'server-only';
import { reportUrl } from '@/server/audit/urls';
import type { Db } from '@/server/db/client';
import type { FileStorage } from '@/server/storage';
import { loadReportModel } from './model';
import { renderReport } from './render-thread';
import { reportStorageKey } from './service';

export interface GeneratedReport {
  storageKey: string;
  byteSize: number;
  pageCount: number;
}

/** Renders, stores and records an audit's report; null when the audit has no results. */
export async function generateReport(db: Db, storage: FileStorage, auditId: string): Promise<GeneratedReport | null> {
  const model = await loadReportModel(db, auditId);
  if (!model) return null;
  const { pdf, pageCount } = await renderReport(model);
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
