'use client';
// Beside the pain points: roughly how many hours a week each costs, as ranges, every one
// skippable. A range is sent as its middle; a skipped pain point gets the catalogue's typical
// hours for the company's size on the server, marked estimated in the results.
import { HOURS_QUESTION } from '@/server/audit/steps';

interface Option {
  slug: string;
  label: string;
}

/** The ranges offered, each with the hours it stands for (its middle). */
export const HOUR_RANGES = [
  { label: 'Under 2 hours', hours: 1 },
  { label: '2–5 hours', hours: 3.5 },
  { label: '5–10 hours', hours: 7.5 },
  { label: '10–20 hours', hours: 15 },
  { label: '20–40 hours', hours: 30 },
  { label: 'More than 40 hours', hours: 50 },
] as const;

export function PainPointHours({
  options,
  painPoints,
  values,
  onChange,
}: {
  options: Option[];
  painPoints: string[];
  values: Record<string, number>;
  onChange: (values: Record<string, number>) => void;
}) {
  if (painPoints.length === 0) return null;
  const labelOf = (value: string) => options.find((o) => o.slug === value)?.label ?? value;
  const set = (painPoint: string, raw: string) => {
    const next = { ...values };
    if (raw === '') delete next[painPoint];
    else next[painPoint] = Number(raw);
    onChange(next);
  };
  return (
    <fieldset className="flex flex-col gap-3 border-t border-slate-100 pt-6" data-testid="pain-point-hours">
      <legend className="font-semibold text-ink">{HOURS_QUESTION}</legend>
      <p className="text-sm text-ink-muted">
        Optional. Skip any you are unsure about: we then use typical figures for a company of your size and mark them as
        estimated.
      </p>
      <ul className="flex flex-col gap-2">
        {painPoints.map((painPoint, index) => {
          const id = `hours-${index}`;
          const known = HOUR_RANGES.find((range) => range.hours === values[painPoint]);
          return (
            <li key={painPoint} className="flex flex-col gap-1 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
              <label htmlFor={id} className="text-sm text-ink">
                <span className="sr-only">Hours a week for </span>
                {labelOf(painPoint)}
              </label>
              <select
                id={id}
                value={known ? String(known.hours) : values[painPoint] !== undefined ? String(values[painPoint]) : ''}
                onChange={(event) => set(painPoint, event.target.value)}
                className="h-11 rounded-lg border border-slate-300 bg-white px-3 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200 sm:w-56"
              >
                <option value="">Not sure (skip)</option>
                {HOUR_RANGES.map((range) => (
                  <option key={range.hours} value={String(range.hours)}>
                    {range.label} a week
                  </option>
                ))}
                {values[painPoint] !== undefined && !known && (
                  <option value={String(values[painPoint])}>{values[painPoint]} hours a week</option>
                )}
              </select>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
