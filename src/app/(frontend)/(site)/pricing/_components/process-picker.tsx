'use client';
// Which processes to automate and the hours a week each takes: catalogue processes as
// checkboxes, plus the visitor's own in their words.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { CalculatorProcessState, CatalogueEntry } from './calculator-state';
import { NumberSlider } from './number-slider';

export function ProcessPicker({
  catalogue,
  processes,
  maxHours,
  onToggle,
  onHours,
  onAdd,
  onRemove,
}: {
  catalogue: readonly CatalogueEntry[];
  processes: readonly CalculatorProcessState[];
  maxHours: number;
  onToggle: (entry: CatalogueEntry, checked: boolean) => void;
  onHours: (name: string, hours: number) => void;
  onAdd: (name: string) => void;
  onRemove: (name: string) => void;
}) {
  const [custom, setCustom] = useState('');
  const own = processes.filter((p) => p.slug === null);
  const add = () => {
    const name = custom.trim();
    if (!name) return;
    onAdd(name);
    setCustom('');
  };
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-2 text-sm font-medium text-ink">Processes to automate, and hours per week today</legend>
      <ul className="flex flex-col gap-2">
        {catalogue.map((entry) => {
          const chosen = processes.find((p) => p.slug === entry.slug);
          return (
            <li key={entry.slug} className="rounded-xl border border-slate-200 bg-white p-3">
              <label className="flex cursor-pointer items-center gap-3 text-sm font-medium text-ink">
                <input
                  type="checkbox"
                  checked={Boolean(chosen)}
                  onChange={(event) => onToggle(entry, event.target.checked)}
                  className="h-4 w-4 accent-brand-600"
                />
                {entry.label}
              </label>
              {chosen && (
                <div className="mt-3 pl-7">
                  <NumberSlider
                    label={`Hours per week on ${entry.label.toLowerCase()}`}
                    value={chosen.hours}
                    min={0}
                    max={maxHours}
                    step={0.5}
                    unit="h/wk"
                    onChange={(hours) => onHours(chosen.name, hours)}
                  />
                </div>
              )}
            </li>
          );
        })}
        {own.map((process) => (
          <li key={process.name} className="rounded-xl border border-brand-200 bg-brand-50/40 p-3">
            <div className="flex items-center justify-between gap-3">
              <span className="text-sm font-medium text-ink">{process.name}</span>
              <button
                type="button"
                onClick={() => onRemove(process.name)}
                className="rounded-md px-2 py-1 text-sm font-medium text-ink-muted hover:bg-white hover:text-red-700"
                aria-label={`Remove ${process.name}`}
              >
                Remove
              </button>
            </div>
            <div className="mt-3">
              <NumberSlider
                label={`Hours per week on ${process.name}`}
                value={process.hours}
                min={0}
                max={maxHours}
                step={0.5}
                unit="h/wk"
                onChange={(hours) => onHours(process.name, hours)}
              />
            </div>
          </li>
        ))}
      </ul>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-1.5">
          <label htmlFor="custom-process" className="text-sm font-medium text-ink">
            Another process, in your words
          </label>
          <input
            id="custom-process"
            value={custom}
            maxLength={120}
            placeholder="e.g. Chasing contract signatures"
            onChange={(event) => setCustom(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
            className="h-11 rounded-lg border border-slate-300 bg-white px-3 text-base text-ink shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
          />
        </div>
        <Button variant="secondary" onClick={add} disabled={!custom.trim() || processes.length >= 20}>
          Add process
        </Button>
      </div>
    </fieldset>
  );
}
