'use client';
// The visitor's own booking, from the link in their email: see it, move it, or cancel it.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { seedErrorOf } from '@/lib/seed-error';
import { api } from '@/trpc/react';
import { formatDate, formatTime, SlotPicker } from '../../../_components/slot-picker';
import { browserTimeZone, TimeZoneSelect } from '../../../_components/time-zone-select';

type Mode = 'view' | 'reschedule' | 'cancel';

export function ManageBooking({ token }: { token: string }) {
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [mode, setMode] = useState<Mode>('view');
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const utils = api.useUtils();
  const booking = api.booking.manage.useQuery({ token });
  const slots = api.booking.rescheduleSlots.useQuery({ token }, { enabled: mode === 'reschedule' });
  const done = async () => {
    setMode('view');
    setStartsAt(null);
    await utils.booking.manage.invalidate({ token });
  };
  const reschedule = api.booking.reschedule.useMutation({
    onSuccess: done,
    onError: () => void utils.booking.rescheduleSlots.invalidate({ token }),
  });
  const cancel = api.booking.cancel.useMutation({ onSuccess: done });
  const error = seedErrorOf(reschedule.error ?? cancel.error);

  if (booking.isPending)
    return <p role="status" className="h-48 animate-pulse rounded-2xl bg-white ring-1 ring-slate-200" />;
  if (booking.isError || !booking.data) {
    return (
      <p role="alert" className="rounded-2xl bg-red-50 p-6 text-red-800 ring-1 ring-red-200">
        {seedErrorOf(booking.error)?.message ?? 'We could not load this booking.'}
      </p>
    );
  }
  const b = booking.data;
  const when = `${formatDate(b.startsAt, timeZone, true)}, ${formatTime(b.startsAt, timeZone)}–${formatTime(b.endsAt, timeZone)}`;
  return (
    <div
      className="flex flex-col gap-6 rounded-2xl bg-white p-5 ring-1 ring-slate-200 sm:p-8"
      data-testid="manage-booking"
      data-status={b.status}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <h2 className="text-xl font-bold text-ink">
          {b.status === 'cancelled' ? 'Cancelled consultation' : 'Your consultation'}
        </h2>
        <TimeZoneSelect value={timeZone} onChange={setTimeZone} />
      </div>
      <p
        className={b.status === 'cancelled' ? 'text-lg text-ink-muted line-through' : 'text-lg font-semibold text-ink'}
        data-testid="booking-when"
      >
        {when}
      </p>
      {b.status === 'cancelled' ? (
        <p className="text-ink-muted">
          This consultation is cancelled.{' '}
          <a href="/consultation" className="font-semibold text-brand-700 underline">
            Book a new time
          </a>
          .
        </p>
      ) : (
        <p className="text-ink-muted">{b.meetingDetails}</p>
      )}
      {error && (
        <p role="alert" className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
          {error.message}
        </p>
      )}
      {b.changeable && mode === 'view' && (
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button onClick={() => setMode('reschedule')}>Choose another time</Button>
          <Button variant="secondary" onClick={() => setMode('cancel')}>
            Cancel consultation
          </Button>
        </div>
      )}
      {mode === 'reschedule' && (
        <div className="flex flex-col gap-5 border-t border-slate-100 pt-6">
          <h3 className="font-semibold text-ink">Choose a new time</h3>
          {slots.isPending ? (
            <p role="status" className="h-32 animate-pulse rounded-xl bg-slate-100" />
          ) : slots.isError ? (
            <p role="alert" className="text-red-800">
              We could not load the free times. Please try again.
            </p>
          ) : (
            <SlotPicker slots={slots.data.slots} timeZone={timeZone} value={startsAt} onChange={setStartsAt} />
          )}
          <div className="flex flex-col gap-3 sm:flex-row">
            <Button
              disabled={!startsAt || reschedule.isPending}
              onClick={() => startsAt && reschedule.mutate({ token, startsAt })}
            >
              {reschedule.isPending ? 'Moving…' : 'Move my consultation'}
            </Button>
            <Button variant="ghost" onClick={() => setMode('view')}>
              Keep the current time
            </Button>
          </div>
        </div>
      )}
      {mode === 'cancel' && (
        <div className="flex flex-col gap-4 border-t border-slate-100 pt-6">
          <p className="text-ink">Cancel your consultation on {when}?</p>
          <div className="flex flex-col gap-3 sm:flex-row">
            <Button onClick={() => cancel.mutate({ token })} disabled={cancel.isPending}>
              {cancel.isPending ? 'Cancelling…' : 'Yes, cancel it'}
            </Button>
            <Button variant="secondary" onClick={() => setMode('view')}>
              No, keep it
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
