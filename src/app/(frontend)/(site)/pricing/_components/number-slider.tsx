'use client';
// A slider and a number box for the same value: quick to drag, exact to type.
import { useId } from 'react';

export function NumberSlider({
  label,
  value,
  min,
  max,
  sliderMax = max,
  step = 1,
  unit,
  onChange,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  /** The slider's end when the box accepts more (e.g. head-counts beyond 1,000). */
  sliderMax?: number;
  step?: number;
  unit?: string;
  onChange: (value: number) => void;
}) {
  const id = useId();
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={`${id}-box`} className="text-sm font-medium text-ink">
        {label}
      </label>
      <div className="flex items-center gap-3">
        <input
          type="range"
          aria-label={`${label} (slider)`}
          min={min}
          max={sliderMax}
          step={step}
          value={Math.min(value, sliderMax)}
          onChange={(event) => onChange(clamp(Number(event.target.value)))}
          className="h-6 min-w-0 flex-1 cursor-pointer accent-brand-600"
        />
        <div className="flex items-center gap-1.5">
          <input
            id={`${id}-box`}
            type="number"
            inputMode="decimal"
            min={min}
            max={max}
            step={step}
            value={value}
            onChange={(event) => {
              const next = Number(event.target.value);
              if (event.target.value !== '' && Number.isFinite(next)) onChange(clamp(next));
            }}
            className="h-10 w-24 rounded-lg border border-slate-300 bg-white px-2 text-right text-base text-ink shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
          />
          {unit && <span className="w-10 text-sm text-ink-subtle">{unit}</span>}
        </div>
      </div>
    </div>
  );
}
