// A company size as people write it: "50-100", "10 to 50", "1,000-5,000", "1000+", "about 200",
// "over 500", "5k", 250. Read as a head-count range; its midpoint picks the catalogue range.
export interface HeadCountRange {
  low: number;
  /** null for an open range ("1000+", "more than 1,000"). */
  high: number | null;
}

const MAX_EMPLOYEES = 10_000_000;
const NUMBER = String.raw`\d{1,3}(?:[,. ]\d{3})+|\d+(?:\.\d+)?k?`;
const FILLER =
  /\b(?:employees?|staff|people|persons?|heads?|fte|ftes|workers|team members|approx(?:imately)?|about|around|roughly|circa|ca|some|almost|nearly|we are|we have)\b\.?|~|≈/g;

function toNumber(text: string): number {
  const thousands = text.endsWith('k');
  const digits = thousands ? text.slice(0, -1) : text;
  // "1,000" / "1.000" / "1 000" group thousands; "1.5k" is a decimal.
  const value = /^\d{1,3}(?:[,. ]\d{3})+$/.test(digits) ? Number(digits.replace(/[,. ]/g, '')) : Number(digits);
  return thousands ? Math.round(value * 1000) : value;
}

const usable = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_EMPLOYEES;

export function parseHeadCount(input: string | number): HeadCountRange | null {
  if (typeof input === 'number') return usable(input) ? { low: input, high: input } : null;
  const text = input.toLowerCase().replace(/[–—‑]/g, '-').replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  const n = `(${NUMBER})`;
  const patterns: Array<[RegExp, (a: number, b: number) => HeadCountRange]> = [
    [new RegExp(`^${n} ?(?:-|to|until|bis) ?${n}$`), (a, b) => ({ low: Math.min(a, b), high: Math.max(a, b) })],
    [
      new RegExp(`^(?:${n} ?\\+|(?:more than|over|above|at least|>=?) ?${n})$`),
      (a, b) => ({ low: a || b, high: null }),
    ],
    [new RegExp(`^(?:less than|under|below|up to|fewer than|<=?) ?${n}$`), (a) => ({ low: 1, high: a })],
    [new RegExp(`^${n}$`), (a) => ({ low: a, high: a })],
  ];
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [a, b] = [match[1], match[2]].map((part) => (part === undefined ? 0 : toNumber(part))) as [number, number];
    const range = build(a, b);
    if (!usable(range.low) || (range.high !== null && !usable(range.high))) return null;
    return range;
  }
  return null;
}

/** The head-count a range stands for: its midpoint, or 1.5x the floor of an open range. */
export function midpoint(range: HeadCountRange): number {
  return range.high === null ? Math.round(range.low * 1.5) : Math.round((range.low + range.high) / 2);
}
