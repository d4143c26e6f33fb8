import { describe, expect, it } from 'vitest';
import { nextRetryDelay, retryOffsets } from './schedule';

describe('webhook retry schedule', () => {
  const day = { baseSeconds: 30, windowSeconds: 86_400 };

  it('doubles from the base after each failure', () => {
    const first = new Date(0);
    expect(nextRetryDelay(1, first, first, day)).toBe(30);
    expect(nextRetryDelay(2, first, new Date(30_000), day)).toBe(60);
    expect(nextRetryDelay(3, first, new Date(90_000), day)).toBe(120);
  });

  it('retries for a day, the last time at its end, then stops', () => {
    const offsets = retryOffsets(day);
    expect(offsets.slice(0, 4)).toEqual([30, 90, 210, 450]);
    expect(offsets.at(-1)).toBe(86_400);
    // 12 retries: 13 attempts in all.
    expect(offsets.length).toBe(12);
    expect(nextRetryDelay(13, new Date(0), new Date(86_400_000), day)).toBeNull();
  });
});
