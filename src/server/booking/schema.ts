// Inputs of consultation booking: pick a slot, book it, and manage it with the secret link.
import { z } from 'zod';
import { textString } from '@/lib/text';
import { isTimeZone } from '@/domain/booking/time-zone';
import { firstTouchFields } from '@/server/audit/schema';

const startsAt = z.iso.datetime({ offset: true, error: 'Choose a time from the list' });

export const manageToken = textString().regex(
  /^[A-Za-z0-9_-]{43}$/,
  'This link is not valid. Please use the link from your confirmation email.',
);

export const bookConsultationInput = z.object({
  startsAt,
  name: textString('Enter your name').trim().min(1, 'Enter your name').max(255, 'At most 255 characters'),
  email: z.email('Enter a valid email address').trim().toLowerCase().max(255, 'At most 255 characters'),
  company: textString()
    .trim()
    .max(255, 'At most 255 characters')
    .nullish()
    .transform((value) => value || null),
  notes: textString()
    .trim()
    .max(2000, 'At most 2,000 characters')
    .nullish()
    .transform((value) => value || null),
  auditId: z.uuid('Unknown audit').nullish(),
  /** The visitor's time zone, for the confirmation in their local time. */
  timeZone: textString().max(64).refine(isTimeZone, 'Unknown time zone').default('UTC'),
  ...firstTouchFields,
});

export const manageInput = z.object({ token: manageToken });
export const rescheduleInput = z.object({ token: manageToken, startsAt });

export type BookConsultationInput = z.infer<typeof bookConsultationInput>;
