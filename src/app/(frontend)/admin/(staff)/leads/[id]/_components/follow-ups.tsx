'use client';
// The lead's follow-ups: schedule one (what, when, notes), complete an open one with what came
// of it, and add a note to any.
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { seedErrorOf } from '@/lib/seed-error';
import { addDays, instantOf, wallTimeIn } from '@/domain/booking/time-zone';
import { FOLLOW_UP_ACTIONS, FOLLOW_UP_LABELS } from '@/server/leads/schema';
import { api } from '@/trpc/react';
import { useDatePrefs } from '../../../_components/staff-time';

const input =
  'h-10 rounded-lg border border-slate-300 bg-white px-3 text-sm text-ink shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200';

const pad = (n: number) => String(n).padStart(2, '0');

/** Tomorrow at 10:00 in the staff member's time zone, as a datetime-local value. */
function tomorrowAtTen(timeZone: string) {
  const today = wallTimeIn(new Date(), timeZone);
  const day = addDays(today, 1);
  return `${day.year}-${pad(day.month)}-${pad(day.day)}T10:00`;
}

/** A datetime-local value read as a wall time in the zone; null when it is not one. */
function instantIn(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  return instantOf({ year, month, day, hour, minute }, timeZone);
}

export function ScheduleFollowUp({ leadId }: { leadId: string }) {
  const router = useRouter();
  const { timeZone } = useDatePrefs();
  const [actionType, setActionType] = useState<(typeof FOLLOW_UP_ACTIONS)[number]>('call');
  const [when, setWhen] = useState(() => tomorrowAtTen(timeZone));
  const [whenError, setWhenError] = useState<string>();
  const [notes, setNotes] = useState('');
  const schedule = api.leads.scheduleFollowUp.useMutation({
    onSuccess: () => {
      setNotes('');
      router.refresh();
    },
  });
  const error = seedErrorOf(schedule.error);
  return (
    <form
      aria-label="Schedule a follow-up"
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        // The input is a wall time in the staff member's zone; the server stores the instant.
        const scheduledAt = instantIn(when, timeZone);
        if (!scheduledAt) {
          setWhenError(`Choose a date and time that exists in ${timeZone}.`);
          return;
        }
        setWhenError(undefined);
        schedule.mutate({ leadId, actionType, scheduledAt, notes: notes || undefined });
      }}
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="follow-up-action" className="text-sm font-medium text-ink">
            Action
          </label>
          <select
            id="follow-up-action"
            value={actionType}
            onChange={(event) => setActionType(event.target.value as typeof actionType)}
            className={input}
          >
            {FOLLOW_UP_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {FOLLOW_UP_LABELS[action]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="follow-up-when" className="text-sm font-medium text-ink">
            When ({timeZone.replace(/_/g, ' ')})
          </label>
          <input
            id="follow-up-when"
            type="datetime-local"
            required
            value={when}
            onChange={(event) => setWhen(event.target.value)}
            aria-invalid={whenError ? true : undefined}
            aria-describedby={whenError ? 'follow-up-when-error' : undefined}
            className={input}
          />
          {whenError && (
            <p id="follow-up-when-error" className="text-xs text-red-700">
              {whenError}
            </p>
          )}
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="follow-up-notes" className="text-sm font-medium text-ink">
          Notes
        </label>
        <textarea
          id="follow-up-notes"
          rows={2}
          maxLength={2000}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-ink shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
        />
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {Object.values(error.fieldErrors)[0] ?? error.message}
        </p>
      )}
      <div>
        <Button type="submit" disabled={schedule.isPending}>
          {schedule.isPending ? 'Scheduling…' : 'Schedule follow-up'}
        </Button>
      </div>
    </form>
  );
}

/** Complete (with an outcome) or annotate one follow-up. */
export function FollowUpActions({ id, open }: { id: string; open: boolean }) {
  const router = useRouter();
  const fieldId = useId();
  const [mode, setMode] = useState<'complete' | 'annotate' | null>(null);
  const [text, setText] = useState('');
  const done = () => {
    setMode(null);
    setText('');
    router.refresh();
  };
  const complete = api.leads.completeFollowUp.useMutation({ onSuccess: done });
  const annotate = api.leads.annotateFollowUp.useMutation({ onSuccess: done });
  const pending = complete.isPending || annotate.isPending;
  const error = seedErrorOf(complete.error ?? annotate.error);

  if (!mode) {
    return (
      <div className="flex flex-wrap gap-2">
        {open && (
          <Button variant="secondary" onClick={() => setMode('complete')}>
            Complete…
          </Button>
        )}
        <Button variant="ghost" onClick={() => setMode('annotate')}>
          Add note
        </Button>
      </div>
    );
  }
  return (
    <form
      className="flex w-full flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (mode === 'complete') complete.mutate({ id, outcome: text || undefined });
        else annotate.mutate({ id, notes: text });
      }}
    >
      <label htmlFor={fieldId} className="text-sm font-medium text-ink">
        {mode === 'complete' ? 'Outcome (optional)' : 'Note'}
      </label>
      <textarea
        id={fieldId}
        rows={2}
        maxLength={mode === 'complete' ? 2000 : 5000}
        autoFocus
        value={text}
        onChange={(event) => setText(event.target.value)}
        className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-ink shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
      />
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {Object.values(error.fieldErrors)[0] ?? error.message}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : mode === 'complete' ? 'Mark done' : 'Save note'}
        </Button>
        <Button variant="ghost" onClick={() => setMode(null)} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
