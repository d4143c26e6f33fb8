// Small calculations behind the dashboard's figures: comparisons with the previous period,
// rates, zero-filled daily series and the maturity histogram.
import { eachDay, type Period } from './range';

export interface Comparison {
  current: number | null;
  previous: number | null;
  /**
   * Counts: relative change in percent; rates and scores: the difference in points (one
   * decimal). Null when there is nothing to compare with (a count of 0, or no value).
   */
  change: number | null;
  changeUnit: 'percent' | 'points';
  direction: 'up' | 'down' | 'flat';
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function compare(current: number | null, previous: number | null, unit: 'percent' | 'points'): Comparison {
  const base = { current, previous, changeUnit: unit };
  if (current === null || previous === null) return { ...base, change: null, direction: 'flat' };
  const direction = current > previous ? 'up' : current < previous ? 'down' : 'flat';
  if (unit === 'points') return { ...base, change: round1(current - previous), direction };
  return { ...base, change: previous === 0 ? null : round1(((current - previous) / previous) * 100), direction };
}

/** A share in percent with one decimal; null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : round1((part / whole) * 100);
}

export interface DailyCount {
  day: string;
  started: number;
  completed: number;
}

/** One row per day of the period, days without audits as zeros. */
export function zeroFillDaily(period: Period, rows: DailyCount[]): DailyCount[] {
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return eachDay(period).map((day) => byDay.get(day) ?? { day, started: 0, completed: 0 });
}

export interface MaturityBucket {
  /** "0-9" ... "80-89", and "90-100" (100 belongs to the top bucket). */
  label: string;
  min: number;
  audits: number;
}

/** Ten buckets of ten points; `rows` are the SQL's counts by least(score / 10, 9). */
export function maturityHistogram(rows: Array<{ bucket: number; audits: number }>): MaturityBucket[] {
  const counts = new Map(rows.map((row) => [row.bucket, row.audits]));
  return Array.from({ length: 10 }, (_, bucket) => ({
    label: bucket === 9 ? '90-100' : `${bucket * 10}-${bucket * 10 + 9}`,
    min: bucket * 10,
    audits: counts.get(bucket) ?? 0,
  }));
}
