// The consultation slots on offer: working days and hours in the team's time zone, on a grid
// of duration + buffer, no sooner than the minimum notice, no later than the horizon, and
// never within a buffer of a booked consultation.
import { minutesOf, WEEKDAYS, type Availability } from './availability';
import { addDays, instantOf, wallTimeIn } from './time-zone';

export interface Interval {
  start: Date;
  end: Date;
}

const MINUTE = 60_000;

export function generateSlots(availability: Availability, now: Date, booked: readonly Interval[] = []): Interval[] {
  const { timeZone, durationMinutes, bufferMinutes } = availability;
  const earliest = now.getTime() + availability.minimumNoticeHours * 60 * MINUTE;
  const latest = now.getTime() + availability.horizonDays * 24 * 60 * MINUTE;
  const days = new Set(availability.workingDays);
  const firstMinute = minutesOf(availability.dayStart);
  const lastMinute = minutesOf(availability.dayEnd);
  const today = wallTimeIn(now, timeZone);
  const buffer = bufferMinutes * MINUTE;
  const clashes = (start: number, end: number) =>
    booked.some((b) => b.start.getTime() - buffer < end && start < b.end.getTime() + buffer);

  const slots: Interval[] = [];
  for (let offset = 0; offset <= availability.horizonDays + 1; offset += 1) {
    const date = addDays(today, offset);
    if (!days.has(WEEKDAYS[date.weekday]!)) continue;
    for (let minute = firstMinute; minute + durationMinutes <= lastMinute; minute += durationMinutes + bufferMinutes) {
      const start = instantOf({ ...date, hour: Math.floor(minute / 60), minute: minute % 60 }, timeZone);
      if (!start) continue;
      const startMs = start.getTime();
      const endMs = startMs + durationMinutes * MINUTE;
      if (startMs < earliest || startMs > latest || clashes(startMs, endMs)) continue;
      slots.push({ start, end: new Date(endMs) });
    }
  }
  return slots;
}

/** The offered slot starting at exactly this instant, if there is one. */
export function findSlot(
  availability: Availability,
  now: Date,
  booked: readonly Interval[],
  start: Date,
): Interval | undefined {
  return generateSlots(availability, now, booked).find((slot) => slot.start.getTime() === start.getTime());
}
