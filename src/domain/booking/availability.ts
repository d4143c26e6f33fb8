// When consultations can be booked: editors set it in the CMS ("Consultation availability");
// the slot engine and the CMS's publish check read it through this schema.
import { z } from 'zod';
import '@/lib/zod-in-browser';
import { isTimeZone } from './time-zone';

/** Weekday keys in JavaScript's getDay() order (0 = Sunday). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour time such as 09:00');
export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export const availabilitySchema = z
  .object({
    timeZone: z.string().refine(isTimeZone, 'use an IANA time zone such as Europe/Berlin'),
    workingDays: z.array(z.enum(WEEKDAYS)).min(1, 'choose at least one working day'),
    dayStart: clock,
    dayEnd: clock,
    durationMinutes: z.number().int().min(15).max(240),
    bufferMinutes: z.number().int().min(0).max(120),
    minimumNoticeHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 14),
    horizonDays: z.number().int().min(1).max(180),
    meetingDetails: z.string().trim().min(5).max(400),
  })
  .refine((a) => minutesOf(a.dayEnd) - minutesOf(a.dayStart) >= a.durationMinutes, {
    path: ['dayEnd'],
    message: 'the day must be at least one consultation long',
  });

export type Availability = z.infer<typeof availabilitySchema>;

export const defaultAvailability: Availability = {
  timeZone: 'Europe/Berlin',
  workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  dayStart: '09:00',
  dayEnd: '17:00',
  durationMinutes: 30,
  bufferMinutes: 15,
  minimumNoticeHours: 24,
  horizonDays: 30,
  meetingDetails:
    'Video call on Microsoft Teams or Google Meet, as you prefer. Your consultant sends the link one working day before the call.',
};
