// Figures of the background work, read from PostgreSQL when Prometheus scrapes: jobs per queue
// and state (pg-boss), emails per status (the outbox) and recent PDF render times. Read at
// scrape time rather than counted in the worker, so every web instance reports the same truth
// and the worker needs no metrics port of its own.
import 'server-only';
import { Gauge, type Registry } from 'prom-client';
import { db } from '@/server/db/client';
import { BOSS_SCHEMA, QUEUES } from '@/server/jobs/queues';
import { logger } from '@/server/logging/logger';

async function safely(name: string, read: () => Promise<void>) {
  try {
    await read();
  } catch (error) {
    // A scrape while the database is away shows stale gauges, never a failed scrape.
    logger.warn({ err: error, metric: name }, 'metric not read');
  }
}

export function registerDatabaseMetrics(registry: Registry): void {
  new Gauge({
    name: 'xteam_jobs',
    help: 'Background jobs by queue and state (pg-boss)',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      await safely('xteam_jobs', async () => {
        const rows = await db.$queryRawUnsafe<{ name: string; state: string; n: number }[]>(
          `SELECT name, state::text AS state, count(*)::int AS n FROM ${BOSS_SCHEMA}.job GROUP BY 1, 2`,
        );
        this.reset();
        for (const row of rows) this.set({ queue: row.name, state: row.state }, row.n);
      });
    },
  });
  new Gauge({
    name: 'xteam_emails',
    help: 'Emails in the outbox by status',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      await safely('xteam_emails', async () => {
        const rows = await db.$queryRaw<{ status: string; n: number }[]>`
          SELECT status, count(*)::int AS n FROM email_messages GROUP BY 1`;
        this.reset();
        for (const row of rows) this.set({ status: row.status }, row.n);
      });
    },
  });
  new Gauge({
    name: 'xteam_pdf_render_seconds',
    help: 'PDF report render time over the last hour (worker jobs), by quantile',
    labelNames: ['quantile'] as const,
    registers: [registry],
    async collect() {
      await safely('xteam_pdf_render_seconds', async () => {
        const [row] = await db.$queryRawUnsafe<{ p50: number | null; p99: number | null; n: number }[]>(
          `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completed_on - started_on)) AS p50,
                  percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM completed_on - started_on)) AS p99,
                  count(*)::int AS n
             FROM ${BOSS_SCHEMA}.job
            WHERE name = '${QUEUES.renderReport}' AND state = 'completed' AND completed_on > now() - interval '1 hour'`,
        );
        this.reset();
        if (row?.n) {
          this.set({ quantile: '0.5' }, Number(row.p50));
          this.set({ quantile: '0.99' }, Number(row.p99));
        }
      });
    },
  });
}
