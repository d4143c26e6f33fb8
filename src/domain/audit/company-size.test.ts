import { describe, expect, it } from 'vitest';
import { midpoint, parseHeadCount } from './company-size';

describe('parseHeadCount', () => {
  it('reads ranges, open ranges and head-counts in the ways people write them', () => {
    expect(parseHeadCount('50-100')).toEqual({ low: 50, high: 100 });
    expect(parseHeadCount('100 – 50')).toEqual({ low: 50, high: 100 });
    expect(parseHeadCount('10 to 50 employees')).toEqual({ low: 10, high: 50 });
    expect(parseHeadCount('1,000-5,000')).toEqual({ low: 1000, high: 5000 });
    expect(parseHeadCount('1.000 bis 5.000')).toEqual({ low: 1000, high: 5000 });
    expect(parseHeadCount('1000+')).toEqual({ low: 1000, high: null });
    expect(parseHeadCount('more than 1,000 people')).toEqual({ low: 1000, high: null });
    expect(parseHeadCount('up to 10')).toEqual({ low: 1, high: 10 });
    expect(parseHeadCount('about 200')).toEqual({ low: 200, high: 200 });
    expect(parseHeadCount('~1.5k FTE')).toEqual({ low: 1500, high: 1500 });
    expect(parseHeadCount(250)).toEqual({ low: 250, high: 250 });
  });

  it('refuses what is not a usable head-count', () => {
    for (const input of ['', 'lots', '0', '0-10', 2.5, -1, 20_000_000, 'ten to twenty', '5-']) {
      expect(parseHeadCount(input)).toBeNull();
    }
  });

  it('takes the midpoint, or 1.5x the floor of an open range', () => {
    expect(midpoint({ low: 50, high: 100 })).toBe(75);
    expect(midpoint({ low: 1000, high: null })).toBe(1500);
  });
});
