// The headline figures, each with the previous period's value and the change, in words too.
import type { Comparison } from '@/domain/analytics/figures';
import { cn } from '@/lib/cn';

export interface HeadlineSpec {
  key: string;
  label: string;
  format: 'count' | 'percent' | 'score';
  /** Where the figure comes from (records, or counted visits). */
  source: 'records' | 'counted visits';
}

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function formatValue(value: number | null, format: HeadlineSpec['format']): string {
  if (value === null) return '–';
  return format === 'percent' ? `${number.format(value)}%` : number.format(value);
}

function changeText(c: Comparison): string {
  if (c.change === null) {
    if (c.current === null || c.previous === null) return 'no comparison';
    return c.current === c.previous ? 'no change' : 'new';
  }
  const sign = c.change > 0 ? '+' : c.change < 0 ? '−' : '±';
  return `${sign}${number.format(Math.abs(c.change))}${c.changeUnit === 'percent' ? '%' : ' pts'}`;
}

function sentence(label: string, c: Comparison, format: HeadlineSpec['format']): string {
  const previous = formatValue(c.previous, format);
  const trend =
    c.change === null
      ? c.current !== null && c.current === c.previous
        ? 'unchanged, '
        : ''
      : c.direction === 'flat'
        ? 'unchanged, '
        : `${c.direction} ${number.format(Math.abs(c.change))}${c.changeUnit === 'percent' ? '%' : ' points'}, `;
  return `${label}: ${formatValue(c.current, format)}, ${trend}previous period ${previous}.`;
}

export function HeadlineCards({ specs, figures }: { specs: HeadlineSpec[]; figures: Record<string, Comparison> }) {
  return (
    <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4" aria-label="Headline figures">
      {specs.map((spec) => {
        const c = figures[spec.key]!;
        return (
          <li
            key={spec.key}
            data-testid={`headline-${spec.key}`}
            className="flex flex-col gap-1 rounded-2xl bg-white p-4 ring-1 ring-slate-200"
          >
            <span className="sr-only">
              {sentence(spec.label, c, spec.format)} Source: {spec.source}.
            </span>
            <span aria-hidden="true" className="text-sm text-ink-muted">
              {spec.label}
            </span>
            <span aria-hidden="true" className="text-2xl font-bold tabular-nums text-ink" data-testid="value">
              {formatValue(c.current, spec.format)}
            </span>
            <span aria-hidden="true" className="flex flex-wrap items-center gap-x-2 text-xs">
              <span
                className={cn(
                  'font-semibold',
                  c.direction === 'up' && 'text-emerald-700',
                  c.direction === 'down' && 'text-rose-700',
                  c.direction === 'flat' && 'text-ink-muted',
                )}
              >
                {c.direction === 'up' ? '▲' : c.direction === 'down' ? '▼' : '■'} {changeText(c)}
              </span>
              <span className="text-ink-subtle" data-testid="previous">
                prev. {formatValue(c.previous, spec.format)}
              </span>
            </span>
            <span aria-hidden="true" className="text-xs text-ink-subtle" data-testid="source">
              from {spec.source}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
