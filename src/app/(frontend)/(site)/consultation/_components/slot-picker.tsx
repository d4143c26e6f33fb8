'use client';
// Free consultation times in the visitor's time zone: a day, then a time. Radio groups, so
// the arrow keys move between options and screen readers announce the choice.
import { useState } from 'react';
import { cn } from '@/lib/cn';

export interface Slot {
  startsAt: string;
  endsAt: string;
}

const dayKey = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(iso),
  );

export function groupByDay(slots: readonly Slot[], timeZone: string): Array<{ day: string; slots: Slot[] }> {
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const key = dayKey(slot.startsAt, timeZone);
    days.set(key, [...(days.get(key) ?? []), slot]);
  }
  return [...days].map(([day, daySlots]) => ({ day, slots: daySlots }));
}

export function formatTime(iso: string, timeZone: string) {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
}

export function formatDate(iso: string, timeZone: string, withYear = false) {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(new Date(iso));
}

export function SlotPicker({
  slots,
  timeZone,
  value,
  onChange,
}: {
  slots: readonly Slot[];
  timeZone: string;
  value: string | null;
  onChange: (startsAt: string) => void;
}) {
  const days = groupByDay(slots, timeZone);
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const selectedDay =
    days.find((d) => d.day === chosenDay) ?? days.find((d) => d.slots.some((s) => s.startsAt === value)) ?? days[0];
  if (!selectedDay) {
    return (
      <p className="rounded-xl bg-slate-50 p-4 text-ink-muted ring-1 ring-slate-200">
        There are no free times in the coming weeks. Please write to us and we will find one.
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-5">
      {/* min-w-0: a fieldset is at least as wide as its content, which would defeat the scrolling day list. */}
      <fieldset className="min-w-0">
        <legend className="mb-2 text-sm font-medium text-ink">Day</legend>
        {/* relative: the visually hidden radios are positioned inside their cards, so they never
            widen the page or land outside the scrolling list. */}
        <div className="relative -mx-1 flex gap-2 overflow-x-auto px-1 pb-2" role="radiogroup" aria-label="Day">
          {days.map(({ day, slots: daySlots }) => {
            const checked = day === selectedDay.day;
            const first = daySlots[0]!.startsAt;
            return (
              <label
                key={day}
                className={cn(
                  'relative flex min-w-[6.5rem] cursor-pointer flex-col rounded-xl border px-3 py-2 text-left has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600',
                  checked
                    ? 'border-brand-600 bg-brand-600 text-white'
                    : 'border-slate-200 bg-white text-ink hover:border-brand-400',
                )}
              >
                <input
                  type="radio"
                  name="day"
                  value={day}
                  checked={checked}
                  onChange={() => setChosenDay(day)}
                  className="sr-only"
                />
                <span className="text-xs font-medium uppercase tracking-wide opacity-80">
                  {new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short' }).format(new Date(first))}
                </span>
                <span className="font-semibold">
                  {new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short' }).format(
                    new Date(first),
                  )}
                </span>
                <span className="text-xs opacity-80">{daySlots.length} free</span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <fieldset className="min-w-0">
        <legend className="mb-2 text-sm font-medium text-ink">
          Time on {formatDate(selectedDay.slots[0]!.startsAt, timeZone)}
        </legend>
        <div className="grid grid-cols-3 gap-2 sm:grid-cols-4">
          {selectedDay.slots.map((slot) => {
            const checked = slot.startsAt === value;
            return (
              <label
                key={slot.startsAt}
                className={cn(
                  'relative cursor-pointer rounded-lg border px-3 py-2 text-center font-semibold has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600',
                  checked
                    ? 'border-brand-600 bg-brand-600 text-white'
                    : 'border-slate-200 bg-white text-ink hover:border-brand-400',
                )}
              >
                <input
                  type="radio"
                  name="time"
                  value={slot.startsAt}
                  checked={checked}
                  onChange={() => onChange(slot.startsAt)}
                  className="sr-only"
                />
                {formatTime(slot.startsAt, timeZone)}
              </label>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
