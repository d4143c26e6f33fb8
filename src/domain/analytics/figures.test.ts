import { describe, expect, it } from 'vitest';
import { compare, maturityHistogram, percent, zeroFillDaily } from './figures';
import { eachDay, lastDays, periodOf, previousPeriod, rangeOfPeriod } from './range';

describe('periods', () => {
  it('turns inclusive days into a half-open UTC interval', () => {
    const period = periodOf({ from: '2026-02-27', to: '2026-03-02' });
    expect(period.start.toISOString()).toBe('2026-02-27T00:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-03-03T00:00:00.000Z');
    expect(period.days).toBe(4);
    expect(periodOf({ from: '2026-03-01', to: '2026-03-01' }).days).toBe(1);
  });

  it('compares with the same number of days right before', () => {
    const previous = previousPeriod(periodOf({ from: '2026-03-01', to: '2026-03-07' }));
    expect(rangeOfPeriod(previous)).toEqual({ from: '2026-02-22', to: '2026-02-28' });
    expect(previous.days).toBe(7);
    expect(previous.end.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('presets end today', () => {
    expect(lastDays(new Date('2026-03-10T22:00:00Z'), 7)).toEqual({ from: '2026-03-04', to: '2026-03-10' });
    expect(lastDays(new Date('2026-03-10T00:00:00Z'), 1)).toEqual({ from: '2026-03-10', to: '2026-03-10' });
  });

  it('lists every day, across a leap day', () => {
    expect(eachDay(periodOf({ from: '2028-02-28', to: '2028-03-01' }))).toEqual([
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
  });
});

describe('figures', () => {
  it('compares counts in percent with the previous period', () => {
    const c = (current: number, previous: number) => compare(current, previous, 'percent');
    expect(c(15, 10)).toEqual({ current: 15, previous: 10, change: 50, changeUnit: 'percent', direction: 'up' });
    expect(c(2, 3)).toMatchObject({ change: -33.3, direction: 'down' });
    expect(c(4, 4)).toMatchObject({ change: 0, direction: 'flat' });
    expect(c(3, 0)).toMatchObject({ change: null, direction: 'up' });
  });

  it('compares rates and scores in points, and nothing with a missing value', () => {
    expect(compare(62.5, 50, 'points')).toEqual({
      current: 62.5,
      previous: 50,
      change: 12.5,
      changeUnit: 'points',
      direction: 'up',
    });
    expect(compare(40, 45.3, 'points')).toMatchObject({ change: -5.3, direction: 'down' });
    expect(compare(null, 45, 'points')).toMatchObject({ change: null, direction: 'flat' });
    expect(compare(45, null, 'points')).toMatchObject({ change: null, direction: 'flat' });
  });

  it('computes shares', () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBeNull();
  });

  it('zero-fills days without audits', () => {
    const period = periodOf({ from: '2026-03-01', to: '2026-03-03' });
    expect(zeroFillDaily(period, [{ day: '2026-03-02', started: 3, completed: 1 }])).toEqual([
      { day: '2026-03-01', started: 0, completed: 0 },
      { day: '2026-03-02', started: 3, completed: 1 },
      { day: '2026-03-03', started: 0, completed: 0 },
    ]);
  });

  it('has ten maturity buckets, the top one holding 100', () => {
    const buckets = maturityHistogram([
      { bucket: 0, audits: 2 },
      { bucket: 9, audits: 5 },
    ]);
    expect(buckets).toHaveLength(10);
    expect(buckets[0]).toEqual({ label: '0-9', min: 0, audits: 2 });
    expect(buckets[4]).toEqual({ label: '40-49', min: 40, audits: 0 });
    expect(buckets[9]).toEqual({ label: '90-100', min: 90, audits: 5 });
  });
});
