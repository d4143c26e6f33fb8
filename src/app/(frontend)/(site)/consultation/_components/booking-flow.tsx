'use client';
// Booking a consultation: a free time in the visitor's time zone, then name and email.
// A time taken by someone else meanwhile is explained and the list refreshed.
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/field';
import { rememberFirstTouch } from '@/lib/first-touch';
import { seedErrorOf } from '@/lib/seed-error';
import { api } from '@/trpc/react';
import { formatDate, formatTime, SlotPicker } from './slot-picker';
import { browserTimeZone, TimeZoneSelect } from './time-zone-select';
import { LoadingNotice } from '@/components/ui/loading-notice';

export function BookingFlow({ auditId }: { auditId: string | null }) {
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const [fields, setFields] = useState({ name: '', email: '', company: '', notes: '' });
  const slots = api.booking.slots.useQuery(undefined, { refetchOnWindowFocus: true });
  const utils = api.useUtils();
  const book = api.booking.book.useMutation({
    onError: (error) => {
      if (seedErrorOf(error)?.code === 'CONFLICT') {
        setStartsAt(null);
        void utils.booking.slots.invalidate();
      }
    },
  });
  // First-touch attribution for the lead: remembered on the first page with this form.
  useEffect(() => void rememberFirstTouch(), []);
  const error = seedErrorOf(book.error);
  const errors = error?.fieldErrors ?? {};
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  if (book.data) {
    return (
      <div
        role="status"
        className="flex flex-col gap-4 rounded-2xl bg-white p-6 ring-1 ring-slate-200 sm:p-8"
        data-testid="booking-success"
      >
        <h2 className="text-2xl font-bold text-ink">You are booked</h2>
        <p className="text-lg text-ink">
          {formatDate(book.data.startsAt, timeZone, true)}, {formatTime(book.data.startsAt, timeZone)}–
          {formatTime(book.data.endsAt, timeZone)}{' '}
          <span className="text-ink-muted">({timeZone.replace(/_/g, ' ')})</span>
        </p>
        <p className="text-ink-muted">
          A confirmation with a calendar invitation is on its way to{' '}
          <strong className="text-ink">{fields.email}</strong>. It contains your personal link to reschedule or cancel.
        </p>
        <p>
          <a href={book.data.manageUrl} className="font-semibold text-brand-700 underline">
            Manage this booking
          </a>
        </p>
      </div>
    );
  }

  return (
    <form
      noValidate
      className="flex flex-col gap-6 rounded-2xl bg-white p-5 ring-1 ring-slate-200 sm:p-8"
      aria-label="Book a consultation"
      onSubmit={(event) => {
        event.preventDefault();
        if (!startsAt) return;
        const { utm, referrer } = rememberFirstTouch();
        book.mutate({
          utm,
          referrer,
          startsAt,
          timeZone,
          name: fields.name,
          email: fields.email,
          company: fields.company || null,
          notes: fields.notes || null,
          auditId,
        });
      }}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <h2 className="text-xl font-bold text-ink">1. Choose a time</h2>
        <TimeZoneSelect value={timeZone} onChange={setTimeZone} />
      </div>
      {error?.code === 'CONFLICT' && (
        <p role="alert" className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
          {error.message}
        </p>
      )}
      {slots.isPending ? (
        <LoadingNotice className="h-40 rounded-xl bg-slate-100 p-4">Loading free times…</LoadingNotice>
      ) : slots.isError ? (
        <div role="alert" className="flex flex-col items-start gap-3 rounded-xl bg-red-50 p-4 text-sm text-red-800">
          <p>We could not load the free times.</p>
          <Button variant="secondary" onClick={() => void slots.refetch()}>
            Try again
          </Button>
        </div>
      ) : (
        <SlotPicker slots={slots.data.slots} timeZone={timeZone} value={startsAt} onChange={setStartsAt} />
      )}
      {errors.startsAt && error?.code !== 'CONFLICT' && <p className="text-sm text-red-700">{errors.startsAt}</p>}

      <h2 className="border-t border-slate-100 pt-6 text-xl font-bold text-ink">2. Your details</h2>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label="Your name"
          name="name"
          autoComplete="name"
          required
          value={fields.name}
          error={errors.name}
          onChange={set('name')}
        />
        <TextField
          label="Work email"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={fields.email}
          error={errors.email}
          onChange={set('email')}
        />
        <TextField
          label="Company (optional)"
          name="company"
          autoComplete="organization"
          value={fields.company}
          error={errors.company}
          onChange={set('company')}
        />
      </div>
      <TextAreaField
        label="Anything we should know? (optional)"
        name="notes"
        rows={3}
        maxLength={2000}
        value={fields.notes}
        onChange={set('notes')}
        error={errors.notes}
        placeholder="e.g. the process you would like to automate first"
      />
      {auditId && (
        <p className="rounded-lg bg-brand-50 p-3 text-sm text-brand-900">
          Your AI audit results are linked to this booking, so your consultant can prepare.
        </p>
      )}
      {error && error.code !== 'CONFLICT' && !errors.name && !errors.email && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 ring-1 ring-red-200">
          {error.message}
        </p>
      )}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-4">
        <Button type="submit" size="lg" disabled={!startsAt || book.isPending}>
          {book.isPending ? 'Booking…' : 'Book consultation'}
        </Button>
        <p className="text-sm text-ink-subtle">
          {startsAt ? `${formatDate(startsAt, timeZone)}, ${formatTime(startsAt, timeZone)}` : 'Choose a time first.'}
        </p>
      </div>
    </form>
  );
}
