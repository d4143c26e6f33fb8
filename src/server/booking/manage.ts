// The visitor's manage link (from the confirmation email): see the booking, move it to another
// free slot (the exclusion constraint still guards the race), or cancel it.
import 'server-only';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { refreshBookingLead } from '@/server/leads/record';
import { consume } from '@/server/rate-limit/limiters';
import { currentAvailability } from './availability-source';
import type { BookingForEmail } from './emails';
import {
  isOverlapViolation,
  listSlots,
  manageUrl,
  notify,
  offeredSlot,
  SLOT_TAKEN,
  type BookedConsultation,
  type BookingContext,
  type SlotList,
} from './service';
import { hashManageToken } from './tokens';
import { announceBooking } from '@/server/webhooks/announce';

async function bookingByToken(db: Db, token: string) {
  const booking = await db.consultationBooking.findUnique({ where: { manageTokenHash: hashManageToken(token) } });
  if (!booking) throw new AppError('NOT_FOUND', 'We could not find this booking. Please use the link from your email.');
  return booking;
}

export interface ManagedBooking {
  name: string;
  status: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  meetingDetails: string;
  /** Whether it can still be changed: confirmed and not started yet. */
  changeable: boolean;
}

export async function getManagedBooking(db: Db, token: string, now = new Date()): Promise<ManagedBooking> {
  const booking = await bookingByToken(db, token);
  const availability = await currentAvailability();
  return {
    name: booking.name,
    status: booking.status,
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
    timeZone: booking.timeZone,
    meetingDetails: availability.meetingDetails,
    changeable: booking.status === 'confirmed' && booking.startsAt > now,
  };
}

async function changeableBooking(db: Db, token: string, now: Date) {
  const booking = await bookingByToken(db, token);
  if (booking.status !== 'confirmed')
    throw new AppError('CONFLICT', 'This consultation was cancelled already.', { reason: 'cancelled' });
  if (booking.startsAt <= now)
    throw new AppError('CONFLICT', 'This consultation has started already and can no longer be changed.', {
      reason: 'started',
    });
  return booking;
}

/** The slots a booking can move to: its own time counts as free. */
export async function listRescheduleSlots(db: Db, token: string): Promise<SlotList> {
  const booking = await bookingByToken(db, token);
  return listSlots(db, new Date(), booking.id);
}

export async function cancelBooking(db: Db, token: string, ctx: BookingContext, now = new Date()) {
  await consume('bookingPerIp', ctx.clientIp);
  const booking = await changeableBooking(db, token, now);
  const [cancelled] = await db.$transaction([
    db.consultationBooking.update({
      where: { id: booking.id },
      data: { status: 'cancelled', cancelledAt: now, sequence: { increment: 1 } },
    }),
    db.followUp.updateMany({
      where: { bookingId: booking.id, actionType: 'consultation', completedAt: null },
      data: { completedAt: now },
    }),
    db.followUp.create({
      data: {
        bookingId: booking.id,
        actionType: 'email',
        scheduledAt: now,
        notes: `${booking.name} cancelled the consultation of ${booking.startsAt.toISOString()}. Offer another time.`,
      },
    }),
  ]);
  ctx.log.info({ bookingId: booking.id }, 'consultation cancelled');
  await refreshBookingLead(db, booking.id);
  await announceBooking(db, booking.id, 'cancelled');
  await notify(cancelled, 'cancelled', manageUrl(token), ctx);
  return { status: 'cancelled' as const };
}

export async function rescheduleBooking(
  db: Db,
  token: string,
  startsAt: string,
  ctx: BookingContext,
  now = new Date(),
): Promise<Omit<BookedConsultation, 'manageUrl'>> {
  await consume('bookingPerIp', ctx.clientIp);
  const booking = await changeableBooking(db, token, now);
  const slot = await offeredSlot(db, startsAt, now, booking.id);
  let moved: BookingForEmail;
  try {
    [moved] = await db.$transaction([
      db.consultationBooking.update({
        where: { id: booking.id },
        data: { startsAt: slot.start, endsAt: slot.end, sequence: { increment: 1 } },
      }),
      db.followUp.updateMany({
        where: { bookingId: booking.id, actionType: 'consultation', completedAt: null },
        data: { scheduledAt: slot.start },
      }),
    ]);
  } catch (error) {
    if (isOverlapViolation(error)) throw new AppError('CONFLICT', SLOT_TAKEN, { field: 'startsAt' });
    throw error;
  }
  ctx.log.info({ bookingId: booking.id, startsAt: slot.start.toISOString() }, 'consultation rescheduled');
  await refreshBookingLead(db, booking.id);
  await notify(moved, 'rescheduled', manageUrl(token), ctx);
  return {
    bookingId: booking.id,
    status: 'confirmed',
    startsAt: slot.start.toISOString(),
    endsAt: slot.end.toISOString(),
  };
}
