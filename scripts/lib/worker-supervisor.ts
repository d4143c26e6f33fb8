// Starts the background workers (WORKER_CONCURRENCY processes of scripts/worker.ts) and keeps
// them running: a worker that exits is started again after 1, 2, 4... s (at most 30 s); one
// that crashed 5 times within 10 minutes is given up on, loudly: /api/health then reports no
// worker (503) until someone looks. Several processes share the pg-boss queues safely.
import type { ChildProcess } from 'node:child_process';
import { banner, step } from './log';
import { isShuttingDown, scriptArgs, spawnTracked } from './processes';

const MAX_CRASHES = 5;
const CRASH_WINDOW_MS = 10 * 60 * 1000;
const MAX_DELAY_MS = 30_000;
/** A worker that ran this long before exiting counts its next restart from the shortest delay. */
const STABLE_AFTER_MS = 60_000;

export interface WorkerSupervisor {
  /** The running worker processes (for tests and diagnostics). */
  children(): ChildProcess[];
}

export function superviseWorkers(env: NodeJS.ProcessEnv, count: number): WorkerSupervisor {
  const slots: Array<ChildProcess | null> = Array.from({ length: count }, () => null);

  const start = (slot: number, crashes: number[]) => {
    const startedAt = Date.now();
    const child = spawnTracked(process.execPath, scriptArgs('worker'), env);
    slots[slot] = child;
    child.once('exit', (code, signal) => {
      slots[slot] = null;
      if (isShuttingDown()) return;
      const now = Date.now();
      const recent = [...crashes.filter((at) => now - at < CRASH_WINDOW_MS), now];
      if (recent.length >= MAX_CRASHES) {
        banner([
          `Worker ${slot + 1} exited ${recent.length} times within ${CRASH_WINDOW_MS / 60_000} minutes (last: ${signal ?? `code ${code}`}).`,
          'It is NOT restarted again: PDF reports and emails wait in the queue.',
          'Read the worker log above, fix the cause, then restart the site (or run `npm run worker`).',
          '/api/health answers 503 (no worker) meanwhile.',
        ]);
        return;
      }
      const streak = now - startedAt > STABLE_AFTER_MS ? 0 : recent.length - 1;
      const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** streak);
      step(`worker ${slot + 1} exited (${signal ?? `code ${code}`}); restarting in ${delay / 1000} s`);
      setTimeout(() => {
        if (!isShuttingDown()) start(slot, recent);
      }, delay).unref();
    });
  };

  for (let slot = 0; slot < count; slot++) start(slot, []);
  step(`${count} background worker${count === 1 ? '' : 's'} started (supervised)`);
  return { children: () => slots.filter((child): child is ChildProcess => child !== null) };
}
