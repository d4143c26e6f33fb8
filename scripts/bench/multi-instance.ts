// Two instances over one database under load: concurrent visitors run the wizard on one
// instance and follow their recommendations on the other, for a bounded time. Counts 5xx
// answers and audits lost (submitted but never completed), and times the submit and the run.
import pg from 'pg';
import { freePort } from '../lib/free-port';
import { step } from '../lib/log';
import { startServer, stopChild, waitForHttp } from '../lib/processes';
import { example } from './audit-submit';
import { percentile } from './stats';

interface Tally {
  requests: number;
  serverErrors: number;
  otherErrors: number;
  submitted: string[];
  completed: number;
  submitMs: number[];
  runMs: number[];
}

async function call(tally: Tally, baseUrl: string, path: string, input: unknown, headers: Record<string, string>) {
  tally.requests += 1;
  const response = await fetch(`${baseUrl}/api/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ json: input }),
  });
  const body = (await response.json().catch(() => null)) as {
    result?: { data: { json: { draftId?: string } } };
  } | null;
  if (response.status >= 500) tally.serverErrors += 1;
  else if (!response.ok) tally.otherErrors += 1;
  return response.ok ? body?.result?.data.json : null;
}

/** Follows the results page's subscription until the run ends; true when it completed. */
async function follow(tally: Tally, baseUrl: string, auditId: string): Promise<boolean> {
  tally.requests += 1;
  const input = encodeURIComponent(JSON.stringify({ json: { id: auditId } }));
  const response = await fetch(`${baseUrl}/api/trpc/audit.recommendations?input=${input}`, {
    headers: { accept: 'text/event-stream' },
    signal: AbortSignal.timeout(120_000),
  });
  if (response.status >= 500) tally.serverErrors += 1;
  if (!response.ok) return false;
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return false;
    buffer += value;
    for (const match of buffer.matchAll(/"status":"(\w+)"/g)) {
      if (match[1] === 'complete' || match[1] === 'stopped' || match[1] === 'failed') {
        await reader.cancel();
        return match[1] === 'complete';
      }
    }
    buffer = buffer.slice(-200);
  }
}

async function visit(tally: Tally, submitOn: string, watchOn: string, i: number) {
  const headers = { 'x-forwarded-for': `198.20.${Math.floor(i / 250) % 250}.${(i % 250) + 1}` };
  const first = await call(
    tally,
    submitOn,
    'audit.saveStep',
    { step: 'industry', data: { industry: example.industry } },
    headers,
  );
  const draftId = first?.draftId;
  if (!draftId) return;
  for (const [name, data] of [
    ['companySize', { companySize: example.companySize }],
    ['painPoints', { painPoints: example.painPoints }],
    ['currentSystems', { currentSystems: example.currentSystems }],
    ['kpis', { kpis: example.kpis }],
    ['maturity', { maturity: {} }],
  ] as const)
    await call(tally, submitOn, 'audit.saveStep', { step: name, data, draftId }, headers);
  const t0 = performance.now();
  const submitted = await call(
    tally,
    submitOn,
    'audit.submit',
    {
      draftId,
      contactInfo: { email: `bench-multi-${i}-${Date.now()}@example.com`, company: 'Bench Inc' },
      consentContact: true,
      consentPrivacy: true,
    },
    headers,
  );
  if (!submitted) return;
  tally.submitMs.push(performance.now() - t0);
  tally.submitted.push(draftId);
  const t1 = performance.now();
  if (await follow(tally, watchOn, draftId)) {
    tally.completed += 1;
    tally.runMs.push(performance.now() - t1);
  }
}

export async function benchMultiInstance(
  baseUrlA: string,
  env: NodeJS.ProcessEnv,
  { visitors, seconds }: { visitors: number; seconds: number },
): Promise<boolean> {
  const port = await freePort();
  const baseUrlB = `http://localhost:${port}`;
  const b = startServer('start', { ...env, PORT: String(port) });
  try {
    await waitForHttp(`${baseUrlB}/api/health`, 60_000, b);
    step(`two instances (${baseUrlA}, ${baseUrlB}): ${visitors} visitors for ${seconds} s`);
    const tally: Tally = {
      requests: 0,
      serverErrors: 0,
      otherErrors: 0,
      submitted: [],
      completed: 0,
      submitMs: [],
      runMs: [],
    };
    const deadline = Date.now() + seconds * 1000;
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: visitors }, async () => {
        while (Date.now() < deadline) {
          const i = next++;
          // Submit on one instance, watch on the other, alternating.
          const [submitOn, watchOn] = i % 2 ? [baseUrlA, baseUrlB] : [baseUrlB, baseUrlA];
          await visit(tally, submitOn, watchOn, i).catch(() => {
            tally.otherErrors += 1;
          });
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    // Lost: submitted, yet not completed in the database (checked after the load, not from the streams).
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query<{ lost: string }>(
      `SELECT count(*) AS lost FROM audits a LEFT JOIN audit_results r ON r.audit_id = a.id
        WHERE a.id = ANY($1::uuid[]) AND (r.recommendations_status IS DISTINCT FROM 'complete' OR r.model_used IS NULL)`,
      [tally.submitted],
    );
    await client.end();
    const lost = Number(rows[0]!.lost);
    const sorted = (values: number[]) => [...values].sort((x, y) => x - y);
    const ms = (values: number[], p: number) => Math.round(percentile(sorted(values), p));
    console.log('\n| two instances, one database | value |');
    console.log('| --- | ---: |');
    console.log(`| visitors / duration | ${visitors} / ${Math.round(elapsed)} s |`);
    console.log(`| requests (wizard steps, submits, streams) | ${tally.requests} |`);
    console.log(`| audits submitted / completed | ${tally.submitted.length} / ${tally.completed} |`);
    console.log(`| 5xx answers | ${tally.serverErrors} |`);
    console.log(`| other failures (4xx, network) | ${tally.otherErrors} |`);
    console.log(`| audits lost (not complete in the database) | ${lost} |`);
    console.log(`| submit p50 / p95 ms | ${ms(tally.submitMs, 50)} / ${ms(tally.submitMs, 95)} |`);
    console.log(
      `| submit to complete on the other instance p50 / p95 ms | ${ms(tally.runMs, 50)} / ${ms(tally.runMs, 95)} |`,
    );
    console.log('');
    return tally.serverErrors === 0 && lost === 0;
  } finally {
    await stopChild(b);
  }
}
