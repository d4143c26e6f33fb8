// PDF report figures: render time of one report (in this process, as the worker does it), and
// the web server's health-check latency while the worker renders ten reports queued at once.
import pg from 'pg';
import { composeReport } from '../../src/domain/report/compose';
import { makeReportInput } from '../../src/domain/report/fixtures.test-support';
import { renderAuditReport } from '../../src/server/reports/render';
import { step } from '../lib/log';
import { measure, type Measurement } from './stats';

export async function benchReportRender(count: number): Promise<Measurement> {
  // The first render loads fonts and warms the JIT; the worker pays it once per process.
  await renderAuditReport(composeReport(makeReportInput()));
  return measure('render one PDF report (react-pdf, in process)', count, 1, async (i) => {
    const { pageCount } = await renderAuditReport(composeReport(makeReportInput({ company: `Bench Company ${i}` })));
    return pageCount >= 6;
  });
}

const auditBody = (i: number) => ({
  industry: 'logistics',
  companySize: '100-500',
  painPoints: ['manual data entry', 'slow approvals', 'Drivers phone in every delivery status'],
  currentSystems: ['SAP ERP', 'spreadsheets'],
  kpis: ['operational efficiency', 'customer satisfaction'],
  contactInfo: { email: `bench-report-${i}-${Date.now()}@example.com`, company: `Bench Logistics ${i}` },
});

async function healthLatencies(baseUrl: string, until: () => Promise<boolean>, maxMs: number): Promise<number[]> {
  const latencies: number[] = [];
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline && !(await until())) {
    const t0 = performance.now();
    const response = await fetch(`${baseUrl}/api/health`);
    await response.arrayBuffer();
    latencies.push(performance.now() - t0);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return latencies.sort((a, b) => a - b);
}

const pct = (sorted: number[], p: number) =>
  sorted.length
    ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10
    : NaN;

export async function benchHealthWhileRendering(baseUrl: string, databaseUrl: string, reports = 10) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const idle = await measure('GET /api/health, idle', 60, 1, async () => (await fetch(`${baseUrl}/api/health`)).ok);
    const ids: string[] = [];
    await Promise.all(
      Array.from({ length: reports }, async (_, i) => {
        const response = await fetch(`${baseUrl}/api/audit/submit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.19.200.${i + 1}` },
          body: JSON.stringify(auditBody(i)),
        });
        ids.push(((await response.json()) as { auditId: string }).auditId);
      }),
    );
    const started = Date.now();
    const rendered = async () => {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM pdf_reports p JOIN audit_results r ON r.id = p.audit_result_id
         WHERE r.audit_id = ANY($1::uuid[])`,
        [ids],
      );
      return rows[0].n >= reports;
    };
    const during = await healthLatencies(baseUrl, rendered, 180_000);
    const seconds = (Date.now() - started) / 1000;
    step(`${reports} reports queued at once: all rendered and stored after ${seconds.toFixed(1)} s`);
    console.log('\n| health check | samples | p50 ms | p95 ms | max ms |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    console.log(`| idle | ${idle.count} | ${idle.p50} | ${idle.p95} | ${idle.p99} (p99) |`);
    console.log(
      `| while ${reports} reports render | ${during.length} | ${pct(during, 50)} | ${pct(during, 95)} | ${pct(during, 100)} |`,
    );
    console.log('');
  } finally {
    await client.end();
  }
}
