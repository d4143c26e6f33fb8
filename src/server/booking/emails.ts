// The emails of a consultation: to the visitor with the calendar invitation (.ics: REQUEST
// when booked or moved, CANCEL when cancelled), and to sales.
import 'server-only';
import { createElement } from 'react';
import { env } from '@/env';
import { buildInvitation } from '@/domain/booking/ics';
import { queueEmail, salesInbox } from '@/server/email';
import { BookingConfirmationEmail, type BookingChange } from '@/server/email/templates/booking-confirmation';
import { BookingNotificationEmail } from '@/server/email/templates/booking-notification';
import { formatConsultationTime } from '@/domain/format/dates';

export interface BookingForEmail {
  id: string;
  name: string;
  email: string;
  company: string | null;
  notes: string | null;
  auditId: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  sequence: number;
}

const SUBJECTS: Record<BookingChange, string> = {
  confirmed: 'Your consultation with XTeam.Pro is booked',
  rescheduled: 'Your consultation with XTeam.Pro has moved',
  cancelled: 'Your consultation with XTeam.Pro is cancelled',
};

export async function queueBookingEmails(
  booking: BookingForEmail,
  change: BookingChange,
  ctx: { manageUrl: string; meetingDetails: string; teamTimeZone: string; now?: Date },
) {
  const site = (path: string) => new URL(path, env.SITE_URL).toString();
  const invitation = buildInvitation({
    uid: `${booking.id}@xteam.pro`,
    sequence: booking.sequence,
    method: change === 'cancelled' ? 'CANCEL' : 'REQUEST',
    start: booking.startsAt,
    end: booking.endsAt,
    summary: 'Consultation with XTeam.Pro',
    description: `${ctx.meetingDetails}\n\nReschedule or cancel: ${ctx.manageUrl}`,
    location: ctx.meetingDetails,
    url: ctx.manageUrl,
    organizer: { name: 'XTeam.Pro', email: salesInbox() },
    attendee: { name: booking.name, email: booking.email },
    issuedAt: ctx.now ?? new Date(),
  });
  const lead = { bookingId: booking.id, ...(booking.auditId ? { auditId: booking.auditId } : {}) };
  await queueEmail({
    kind: `booking_${change}`,
    to: booking.email,
    subject: SUBJECTS[change],
    body: createElement(BookingConfirmationEmail, {
      change,
      name: booking.name,
      when: formatConsultationTime(booking.startsAt, booking.endsAt, booking.timeZone),
      meetingDetails: ctx.meetingDetails,
      manageUrl: ctx.manageUrl,
      bookAgainUrl: site('/consultation'),
    }),
    attachments: [
      {
        filename: change === 'cancelled' ? 'consultation-cancelled.ics' : 'consultation.ics',
        contentType: `text/calendar; charset=utf-8; method=${change === 'cancelled' ? 'CANCEL' : 'REQUEST'}`,
        content: Buffer.from(invitation, 'utf8'),
      },
    ],
    lead,
    dedupeKey: `booking_${change}:${booking.id}:${booking.sequence}`,
  });
  await queueEmail({
    kind: `booking_${change}_notification`,
    to: salesInbox(),
    subject: `${change === 'confirmed' ? 'New consultation' : change === 'rescheduled' ? 'Consultation moved' : 'Consultation cancelled'}: ${booking.name} – ${formatConsultationTime(booking.startsAt, booking.endsAt, ctx.teamTimeZone)}`,
    body: createElement(BookingNotificationEmail, {
      change,
      name: booking.name,
      email: booking.email,
      company: booking.company,
      when: formatConsultationTime(booking.startsAt, booking.endsAt, ctx.teamTimeZone),
      notes: booking.notes,
      auditUrl: booking.auditId ? site(`/audit/results/${booking.auditId}`) : null,
    }),
    lead,
    dedupeKey: `booking_${change}_notification:${booking.id}:${booking.sequence}`,
  });
}
