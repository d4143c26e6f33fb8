import { describe, expect, it } from 'vitest';
import { addDays, instantOf, isTimeZone, offsetMinutes, wallTimeIn } from './time-zone';

describe('time zones', () => {
  it('knows IANA zones', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('finds offsets in winter and summer', () => {
    expect(offsetMinutes(new Date('2027-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(offsetMinutes(new Date('2027-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutes(new Date('2027-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });

  it('turns wall-clock times into instants across DST changes', () => {
    const wall = { year: 2027, month: 3, day: 26, hour: 9, minute: 0 };
    expect(instantOf(wall, 'Europe/Berlin')?.toISOString()).toBe('2027-03-26T08:00:00.000Z');
    expect(instantOf({ ...wall, day: 29 }, 'Europe/Berlin')?.toISOString()).toBe('2027-03-29T07:00:00.000Z');
    expect(instantOf({ ...wall, day: 29, hour: 14, minute: 30 }, 'America/New_York')?.toISOString()).toBe(
      '2027-03-29T18:30:00.000Z',
    );
  });

  it('has no instant for a time inside a spring-forward gap', () => {
    expect(instantOf({ year: 2027, month: 3, day: 28, hour: 2, minute: 30 }, 'Europe/Berlin')).toBeNull();
  });

  it('reads wall-clock parts and adds calendar days', () => {
    expect(wallTimeIn(new Date('2027-12-31T23:30:00Z'), 'Europe/Berlin')).toMatchObject({
      year: 2028,
      month: 1,
      day: 1,
      hour: 0,
      minute: 30,
    });
    expect(addDays({ year: 2027, month: 12, day: 30 }, 3)).toEqual({ year: 2028, month: 1, day: 2, weekday: 0 });
  });
});
