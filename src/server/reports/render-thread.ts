// Renders PDF reports on a worker thread. react-pdf lays a report out in one synchronous stretch
// of a second or more; on the worker's main thread that stalled every email delivery, webhook
// and heartbeat behind a burst of renders (an erasure receipt waited 30 s in the test suite).
// The thread's entry (scripts/render-thread.ts) ships in the scripts bundle, so the pool is used
// where the worker was started from it; anywhere else (tests, benches) reports render in-process.
import 'server-only';
import { Worker } from 'node:worker_threads';
import type { ReportModel } from '@/domain/report/model';
import type { RenderedReport } from './render';

/** A render that takes longer than this is abandoned with its thread (a new one starts). */
const RENDER_TIMEOUT_MS = 90_000;

type Reply = { id: number; pdf: Uint8Array; pageCount: number } | { id: number; error: string };
interface Pending {
  worker: Worker;
  resolve: (report: RenderedReport) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export interface RenderPool {
  render(report: ReportModel): Promise<RenderedReport>;
  close(): Promise<void>;
}

/** One long-lived thread running `entryFile`; replaced when it crashes or a render hangs. */
export function renderThreadPool(entryFile: string, { timeoutMs = RENDER_TIMEOUT_MS, nice = 0 } = {}): RenderPool {
  let thread: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  /** Fails the renders given to `worker` (a replaced thread's exit leaves the new one's alone). */
  const failAll = (worker: Worker, error: Error) => {
    for (const [id, job] of pending) {
      if (job.worker !== worker) continue;
      clearTimeout(job.timer);
      pending.delete(id);
      job.reject(error);
    }
  };

  const start = (): Worker => {
    // A render allocates short-lived layout objects by the megabyte: a young generation of 48
    // MB collects them cheaply (96 MB rendered no faster and held the worker at 378 MB while it
    // drained a burst, 271 MB with 48). The old generation is bounded so a pathological report
    // cannot grow the worker without end.
    const worker = new Worker(entryFile, {
      resourceLimits: { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 512 },
      // The thread lowers its own priority (nice applies per thread on Linux).
      workerData: { nice },
    });
    worker.on('message', (reply: Reply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      clearTimeout(job.timer);
      if ('error' in reply) job.reject(new Error(`report render failed: ${reply.error}`));
      else
        job.resolve({
          pdf: Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength),
          pageCount: reply.pageCount,
        });
    });
    worker.on('error', (error) => {
      if (thread === worker) thread = null;
      failAll(worker, error instanceof Error ? error : new Error(String(error)));
    });
    worker.on('exit', (code) => {
      if (thread === worker) thread = null;
      failAll(worker, new Error(`the render thread exited with code ${code}`));
    });
    // An idle thread must not keep a stopping process alive.
    worker.unref();
    return worker;
  };

  return {
    render(report) {
      thread ??= start();
      const worker = thread;
      const id = ++nextId;
      return new Promise<RenderedReport>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`report render took longer than ${timeoutMs / 1000} s`));
          // Its layout may never end: the thread goes, the next render starts a new one.
          if (thread === worker) thread = null;
          void worker.terminate();
        }, timeoutMs);
        pending.set(id, { worker, resolve, reject, timer });
        worker.postMessage({ id, report });
      });
    },
    async close() {
      const worker = thread;
      thread = null;
      if (worker) await worker.terminate();
    },
  };
}

let pool: RenderPool | null = null;

/** From now on this process renders reports on a thread running `entryFile`. */
export function renderOnThread(entryFile: string, options: { nice?: number } = {}): void {
  pool = renderThreadPool(entryFile, options);
}

/**
 * Renders on the thread when one was set up, otherwise in this process (react-pdf is then
 * loaded on first use: a process with the thread never holds it twice).
 */
export async function renderReport(report: ReportModel): Promise<RenderedReport> {
  if (pool) return pool.render(report);
  const { renderAuditReport } = await import('./render');
  return renderAuditReport(report);
}
