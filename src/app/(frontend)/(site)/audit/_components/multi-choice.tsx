'use client';
// Several catalogue options (checkbox chips) plus the visitor's own words, added one by one
// (with Add, Enter, or by leaving the box).
import { useState, type KeyboardEvent } from 'react';
import { MAX_CHOICES } from '@/domain/audit/wizard-steps';
import { cn } from '@/lib/cn';

interface Option {
  slug: string;
  label: string;
}

export function MultiChoice({
  legend,
  options,
  values,
  onChange,
  ownWordsLabel,
}: {
  legend: string;
  options: Option[];
  values: string[];
  onChange: (values: string[]) => void;
  ownWordsLabel: string;
}) {
  const [draft, setDraft] = useState('');
  const known = new Set(options.map((option) => option.slug));
  const ownWords = values.filter((value) => !known.has(value));
  const full = values.length >= MAX_CHOICES;

  const toggle = (slug: string) =>
    onChange(values.includes(slug) ? values.filter((v) => v !== slug) : [...values, slug]);
  const addOwn = () => {
    const text = draft.trim();
    if (!text || full || values.some((v) => v.toLowerCase() === text.toLowerCase())) return;
    onChange([...values, text]);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      addOwn();
    }
  };

  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="sr-only">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => {
          const checked = values.includes(option.slug);
          return (
            <label
              key={option.slug}
              className={cn(
                'flex min-h-11 cursor-pointer items-center gap-2 rounded-full border px-4 py-2 text-sm font-medium transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600',
                checked
                  ? 'border-brand-600 bg-brand-600 text-white'
                  : 'border-slate-300 bg-white text-ink hover:border-brand-400',
                !checked && full && 'cursor-not-allowed opacity-50',
              )}
            >
              <input
                type="checkbox"
                className="sr-only"
                checked={checked}
                disabled={!checked && full}
                onChange={() => toggle(option.slug)}
              />
              {option.label}
            </label>
          );
        })}
      </div>
      <div className="flex flex-col gap-2">
        <label htmlFor={`${legend}-own`} className="text-sm font-medium text-ink">
          {ownWordsLabel}
        </label>
        <div className="flex gap-2">
          <input
            id={`${legend}-own`}
            type="text"
            value={draft}
            maxLength={200}
            disabled={full}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
            // Words typed but not added are not lost: leaving the box adds them (and so does Next).
            onBlur={addOwn}
            data-own-words
            className="h-11 flex-1 rounded-lg border border-slate-300 px-3 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
          />
          <button
            type="button"
            onClick={addOwn}
            disabled={!draft.trim() || full}
            className="h-11 rounded-lg border border-slate-300 px-4 text-sm font-semibold text-ink hover:border-brand-400 disabled:opacity-50"
          >
            Add
          </button>
        </div>
        {ownWords.length > 0 && (
          <ul className="flex flex-wrap gap-2" aria-label="Your own answers">
            {ownWords.map((text) => (
              <li
                key={text}
                className="flex items-center gap-1 rounded-full bg-accent-400/15 py-1 pl-3 pr-1 text-sm text-ink"
              >
                {text}
                <button
                  type="button"
                  onClick={() => onChange(values.filter((v) => v !== text))}
                  className="flex h-7 w-7 items-center justify-center rounded-full hover:bg-black/10"
                  aria-label={`Remove ${text}`}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="text-sm text-ink-subtle" aria-live="polite">
        {values.length} selected{full ? ` (the maximum is ${MAX_CHOICES})` : ''}
      </p>
    </fieldset>
  );
}
