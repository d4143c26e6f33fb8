// "Consultation availability": when visitors can book a consultation. Bookings already made
// are kept when it changes; only the slots offered from then on follow the new schedule.
import type { GlobalConfig } from 'payload';
import { isStaff } from '../../access/staff';
import { defaultAvailability, type Weekday } from '../../../src/domain/booking/availability';
import { announceGlobalChange } from '../../hooks/announce-change';
import { validateAvailability } from './hooks/validate-availability';

const DAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
const clock = { placeholder: '09:00', description: '24-hour time in the time zone above.' };

export const ConsultationAvailability: GlobalConfig = {
  slug: 'consultation-availability',
  label: 'Consultation availability',
  admin: {
    group: 'Leads',
    description:
      'Working days and hours in which visitors can book a consultation, shown to them in their own time zone.',
  },
  access: { read: isStaff, update: isStaff },
  hooks: { beforeChange: [validateAvailability], afterChange: [announceGlobalChange(['consultation-availability'])] },
  fields: [
    {
      name: 'timeZone',
      type: 'text',
      required: true,
      defaultValue: defaultAvailability.timeZone,
      admin: { description: 'IANA time zone of the team, e.g. Europe/Berlin or America/New_York.' },
    },
    {
      name: 'workingDays',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: [...defaultAvailability.workingDays],
      options: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((value) => ({
        label: DAY_LABELS[value],
        value,
      })),
    },
    {
      type: 'row',
      fields: [
        { name: 'dayStart', label: 'Day starts', type: 'text', required: true, admin: clock },
        { name: 'dayEnd', label: 'Day ends', type: 'text', required: true, admin: clock },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'durationMinutes',
          label: 'Duration (minutes)',
          type: 'number',
          required: true,
          min: 15,
          max: 240,
        },
        {
          name: 'bufferMinutes',
          label: 'Buffer between consultations (minutes)',
          type: 'number',
          required: true,
          min: 0,
          max: 120,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'minimumNoticeHours',
          label: 'Minimum notice (hours)',
          type: 'number',
          required: true,
          min: 0,
          max: 336,
        },
        {
          name: 'horizonDays',
          label: 'Bookable up to (days ahead)',
          type: 'number',
          required: true,
          min: 1,
          max: 180,
        },
      ],
    },
    {
      name: 'meetingDetails',
      type: 'textarea',
      required: true,
      maxLength: 400,
      admin: { description: 'Where the consultation happens; shown on the booking page and in the invitation.' },
    },
  ],
};
