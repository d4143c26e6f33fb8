// Number formatting of the results page.
export function money(value: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
}

export function hours(value: number): string {
  return `${new Intl.NumberFormat('en-US').format(value)} h`;
}

export function months(value: number | null): string {
  return value === null ? 'not within 3 years' : `${value} months`;
}
