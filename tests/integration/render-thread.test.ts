// The worker's real render thread (scripts/render-thread.ts), from the scripts bundle this run
// of npm test was started from: a report renders there to a complete PDF, as in process.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { composeReport } from '@/domain/report/compose';
import { makeReportInput } from '@/domain/report/fixtures.test-support';
import { countPdfPages, renderAuditReport } from '@/server/reports/render';
import { renderThreadPool } from '@/server/reports/render-thread';

const scripts = path.resolve('node_modules/.cache/xteam-scripts');
const bundle = JSON.parse(readFileSync(path.join(scripts, 'current.json'), 'utf8')) as { dir: string };

it('renders a report on the bundled thread, page for page as in process', async () => {
  const pool = renderThreadPool(path.join(scripts, bundle.dir, 'render-thread.mjs'));
  try {
    const report = composeReport(makeReportInput({ company: 'Threaded Logistics GmbH' }));
    const [threaded, inProcess] = await Promise.all([pool.render(report), renderAuditReport(report)]);
    expect(threaded.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(threaded.pdf.subarray(-8).toString()).toContain('%%EOF');
    expect(threaded.pageCount).toBe(countPdfPages(threaded.pdf));
    expect(threaded.pageCount).toBe(inProcess.pageCount);
    expect(threaded.pdf.length).toBeGreaterThan(20_000);
  } finally {
    await pool.close();
  }
}, 60_000);
