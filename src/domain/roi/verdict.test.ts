import { describe, expect, it } from 'vitest';
import { forecastRoi, type RoiAssumptions } from './forecast';
import { makeConfig } from '../audit/fixtures.test-support';
import { roiVerdict } from './verdict';

const config = makeConfig();
const assumptions: RoiAssumptions = {
  currency: 'EUR',
  hourlyCost: 50,
  implementationMultiplier: 1,
  roi: config.roi,
};

describe('roiVerdict', () => {
  it('says nothing when the forecast pays back within three years', () => {
    const roi = forecastRoi([{ name: 'Invoices', processType: 'document-processing', weeklyHours: 60 }], assumptions);
    expect(roiVerdict(roi)).toEqual({ pays: true, statement: null });
    expect(roiVerdict(forecastRoi([], assumptions))).toEqual({ pays: true, statement: null });
  });

  it('says so plainly and leads with the cheapest pilot when the ROI is negative', () => {
    const roi = forecastRoi(
      [
        { name: 'Invoices', processType: 'document-processing', weeklyHours: 12 },
        { name: 'Small thing', processType: 'general', weeklyHours: 1 },
        { name: 'Another small thing', processType: 'general', weeklyHours: 1 },
      ],
      assumptions,
    );
    expect(roi.threeYearRoiPercent.expected).toBeLessThan(0);
    expect(roi.pilot).toMatchObject({ name: 'Invoices' });
    const verdict = roiVerdict(roi);
    expect(verdict.pays).toBe(false);
    expect(verdict.statement).toMatch(/^Honestly: automating all 3 processes at once does not pay off/);
    expect(verdict.statement).toContain('a pilot on “Invoices” alone costs about €');
  });

  it('falls back to general advice when even the pilot does not pay', () => {
    const roi = forecastRoi([{ name: 'Tiny', processType: 'general', weeklyHours: 0.2 }], assumptions);
    expect(roi.paybackMonths.expected).toBeNull();
    expect(roi.pilot?.paybackMonths).toBeNull();
    const verdict = roiVerdict(roi);
    expect(verdict.statement).toContain('the savings we can count would not cover the running costs');
    expect(verdict.statement).toContain('Start with the cheapest pilot, one process');
  });
});
