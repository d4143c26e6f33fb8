import { describe, expect, it } from 'vitest';
import { availabilitySchema, defaultAvailability, type Availability } from './availability';
import { findSlot, generateSlots } from './slots';

const availability = (patch: Partial<Availability> = {}): Availability => ({ ...defaultAvailability, ...patch });
// Monday 1 March 2027, 08:00 in Berlin (UTC+1).
const monday = new Date('2027-03-01T07:00:00Z');
const iso = (slots: Array<{ start: Date }>) => slots.map((s) => s.start.toISOString());

describe('availability', () => {
  it('accepts the defaults and names what is wrong', () => {
    expect(availabilitySchema.parse(defaultAvailability)).toEqual(defaultAvailability);
    const bad = availabilitySchema.safeParse({ ...defaultAvailability, timeZone: 'Berlin', dayEnd: '09:15' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['timeZone']));
    const short = availabilitySchema.safeParse({ ...defaultAvailability, dayEnd: '09:15' });
    expect(short.error!.issues[0]!.path).toEqual(['dayEnd']);
  });
});

describe('generateSlots', () => {
  it('puts slots on a grid of duration plus buffer inside working hours', () => {
    const slots = generateSlots(availability({ minimumNoticeHours: 0, horizonDays: 1 }), monday);
    // 09:00, 09:45, ... the last one that ends by 17:00 starts at 16:30 (15:30 UTC).
    const mondaySlots = iso(slots).filter((s) => s.startsWith('2027-03-01'));
    expect(mondaySlots[0]).toBe('2027-03-01T08:00:00.000Z');
    expect(mondaySlots[1]).toBe('2027-03-01T08:45:00.000Z');
    expect(mondaySlots.at(-1)).toBe('2027-03-01T15:30:00.000Z');
    expect(mondaySlots).toHaveLength(11);
    expect(slots[0]!.end.toISOString()).toBe('2027-03-01T08:30:00.000Z');
  });

  it('respects minimum notice, the horizon and working days', () => {
    const slots = generateSlots(availability({ minimumNoticeHours: 24, horizonDays: 8 }), monday);
    expect(iso(slots)[0]).toBe('2027-03-02T08:00:00.000Z');
    expect(slots.every((s) => s.start.getTime() <= monday.getTime() + 8 * 86_400_000)).toBe(true);
    expect(iso(slots).at(-1)).toBe('2027-03-08T15:30:00.000Z');
    const weekdays = new Set(slots.map((s) => s.start.getUTCDay()));
    expect([...weekdays].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps a buffer around booked consultations', () => {
    const booked = [{ start: new Date('2027-03-02T08:45:00Z'), end: new Date('2027-03-02T09:15:00Z') }];
    const slots = iso(generateSlots(availability({ horizonDays: 2 }), monday, booked));
    expect(slots).toContain('2027-03-02T08:00:00.000Z');
    expect(slots).not.toContain('2027-03-02T08:45:00.000Z');
    expect(slots).toContain('2027-03-02T09:30:00.000Z');
    // An off-grid booking (e.g. before the duration changed) blocks its neighbours too.
    const offGrid = [{ start: new Date('2027-03-02T08:20:00Z'), end: new Date('2027-03-02T08:50:00Z') }];
    const around = iso(generateSlots(availability({ horizonDays: 2 }), monday, offGrid));
    expect(around).not.toContain('2027-03-02T08:00:00.000Z');
    expect(around).not.toContain('2027-03-02T08:45:00.000Z');
    expect(around).toContain('2027-03-02T09:30:00.000Z');
  });

  it('follows the team time zone through a DST change', () => {
    const slots = iso(generateSlots(availability({ minimumNoticeHours: 0, horizonDays: 30 }), monday));
    expect(slots).toContain('2027-03-26T08:00:00.000Z');
    expect(slots).toContain('2027-03-29T07:00:00.000Z');
  });

  it('skips wall-clock times that do not exist', () => {
    const night = availability({ workingDays: ['sun'], dayStart: '02:00', dayEnd: '03:00', minimumNoticeHours: 0 });
    const slots = iso(generateSlots(night, new Date('2027-03-27T12:00:00Z')));
    expect(slots.some((s) => s.startsWith('2027-03-28'))).toBe(false);
    expect(slots.some((s) => s.startsWith('2027-04-04'))).toBe(true);
  });

  it('finds only offered slots', () => {
    const a = availability({ horizonDays: 3 });
    expect(findSlot(a, monday, [], new Date('2027-03-02T08:45:00Z'))).toBeDefined();
    expect(findSlot(a, monday, [], new Date('2027-03-02T08:50:00Z'))).toBeUndefined();
    expect(findSlot(a, monday, [], new Date('2027-03-01T09:00:00Z'))).toBeUndefined();
  });
});
