// Consultation booking: the slots on offer and booking one (the database refuses a second
// confirmed booking of an overlapping time, however many requests race for it). Each booking
// carries a follow-up for sales; the visitor's manage link is in manage.ts.
import 'server-only';
import { env } from '@/env';
import type { Availability } from '@/domain/booking/availability';
import { findSlot, generateSlots, type Interval } from '@/domain/booking/slots';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { bookingLeadFields, linkedAuditOf, refreshAuditLead } from '@/server/leads/record';
import type { FlowContext } from '@/server/http/request-context';
import { consume } from '@/server/rate-limit/limiters';
import { track } from '@/server/analytics/track';
import { currentAvailability } from './availability-source';
import { queueBookingEmails, type BookingForEmail } from './emails';
import type { BookConsultationInput } from './schema';
import { newManageToken } from './tokens';
import { announceBooking } from '@/server/webhooks/announce';

export type BookingContext = FlowContext;

export const managePath = (token: string) => `/consultation/manage/${token}`;
export const manageUrl = (token: string) => new URL(managePath(token), env.SITE_URL).toString();

export const SLOT_TAKEN = 'Someone booked this time a moment ago. Please choose another one.';

/** Confirmed bookings that can affect the slots on offer (all of them, or all but one). */
async function busyIntervals(db: Db, availability: Availability, now: Date, exceptId?: string): Promise<Interval[]> {
  const rows = await db.consultationBooking.findMany({
    where: {
      status: 'confirmed',
      endsAt: { gt: new Date(now.getTime() - availability.bufferMinutes * 60_000) },
      startsAt: { lt: new Date(now.getTime() + (availability.horizonDays + 2) * 86_400_000) },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { startsAt: true, endsAt: true },
  });
  return rows.map((row) => ({ start: row.startsAt, end: row.endsAt }));
}

export interface SlotList {
  timeZone: string;
  durationMinutes: number;
  meetingDetails: string;
  slots: Array<{ startsAt: string; endsAt: string }>;
}

export async function listSlots(db: Db, now = new Date(), exceptBookingId?: string): Promise<SlotList> {
  const availability = await currentAvailability();
  const busy = await busyIntervals(db, availability, now, exceptBookingId);
  return {
    timeZone: availability.timeZone,
    durationMinutes: availability.durationMinutes,
    meetingDetails: availability.meetingDetails,
    slots: generateSlots(availability, now, busy).map((slot) => ({
      startsAt: slot.start.toISOString(),
      endsAt: slot.end.toISOString(),
    })),
  };
}

/** The offered slot at this time; 409 when it was offered but is taken, 400 when it never was. */
export async function offeredSlot(db: Db, startsAt: string, now: Date, exceptId?: string): Promise<Interval> {
  const availability = await currentAvailability();
  const start = new Date(startsAt);
  const free = findSlot(availability, now, await busyIntervals(db, availability, now, exceptId), start);
  if (free) return free;
  if (findSlot(availability, now, [], start)) throw new AppError('CONFLICT', SLOT_TAKEN, { field: 'startsAt' });
  throw new AppError('VALIDATION_ERROR', 'This time cannot be booked. Please choose a time from the list.', {
    field: 'startsAt',
    reason: 'Not an offered slot',
  });
}

/** PostgreSQL's exclusion_violation (23P01), however the driver adapter wraps it. */
export function isOverlapViolation(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const e = current as { code?: unknown; originalCode?: unknown; cause?: unknown };
    if (e.code === '23P01' || e.originalCode === '23P01') return true;
    current = e.cause;
  }
  return false;
}

function describe(input: { name: string; company: string | null; notes: string | null; auditId?: string | null }) {
  const parts = [`Consultation with ${input.name}${input.company ? ` (${input.company})` : ''}.`];
  if (input.auditId) parts.push(`Linked audit: ${new URL(`/audit/results/${input.auditId}`, env.SITE_URL)}`);
  if (input.notes) parts.push(`Their notes: ${input.notes}`);
  return parts.join(' ');
}

export interface BookedConsultation {
  bookingId: string;
  status: 'confirmed';
  startsAt: string;
  endsAt: string;
  manageUrl: string;
}

export async function bookConsultation(
  db: Db,
  input: BookConsultationInput,
  ctx: BookingContext,
  now = new Date(),
): Promise<BookedConsultation> {
  await consume('bookingPerIp', ctx.clientIp);
  const slot = await offeredSlot(db, input.startsAt, now);
  const auditId = input.auditId ?? null;
  const linked = await linkedAuditOf(db, auditId);
  if (auditId && !linked)
    throw new AppError('VALIDATION_ERROR', 'Invalid input data', { field: 'auditId', reason: 'Unknown audit' });
  // Counted once the request is otherwise valid, so refused attempts with someone else's email
  // do not use up that person's budget.
  await consume('bookingPerEmail', input.email);

  const { token, hash } = newManageToken();
  const record = {
    name: input.name,
    email: input.email,
    company: input.company,
    status: 'confirmed',
    startsAt: slot.start,
    createdAt: now,
    utm: input.utm ?? {},
    referrer: input.referrer ?? null,
  };
  try {
    const booking = await db.consultationBooking.create({
      data: {
        ...record,
        notes: input.notes,
        auditId,
        endsAt: slot.end,
        timeZone: input.timeZone,
        manageTokenHash: hash,
        // Sales' lead, in the same (nested) write; one linked to an audit carries its facts.
        lead: { create: { kind: 'booking', ...bookingLeadFields(record, linked) } },
        followUps: {
          create: { actionType: 'consultation', scheduledAt: slot.start, notes: describe({ ...input, auditId }) },
        },
      },
    });
    ctx.log.info({ bookingId: booking.id, startsAt: slot.start.toISOString() }, 'consultation booked');
    await refreshAuditLead(db, auditId);
    await announceBooking(db, booking.id, 'booked');
    await notify(booking, 'confirmed', manageUrl(token), ctx);
    track({ db, headers: ctx.headers, log: ctx.log }, 'consultation_booked', { auditId, path: '/consultation' });
    return {
      bookingId: booking.id,
      status: 'confirmed',
      startsAt: slot.start.toISOString(),
      endsAt: slot.end.toISOString(),
      manageUrl: manageUrl(token),
    };
  } catch (error) {
    if (isOverlapViolation(error)) throw new AppError('CONFLICT', SLOT_TAKEN, { field: 'startsAt' });
    throw error;
  }
}

export async function notify(
  booking: BookingForEmail,
  change: 'confirmed' | 'rescheduled' | 'cancelled',
  link: string,
  ctx: BookingContext,
) {
  try {
    const availability = await currentAvailability();
    await queueBookingEmails(booking, change, {
      manageUrl: link,
      meetingDetails: availability.meetingDetails,
      teamTimeZone: availability.timeZone,
    });
  } catch (error) {
    // The booking stands and sales has its follow-up; the emails can be re-sent by staff.
    ctx.log.error({ err: error, bookingId: booking.id }, 'booking emails could not be queued');
  }
}
