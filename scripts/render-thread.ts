// The PDF render thread of the worker process (src/server/reports/render-thread.ts): receives
// report models, answers with the PDF bytes. Runs as a worker_threads Worker, never on its own.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { ReportModel } from '../src/domain/report/model';
import { renderAuditReport } from '../src/server/reports/render';

if (!parentPort) throw new Error('render-thread runs inside the worker process, as a thread');
const port = parentPort;
// This thread only (Linux schedules threads, and nice is per thread): renders yield to requests.
const nice = (workerData as { nice?: number } | null)?.nice ?? 0;
if (nice > 0) setPriority(nice);

port.on('message', async ({ id, report }: { id: number; report: ReportModel }) => {
  try {
    const { pdf, pageCount } = await renderAuditReport(report);
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    port.postMessage({ id, pdf: bytes, pageCount });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
