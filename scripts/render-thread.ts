// The PDF render thread of the worker process (src/server/reports/render-thread.ts): receives
// report models, answers with the PDF bytes. Runs as a worker_threads Worker, never on its own.
import { parentPort } from 'node:worker_threads';
import type { ReportModel } from '../src/domain/report/model';
import { renderAuditReport } from '../src/server/reports/render';

if (!parentPort) throw new Error('render-thread runs inside the worker process, as a thread');
const port = parentPort;

port.on('message', async ({ id, report }: { id: number; report: ReportModel }) => {
  try {
    const { pdf, pageCount } = await renderAuditReport(report);
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    port.postMessage({ id, pdf: bytes, pageCount });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
