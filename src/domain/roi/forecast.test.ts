import { describe, expect, it } from 'vitest';
import { makeAnswers, makeConfig } from '../audit/fixtures.test-support';
import { roiAssumptionsFor, roiProcessesFor } from '../audit/roi-inputs';
import { forecastRoi } from './forecast';

const config = makeConfig();
const assumptions = roiAssumptionsFor(config, '100-500');

describe('forecastRoi', () => {
  it('computes every figure as a conservative / expected range', () => {
    const forecast = forecastRoi(roiProcessesFor(config, makeAnswers()), assumptions);
    expect(forecast.processes.map((p) => [p.name, p.weeklyHours, p.annualHours])).toEqual([
      ['Manual data entry', 75, 3450],
      ['Disconnected systems', 45, 2070],
    ]);
    expect(forecast.annualHoursSaved).toEqual({ conservative: 1532, expected: 2926 });
    expect(forecast.annualSavings).toEqual({ conservative: 79664, expected: 152152 });
    expect(forecast.implementationCost).toEqual({ conservative: 84500, expected: 65000 });
    expect(forecast.annualMaintenance).toEqual({ conservative: 12675, expected: 9750 });
    expect(forecast.paybackMonths).toEqual({ conservative: 15.1, expected: 5.5 });
    expect(forecast.efficiencyPercent).toEqual({ conservative: 28, expected: 53 });
    expect(forecast.threeYearRoiPercent).toEqual({ conservative: 138, expected: 557 });
    expect(forecast.currency).toBe('EUR');
  });

  it('lists the assumptions it used', () => {
    const forecast = forecastRoi(roiProcessesFor(config, makeAnswers()), assumptions);
    const byKey = Object.fromEntries(forecast.assumptions.map((a) => [a.key, a.value]));
    expect(byKey.hourlyCost).toBe('€52');
    expect(byKey.workingWeeks).toBe('46');
    expect(byKey['share:data-entry']).toBe('50%–70%');
    expect(byKey['share:reconciliation']).toBe('40%–60%');
    expect(byKey.risk).toBe('60%–80%');
    expect(byKey.maintenance).toBe('15% of implementation');
  });

  it('caps the weekly hours counted for one process', () => {
    const forecast = forecastRoi([{ name: 'Everything', processType: 'data-entry', weeklyHours: 500 }], assumptions);
    expect(forecast.processes[0]!.weeklyHours).toBe(120);
  });

  it('falls back to the general share for unknown process types', () => {
    const narrow = {
      ...assumptions,
      roi: {
        ...assumptions.roi,
        automationShare: assumptions.roi.automationShare.filter((s) => s.processType === 'general'),
      },
    };
    const forecast = forecastRoi([{ name: 'Invoices', processType: 'data-entry', weeklyHours: 10 }], narrow);
    expect(forecast.processes[0]!.automationShare).toEqual({ conservative: 0.15, expected: 0.25 });
  });

  it('uses zero shares when no share applies at all', () => {
    const none = { ...assumptions, roi: { ...assumptions.roi, automationShare: [] } };
    const forecast = forecastRoi([{ name: 'Invoices', processType: 'data-entry', weeklyHours: 10 }], none);
    expect(forecast.annualHoursSaved).toEqual({ conservative: 0, expected: 0 });
    expect(forecast.paybackMonths).toEqual({ conservative: null, expected: null });
  });

  it('builds nothing and promises nothing without manual workload', () => {
    const forecast = forecastRoi([{ name: 'Strategy', processType: 'general', weeklyHours: 0 }], assumptions);
    expect(forecast.processes).toEqual([]);
    expect(forecast.implementationCost).toEqual({ conservative: 0, expected: 0 });
    expect(forecast.paybackMonths).toEqual({ conservative: null, expected: null });
    expect(forecast.efficiencyPercent).toEqual({ conservative: 0, expected: 0 });
    expect(forecast.threeYearRoiPercent).toEqual({ conservative: 0, expected: 0 });
  });

  it('reports no payback and a negative ROI when savings do not cover the cost', () => {
    const forecast = forecastRoi([{ name: 'Rare task', processType: 'general', weeklyHours: 0.5 }], assumptions);
    expect(forecast.paybackMonths).toEqual({ conservative: null, expected: null });
    expect(forecast.threeYearRoiPercent.expected).toBeLessThan(0);
  });

  it('counts free-text pain points as general work', () => {
    const processes = roiProcessesFor(
      config,
      makeAnswers({ painPoints: [{ slug: null, text: 'Chasing signatures' }] }),
    );
    expect(processes).toEqual([
      { name: 'Chasing signatures', processType: 'general', weeklyHours: 15, estimated: true },
    ]);
  });

  it('uses the hours the visitor gave and marks the others estimated', () => {
    const processes = roiProcessesFor(
      config,
      makeAnswers({
        painPoints: [
          { slug: 'manual-data-entry', text: 'Manual data entry', weeklyHours: 30 },
          { slug: null, text: 'Chasing signatures' },
        ],
      }),
    );
    expect(processes.map((p) => [p.weeklyHours, p.estimated])).toEqual([
      [30, false],
      [15, true],
    ]);
    const roi = forecastRoi(processes, roiAssumptionsFor(config, '100-500'));
    expect(roi.processes.map((p) => p.estimated)).toEqual([false, true]);
  });

  it('falls back to the first company size for an unknown slug', () => {
    expect(roiAssumptionsFor(config, 'nope').hourlyCost).toBe(35);
  });
});
