'use client';
// One choice among catalogue options (radio cards), optionally with the visitor's own answer.
import { useId, useState } from 'react';
import { cn } from '@/lib/cn';

interface Option {
  slug: string;
  label: string;
}

export function SingleChoice({
  legend,
  options,
  value,
  onChange,
  otherLabel,
}: {
  legend: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  /** Offer a free-text answer under this label. */
  otherLabel?: string;
}) {
  const name = useId();
  const isCatalogue = options.some((option) => option.slug === value);
  const [otherOpen, setOtherOpen] = useState(!!value && !isCatalogue);
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="sr-only">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label
            key={option.slug}
            className={cn(
              'flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border px-4 py-3 text-ink transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600',
              value === option.slug ? 'border-brand-600 bg-brand-50' : 'border-slate-300 hover:border-brand-300',
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.slug}
              checked={value === option.slug}
              onChange={() => {
                setOtherOpen(false);
                onChange(option.slug);
              }}
              className="h-4 w-4 accent-brand-600"
            />
            {option.label}
          </label>
        ))}
      </div>
      {otherLabel && (
        <div className="flex flex-col gap-2">
          <label className="flex items-center gap-3 text-ink">
            <input
              type="radio"
              name={name}
              checked={otherOpen}
              onChange={() => {
                setOtherOpen(true);
                onChange('');
              }}
              className="h-4 w-4 accent-brand-600"
            />
            {otherLabel}
          </label>
          {otherOpen && (
            <input
              type="text"
              aria-label={otherLabel}
              value={isCatalogue ? '' : value}
              onChange={(event) => onChange(event.target.value)}
              maxLength={100}
              className="h-11 rounded-lg border border-slate-300 px-3 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
              autoFocus
            />
          )}
        </div>
      )}
    </fieldset>
  );
}
