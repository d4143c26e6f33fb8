import { describe, expect, it } from 'vitest';
import { makeConfig } from '../audit/fixtures.test-support';
import { calculateRoi, CalculatorInputError, cumulativeCashflow, matchProcess } from './calculator';
import { forecastRoi } from './forecast';

const config = makeConfig();

function inputError(run: () => unknown): CalculatorInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof CalculatorInputError) return error;
    throw error;
  }
  throw new Error('expected a CalculatorInputError');
}

describe('calculateRoi', () => {
  it('answers the seed fields from the shared engine (expected scenario) with ranges beside them', () => {
    const result = calculateRoi(config, {
      employees: 250,
      processes: ['invoice processing'],
      timeSpent: { 'invoice processing': 20 },
    });
    // 20 h x 46 weeks = 920 h; document processing 45-65% automated, 60-80% realised.
    expect(result).toMatchObject({
      potentialSavings: 24856,
      implementationCost: 45500,
      paybackPeriod: 30.3,
      efficiency: 52,
      currency: 'EUR',
      companySize: '100–500 employees',
    });
    expect(result.ranges.potentialSavings).toEqual({ conservative: 12896, expected: 24856 });
    expect(result.ranges.implementationCost).toEqual({ conservative: 59150, expected: 45500 });
    expect(result.ranges.paybackPeriod).toEqual({ conservative: 176.4, expected: 30.3 });
    expect(result.ranges.efficiency).toEqual({ conservative: 27, expected: 52 });
    expect(result.ranges.annualHoursSaved).toEqual({ conservative: 248, expected: 478 });
    expect(result.processes).toEqual([
      {
        name: 'invoice processing',
        matched: { slug: 'invoice-processing', label: 'Invoice and payment processing' },
        weeklyHours: 20,
        estimated: false,
      },
    ]);
    expect(result.assumptions[0]).toEqual({
      key: 'companySize',
      label: 'Company size used for costs',
      value: '100–500 employees',
    });
  });

  it('estimates missing hours from the catalogue for the head-count', () => {
    const result = calculateRoi(config, { employees: 40, processes: ['manual-data-entry'], timeSpent: {} });
    // 25 hours per 100 employees.
    expect(result.processes[0]).toMatchObject({ weeklyHours: 10, estimated: true });
    const freeText = calculateRoi(config, { employees: 40, processes: ['Chasing signatures'], timeSpent: {} });
    expect(freeText.processes[0]).toMatchObject({ matched: null, weeklyHours: 2, estimated: true });
  });

  it('matches hours to processes in any case and counts a process once', () => {
    const result = calculateRoi(config, {
      employees: 120,
      processes: ['Manual reporting in spreadsheets', 'manual reporting in spreadsheets', 'Onboarding'],
      timeSpent: { 'MANUAL REPORTING IN SPREADSHEETS': 12, onboarding: 6 },
    });
    expect(result.processes.map((p) => [p.name, p.weeklyHours, p.estimated])).toEqual([
      ['Manual reporting in spreadsheets', 12, false],
      ['Onboarding', 6, false],
    ]);
  });

  it('refuses hours for a process that is not listed', () => {
    const error = inputError(() =>
      calculateRoi(config, { employees: 10, processes: ['Invoices'], timeSpent: { Payroll: 3 } }),
    );
    expect(error.field).toBe('timeSpent.Payroll');
  });

  it('refuses more hours than the people can work', () => {
    const error = inputError(() =>
      calculateRoi(config, { employees: 2, processes: ['Invoices'], timeSpent: { Invoices: 81 } }),
    );
    expect(error.field).toBe('timeSpent');
    expect(error.reason).toContain('80 hours');
  });

  it('refuses an impossible head-count and an empty process list', () => {
    expect(inputError(() => calculateRoi(config, { employees: 0, processes: ['x'], timeSpent: {} })).field).toBe(
      'employees',
    );
    expect(inputError(() => calculateRoi(config, { employees: 5, processes: ['  '], timeSpent: {} })).field).toBe(
      'processes',
    );
  });

  it('promises nothing for processes with no hours', () => {
    const result = calculateRoi(config, { employees: 5, processes: ['Invoices'], timeSpent: { Invoices: 0 } });
    expect(result).toMatchObject({ potentialSavings: 0, implementationCost: 0, paybackPeriod: null, efficiency: 0 });
  });
});

describe('matchProcess', () => {
  it('finds catalogue processes by slug, label or words', () => {
    expect(matchProcess(config, 'invoice-processing')?.slug).toBe('invoice-processing');
    expect(matchProcess(config, 'Slow approvals and hand-offs')?.slug).toBe('slow-approvals');
    expect(matchProcess(config, 'invoice processing')?.slug).toBe('invoice-processing');
    expect(matchProcess(config, 'Manual data entry of sales orders')?.slug).toBe('manual-data-entry');
    expect(matchProcess(config, 'Chasing signatures')).toBeUndefined();
    expect(matchProcess(config, 'and the')).toBeUndefined();
  });
});

describe('cumulativeCashflow', () => {
  it('starts at minus the implementation and crosses zero at the payback month', () => {
    const forecast = forecastRoi([{ name: 'Invoices', processType: 'data-entry', weeklyHours: 40 }], {
      currency: 'EUR',
      hourlyCost: 50,
      implementationMultiplier: 1,
      roi: config.roi,
    });
    const points = cumulativeCashflow(forecast, 24);
    expect(points).toHaveLength(25);
    expect(points[0]).toEqual({
      month: 0,
      conservative: -forecast.implementationCost.conservative,
      expected: -forecast.implementationCost.expected,
    });
    const payback = forecast.paybackMonths.expected!;
    expect(points[Math.floor(payback)]!.expected).toBeLessThan(0);
    expect(points[Math.ceil(payback)]!.expected).toBeGreaterThanOrEqual(0);
  });
});
