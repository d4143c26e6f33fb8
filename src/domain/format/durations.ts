// Durations in words: payback months and hours, one wording everywhere (the ROI forecast runs
// three years, so a payback beyond it is "not within 3 years"). Pure.
const DEFAULT_LOCALE = 'en-US';

/** What a payback beyond the forecast reads as. */
export const NO_PAYBACK = 'not within 3 years';

const number = (value: number, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);

/** "5.5 months", "1 month", or "not within 3 years" (null: no payback in the forecast). */
export function formatMonths(months: number | null, locale = DEFAULT_LOCALE): string {
  if (months === null) return NO_PAYBACK;
  return `${number(months, locale)} ${months === 1 ? 'month' : 'months'}`;
}

/** "1,200 h", "7.5 h" */
export function formatHours(hours: number, locale = DEFAULT_LOCALE): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(hours)} h`;
}

/** "1,200" (a count such as hours a year, with grouping). */
export function formatCount(value: number, locale = DEFAULT_LOCALE): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
