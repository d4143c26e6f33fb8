import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeReport } from '@/domain/report/compose';
import { formatMoney, formatMonths } from '@/domain/format';
import { makeReportInput } from '@/domain/report/fixtures.test-support';
import { axisFigures } from './document/radar';
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

  it('names the radar axes and puts the score, tier, headline figures and recipient on the cover', async () => {
    const report = composeReport(makeReportInput({ contactEmail: 'anna.berg@nordwerk.example' }));
    const { pdf } = await renderAuditReport(report);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'report-')), 'report.pdf');
    writeFileSync(file, pdf);
    if (process.env.REPORT_PDF_OUT) writeFileSync(process.env.REPORT_PDF_OUT, pdf);
    const page = (n: number) =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      );

    const cover = page(1);
    const { roi } = report;
    expect(report.headline.map((f) => f.label)).toEqual(['Annual savings', 'Payback', '3-year ROI']);
    for (const expected of [
      'Nordwerk Components GmbH',
      'anna.berg@nordwerk.example',
      '25 November 2026',
      String(report.score),
      report.tier,
      // The results page's "Expected" column, from the same forecast.
      formatMoney(roi.annualSavings.expected, roi.currency),
      formatMonths(roi.paybackMonths.expected),
      `${roi.threeYearRoiPercent.expected}%`,
    ]) {
      expect(cover).toContain(expected);
    }

    // The radar (page 2) labels each axis with the dimension's name and figures, not a number.
    const summary = page(2);
    for (const dimension of report.dimensions) {
      for (const word of dimension.label.split(' ')) expect(summary).toContain(word);
      expect(summary).toContain(axisFigures(dimension));
    }
    expect(summary).not.toMatch(/\b1 Process maturity/);
  }, 30_000);

  it('counts pages, not the page tree', () => {
    const pdf = Buffer.from('<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page /Parent 1 0 R >>', 'latin1');
    expect(countPdfPages(pdf)).toBe(2);
  });
});
