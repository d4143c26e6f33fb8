// The date range: preset links and a plain GET form, so every range is a shareable URL that
// works on reload and without JavaScript.
import Link from 'next/link';
import { lastDays, type DayRange } from '@/domain/analytics/range';
import { buttonClasses } from '@/components/ui/button';
import { cn } from '@/lib/cn';

const PRESETS = [7, 30, 90] as const;

export const rangeHref = (range: DayRange) => `/admin/analytics?from=${range.from}&to=${range.to}`;

export function RangeForm({ range, now, error }: { range: DayRange; now: Date; error?: string }) {
  return (
    <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 ring-1 ring-slate-200 lg:flex-row lg:items-end lg:justify-between">
      <nav aria-label="Date range presets" className="flex flex-wrap gap-2">
        {PRESETS.map((days) => {
          const preset = lastDays(now, days);
          const current = preset.from === range.from && preset.to === range.to;
          return (
            <Link
              key={days}
              href={rangeHref(preset)}
              aria-current={current ? 'true' : undefined}
              className={cn(
                'rounded-full px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600',
                current && 'bg-brand-600 text-white ring-brand-600 hover:bg-brand-700',
              )}
            >
              Last {days} days
            </Link>
          );
        })}
      </nav>
      <form method="get" action="/admin/analytics" className="flex flex-wrap items-end gap-3" noValidate>
        <label className="flex flex-col gap-1 text-sm font-medium text-ink">
          From
          <input
            type="date"
            name="from"
            defaultValue={range.from}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'range-error' : undefined}
            className="h-10 rounded-lg border border-slate-300 px-3 text-sm focus-visible:outline-2 focus-visible:outline-brand-600"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-ink">
          To
          <input
            type="date"
            name="to"
            defaultValue={range.to}
            required
            className="h-10 rounded-lg border border-slate-300 px-3 text-sm focus-visible:outline-2 focus-visible:outline-brand-600"
          />
        </label>
        <button type="submit" className={buttonClasses('primary', 'md')}>
          Apply
        </button>
      </form>
      {error && (
        <p id="range-error" role="alert" className="text-sm font-medium text-rose-700 lg:basis-full">
          {error} Showing the last 30 days instead.
        </p>
      )}
    </div>
  );
}
