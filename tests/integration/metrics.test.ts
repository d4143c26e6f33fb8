// /api/metrics and /api/ready against the running app: the token is required, the text parses
// as Prometheus exposition format and moves with the product (an audit, a rendered report), and
// readiness names a stopped dependency.
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { url } from '../support/app';
import { postAudit, seedExampleRequest } from '../support/audit';
import { startInstance, type Instance } from '../support/instance';
import { waitFor } from '../support/wait';

const token = process.env.METRICS_TOKEN!;
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (\S+)$/;
// Values are floats as Go parses them: NaN and Inf in any case (prom-client writes "Nan").
const isValue = (value: string) => /^[+-]?(inf|nan)$/i.test(value) || !Number.isNaN(Number(value));

/** Exposition text as { "name{labels}": value }; throws on a line that is not the format. */
function parsePrometheus(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
    const match = SAMPLE.exec(line);
    if (!match || !isValue(match[3]!)) throw new Error(`not Prometheus text: ${line}`);
    samples.set(`${match[1]}${match[2] ?? ''}`, Number(match[3]));
  }
  return samples;
}

async function scrape(): Promise<Map<string, number>> {
  const response = await fetch(url('/api/metrics'), { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return parsePrometheus(await response.text());
}

const sum = (samples: Map<string, number>, prefix: string) =>
  [...samples].filter(([key]) => key.startsWith(prefix)).reduce((total, [, value]) => total + value, 0);

let instance: Instance | undefined;
afterAll(async () => {
  await instance?.stop();
});

describe('/api/metrics', () => {
  it('is refused without the token, or with a wrong one, in the seed error format', async () => {
    const missing = await fetch(url('/api/metrics'));
    expect(missing.status).toBe(401);
    expect((await missing.json()).error.code).toBe('UNAUTHORIZED');
    const wrong = await fetch(url('/api/metrics'), { headers: { authorization: `Bearer ${token}x` } });
    expect(wrong.status).toBe(401);
  });

  it('parses as Prometheus text with process, HTTP and product figures', async () => {
    const samples = await scrape();
    expect(samples.get('process_resident_memory_bytes')).toBeGreaterThan(0);
    expect([...samples.keys()].some((key) => key.startsWith('nodejs_eventloop_lag_p99_seconds'))).toBe(true);
    expect([...samples.keys()].some((key) => key.startsWith('xteam_http_request_duration_seconds_count{'))).toBe(true);
  });

  it('moves after an audit and its rendered report', async () => {
    const before = await scrape();
    const { response, body } = await postAudit({
      ...seedExampleRequest,
      contactInfo: { email: 'metrics@example.com' },
    });
    expect(response.status).toBe(201);
    const after = await scrape();
    // At least ours: the integration files running beside this one submit audits to the same app.
    expect(sum(after, 'xteam_audits_completed_total')).toBeGreaterThanOrEqual(
      sum(before, 'xteam_audits_completed_total') + 1,
    );
    expect(sum(after, 'xteam_recommendation_runs_total')).toBeGreaterThan(
      sum(before, 'xteam_recommendation_runs_total'),
    );
    expect(
      after.get('xteam_http_request_duration_seconds_count{method="POST",route="/api/audit/submit",status="2xx"}'),
    ).toBeGreaterThan(
      before.get('xteam_http_request_duration_seconds_count{method="POST",route="/api/audit/submit",status="2xx"}') ??
        0,
    );
    // The worker renders the report; the scrape reads the queue from the database.
    const rendered = 'xteam_jobs{queue="report.render",state="completed"}';
    await waitFor(
      async () => {
        const report = await fetch(url(`/api/audit/results/${body.auditId}/report`));
        return report.status === 200;
      },
      { timeoutMs: 60_000, what: 'the report' },
    );
    const latest = await waitFor(
      async () => {
        const samples = await scrape();
        return (samples.get(rendered) ?? 0) > (before.get(rendered) ?? 0) ? samples : null;
      },
      { timeoutMs: 60_000, what: 'the completed render in the metrics' },
    );
    expect(latest.get('xteam_pdf_render_seconds{quantile="0.5"}')).toBeGreaterThan(0);
  }, 150_000);
});

describe('/api/ready', () => {
  it('is ready when every dependency answers', async () => {
    const response = await fetch(url('/api/ready'));
    const body = await response.json();
    expect({ status: response.status, body: body.status }).toEqual({ status: 200, body: 'ready' });
    expect(body.checks.storage.status).toBe('up');
    expect(body.checks.llm.status).toBe('not-configured');
  });

  it('names a stopped dependency: storage and the LLM provider on a closed port', async () => {
    // A loopback port with nothing listening: the store and the provider are "stopped".
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = server.address() as { port: number };
        server.close(() => resolve(free));
      });
    });
    instance = await startInstance({
      env: {
        S3_BUCKET: 'reports',
        S3_ENDPOINT: `http://127.0.0.1:${port}`,
        S3_ACCESS_KEY_ID: 'test-key',
        S3_SECRET_ACCESS_KEY: 'test-secret',
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
      },
    });
    const response = await fetch(`${instance.baseUrl}/api/ready`);
    const body = await response.json();
    expect(response.status).toBe(503);
    expect(body.status).toBe('not-ready');
    expect(body.checks.storage.status).toBe('down');
    expect(body.checks.llm.status).toBe('down');
    expect(body.checks.database.status).toBe('up');
  }, 120_000);
});
