// The launcher supervises the background worker (scripts/lib/worker-supervisor.ts): a killed
// worker is started again, and /api/health reports the missing worker (503) while it is down.
import { describe, expect, it } from 'vitest';
import { url } from '../support/app';
import { sql } from '../support/db';
import { waitFor } from '../support/wait';

interface Health {
  status: string;
  checks: { jobs: { status: string; verdict: string; workers: number | null } };
}

async function health(): Promise<{ status: number; body: Health }> {
  const response = await fetch(url('/api/health'));
  return { status: response.status, body: (await response.json()) as Health };
}

/** Workers that beat within the last 6 s (the tests run with WORKER_HEARTBEAT_SECONDS=2). */
const liveWorkers = () =>
  sql<{ id: string; pid: number }>(
    `SELECT id, pid FROM worker_heartbeats WHERE beat_at > now() - interval '6 seconds'`,
  );

describe('worker supervision', () => {
  it('restarts a killed worker, and health reports it missing meanwhile', async () => {
    const before = await waitFor(
      async () => {
        const rows = await liveWorkers();
        return rows.length > 0 ? rows : null;
      },
      { timeoutMs: 30_000, what: 'a live worker' },
    );
    // The workers run on this machine (started by the test harness). Frozen first (a frozen
    // worker beats no more, as a hung one), so health's report does not race the supervisor: a
    // killed worker is back within about two seconds, less than health's three missed beats.
    for (const worker of before) process.kill(worker.pid, 'SIGSTOP');

    const down = await waitFor(
      async () => {
        const report = await health();
        return report.status === 503 && report.body.checks.jobs.verdict === 'no-worker' ? report : null;
      },
      { timeoutMs: 15_000, intervalMs: 100, what: '/api/health to report no worker' },
    );
    expect(down.body).toMatchObject({ status: 'down', checks: { jobs: { status: 'down', workers: 0 } } });
    // Then killed: the supervisor starts new ones.
    for (const worker of before) process.kill(worker.pid, 'SIGKILL');

    const back = await waitFor(
      async () => {
        const rows = await liveWorkers();
        const fresh = rows.filter((row) => !before.some((old) => old.id === row.id));
        return fresh.length >= before.length ? fresh : null;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: 'the supervisor to start the worker again' },
    );
    expect(back.every((row) => !before.some((old) => old.pid === row.pid))).toBe(true);
    const up = await waitFor(
      async () => {
        const report = await health();
        return report.status === 200 ? report : null;
      },
      { timeoutMs: 15_000, what: '/api/health to be ok again' },
    );
    expect(up.body.checks.jobs).toMatchObject({ status: 'up', verdict: 'ok' });
  }, 90_000);
});
