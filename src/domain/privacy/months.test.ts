import { describe, expect, it } from 'vitest';
import { monthsBefore } from './months';

describe('monthsBefore', () => {
  it('goes back whole calendar months, keeping the time of day', () => {
    expect(monthsBefore(new Date('2026-11-29T23:10:05.123Z'), 24).toISOString()).toBe('2024-11-29T23:10:05.123Z');
    expect(monthsBefore(new Date('2026-03-15T00:00:00Z'), 3).toISOString()).toBe('2025-12-15T00:00:00.000Z');
  });

  it('lands on the last day of a shorter month instead of spilling over', () => {
    expect(monthsBefore(new Date('2026-05-31T12:00:00Z'), 3).toISOString()).toBe('2026-02-28T12:00:00.000Z');
    expect(monthsBefore(new Date('2026-02-28T12:00:00Z'), 24).toISOString()).toBe('2024-02-28T12:00:00.000Z');
    expect(monthsBefore(new Date('2028-03-31T08:00:00Z'), 1).toISOString()).toBe('2028-02-29T08:00:00.000Z');
  });
});
