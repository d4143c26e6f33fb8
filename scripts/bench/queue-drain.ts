// Queue drain: `count` audits submitted over REST (8 in flight), then the time until every
// follow-up, report render and email delivery they queued has finished, with the harness's one
// worker and then with a second worker process beside it. Workers render one PDF at a time
// each, so the figure shows what WORKER_CONCURRENCY buys on this machine.
import pg from 'pg';
import { step } from '../lib/log';
import { scriptArgs, spawnTracked, stopChild } from '../lib/processes';

const IN_FLIGHT = 8;
// A follow-up queues the render and the sales email; the backlog is gone when all three are.
const WATCHED = ['audit.follow-up', 'report.render', 'email.deliver'];

const auditBody = (phase: string, i: number) => ({
  industry: 'logistics',
  companySize: '100-500',
  painPoints: ['manual data entry', 'slow approvals'],
  currentSystems: ['SAP ERP', 'spreadsheets'],
  kpis: ['operational efficiency', 'customer satisfaction'],
  contactInfo: { email: `drain-${phase}-${i}-${Date.now()}@example.com`, company: `Drain ${phase} ${i}` },
});

async function submitAll(baseUrl: string, phase: string, count: number): Promise<number> {
  let next = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < count) {
        const i = next++;
        const response = await fetch(`${baseUrl}/api/audit/submit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.19.${(i >> 8) & 255}.${i & 255}` },
          body: JSON.stringify(auditBody(phase, i)),
        }).catch(() => null);
        await response?.arrayBuffer();
        if (response?.status !== 201) failed += 1;
      }
    }),
  );
  return failed;
}

/** Report and email jobs not finished yet (waiting, retrying or running). */
async function unfinished(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = ANY($1::text[]) AND state IN ('created', 'retry', 'active')`,
    [WATCHED],
  );
  return rows[0]?.n ?? 0;
}

async function drained(client: pg.Client, maxMs: number): Promise<boolean> {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    if ((await unfinished(client)) === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

interface DrainFigure {
  workers: number;
  submitSeconds: number;
  drainSeconds: number;
  failed: number;
}

async function phase(baseUrl: string, client: pg.Client, workers: number, count: number): Promise<DrainFigure> {
  // Start from an empty queue, so each phase measures its own audits only.
  if (!(await drained(client, 30 * 60_000))) throw new Error('the queue did not drain before the phase');
  step(`queue drain: ${count} audits with ${workers} worker${workers === 1 ? '' : 's'}`);
  const started = Date.now();
  const failed = await submitAll(baseUrl, `w${workers}`, count);
  const submitted = Date.now();
  if (!(await drained(client, 60 * 60_000))) throw new Error('the queue did not drain within an hour');
  const done = Date.now();
  return {
    workers,
    submitSeconds: (submitted - started) / 1000,
    drainSeconds: (done - started) / 1000,
    failed,
  };
}

export async function benchQueueDrain(baseUrl: string, env: NodeJS.ProcessEnv, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const figures = [await phase(baseUrl, client, 1, count)];
    // A second worker process beside the harness's own (as WORKER_CONCURRENCY=2 would start).
    const extra = spawnTracked(process.execPath, scriptArgs('worker'), env);
    try {
      figures.push(await phase(baseUrl, client, 2, count));
    } finally {
      await stopChild(extra);
    }
    console.log('\n| workers | audits | submitted in s | queue drained after s | reports per s | failed submits |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const f of figures) {
      console.log(
        `| ${f.workers} | ${count} | ${f.submitSeconds.toFixed(1)} | ${f.drainSeconds.toFixed(1)} | ${(count / f.drainSeconds).toFixed(2)} | ${f.failed} |`,
      );
    }
    console.log('');
  } finally {
    await client.end();
  }
}
