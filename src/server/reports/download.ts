// Downloading an audit's report through its unguessable link. A missing report is rendered on
// demand (urgent job) and awaited for a while; the first download is recorded.
import 'server-only';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import type { FileStorage } from '@/server/storage';
import { reportFileName } from './file-name';
import { reportState, requestReport } from './service';

export interface ReportDownload {
  pdf: Buffer;
  fileName: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function downloadReport(
  db: Db,
  storage: FileStorage,
  auditId: string,
  { waitMs = 20_000, pollMs = 400 } = {},
): Promise<ReportDownload> {
  const deadline = Date.now() + waitMs;
  let requested = false;
  for (;;) {
    const state = await reportState(db, auditId);
    if (state.status === 'unavailable') throw new AppError('NOT_FOUND', 'No report at this address', { field: 'id' });
    if (state.status === 'ready') {
      const pdf = await storage.get(state.storageKey);
      if (pdf) {
        await markDownloaded(db, auditId);
        return { pdf, fileName: await fileNameFor(db, auditId) };
      }
    }
    // Not rendered yet, or its file was lost (e.g. a new disk): render it now.
    if (!requested) {
      await requestReport(auditId, { urgent: true });
      requested = true;
    }
    if (Date.now() + pollMs > deadline) {
      throw new AppError('SERVICE_UNAVAILABLE', 'The report is being prepared; try again in a few seconds', {
        reason: 'rendering',
        retryAfterSeconds: 5,
      });
    }
    await sleep(pollMs);
  }
}

async function markDownloaded(db: Db, auditId: string) {
  await db.pdfReport.updateMany({
    where: { auditResult: { auditId }, isDownloaded: false },
    data: { isDownloaded: true, downloadedAt: new Date() },
  });
}

async function fileNameFor(db: Db, auditId: string) {
  const audit = await db.audit.findUniqueOrThrow({
    where: { id: auditId },
    select: { contactInfo: true, submittedAt: true, createdAt: true },
  });
  const company = (audit.contactInfo as { company?: string }).company ?? null;
  return reportFileName(company, audit.submittedAt ?? audit.createdAt);
}
