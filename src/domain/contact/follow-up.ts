// What sales does next with a contact inquiry, and by when: each inquiry type has an action
// and a response target in working days, counted on the team's working days and hours (the
// consultation availability), so a Friday-evening message is due on Monday morning.
import { minutesOf, WEEKDAYS, type Availability } from '../booking/availability';
import { addDays, instantOf, wallTimeIn } from '../booking/time-zone';

export const INQUIRY_TYPES = {
  project: { label: 'Start an automation project', actionType: 'call', workingDays: 1 },
  audit: { label: 'Discuss my AI audit results', actionType: 'call', workingDays: 1 },
  pricing: { label: 'Pricing and proposals', actionType: 'send_proposal', workingDays: 2 },
  partnership: { label: 'Partnership', actionType: 'email', workingDays: 3 },
  press: { label: 'Press and speaking', actionType: 'email', workingDays: 2 },
  other: { label: 'Something else', actionType: 'email', workingDays: 2 },
} as const;

export type InquiryType = keyof typeof INQUIRY_TYPES;
export const INQUIRY_TYPE_KEYS = Object.keys(INQUIRY_TYPES) as [InquiryType, ...InquiryType[]];

export interface FollowUpPlan {
  actionType: string;
  scheduledAt: Date;
  notes: string;
}

/** The start of the working day `count` working days after `now` (count 1: the next one). */
export function workingDaysAfter(now: Date, count: number, availability: Availability): Date {
  const days = new Set(availability.workingDays);
  const start = minutesOf(availability.dayStart);
  const today = wallTimeIn(now, availability.timeZone);
  let found = 0;
  for (let offset = 1; offset <= 366; offset += 1) {
    const date = addDays(today, offset);
    if (!days.has(WEEKDAYS[date.weekday]!)) continue;
    found += 1;
    if (found < count) continue;
    const instant = instantOf({ ...date, hour: Math.floor(start / 60), minute: start % 60 }, availability.timeZone);
    if (instant) return instant;
  }
  // Unreachable with at least one working day (the schema's rule); a safe answer anyway.
  return new Date(now.getTime() + count * 24 * 60 * 60_000);
}

export function planInquiryFollowUp(
  type: InquiryType,
  now: Date,
  availability: Availability,
  who: { name: string; company?: string | null },
): FollowUpPlan {
  const rule = INQUIRY_TYPES[type];
  const action =
    rule.actionType === 'call' ? 'Call' : rule.actionType === 'send_proposal' ? 'Send a proposal to' : 'Reply to';
  return {
    actionType: rule.actionType,
    scheduledAt: workingDaysAfter(now, rule.workingDays, availability),
    notes: `${action} ${who.name}${who.company ? ` (${who.company})` : ''}: ${rule.label.toLowerCase()}.`,
  };
}
