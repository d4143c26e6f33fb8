import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeReport } from '@/domain/report/compose';
import { makeReportInput } from '@/domain/report/fixtures.test-support';
import { countPdfPages, renderAuditReport } from './render';

describe('renderAuditReport', () => {
  it('renders every section with embedded fonts, readable by pdftotext', async () => {
    const report = composeReport(makeReportInput());
    const { pdf, pageCount } = await renderAuditReport(report);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'report-')), 'report.pdf');
    writeFileSync(file, pdf);

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`Pages:\\s+${pageCount}\\b`));
    expect(pageCount).toBeGreaterThanOrEqual(6);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/Inter-Regular\s+CID TrueType\s+Identity-H\s+yes/);

    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'Nordwerk Components GmbH',
      `${report.score}/100`,
      report.tier,
      'Executive summary'.toUpperCase(),
      'Where you stand, dimension by dimension',
      'What automation is worth to you',
      'Assumptions',
      'Your first 90 days',
      'Next steps',
      `Page 2 of ${pageCount}`,
      ...report.recommendations.map((r) => r.title),
    ]) {
      expect(text).toContain(expected);
    }
  }, 30_000);

  it('counts pages, not the page tree', () => {
    const pdf = Buffer.from('<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page /Parent 1 0 R >>', 'latin1');
    expect(countPdfPages(pdf)).toBe(2);
  });
});
