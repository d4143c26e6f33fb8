// Money in words and figures, one way everywhere: results page, calculator, PDF, emails and the
// staff area ("€152,152"; whole units, the currency's own symbol). Pure.
const DEFAULT_LOCALE = 'en-US';

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${compact}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: compact ? 1 : 0,
      ...(compact ? { notation: 'compact' as const } : {}),
    });
    formatters.set(key, found);
  }
  return found;
}

/** "€152,152": rounded to whole units. */
export function formatMoney(value: number, currency: string, locale = DEFAULT_LOCALE): string {
  return formatter(locale, currency, false).format(Math.round(value));
}

/** "€152.2K", for chart axes. */
export function formatCompactMoney(value: number, currency: string, locale = DEFAULT_LOCALE): string {
  return formatter(locale, currency, true).format(value);
}

/** Like formatMoney, with a dash for a missing amount. */
export function formatMoneyOrDash(value: number | null | undefined, currency: string, locale = DEFAULT_LOCALE): string {
  return value === null || value === undefined ? '–' : formatMoney(value, currency, locale);
}
