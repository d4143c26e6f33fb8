// Number formats of /admin/experiments.
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
const count = new Intl.NumberFormat('en-GB');
const points = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, signDisplay: 'always' });

export const formatCount = (value: number) => count.format(value);
export const formatRate = (value: number | null) => (value === null ? '–' : percent.format(value));
/** A difference of proportions in percentage points, signed. */
export const formatPoints = (value: number) => `${points.format(value * 100).replace('-', '−')} pts`;

export function formatPValue(value: number): string {
  if (value < 0.001) return '< 0.001';
  return value.toFixed(3);
}
