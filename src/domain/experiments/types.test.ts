import { describe, expect, it } from 'vitest';
import { GOAL_LABELS, GOALS, SURFACE_LABELS, SURFACES, TEST_LINK_PARAM, VARIANT_PARAM } from './types';

describe('experiment vocabulary', () => {
  it('labels every surface and goal, and keeps the two URL parameters apart', () => {
    expect(Object.keys(SURFACE_LABELS).sort()).toEqual([...SURFACES].sort());
    expect(Object.keys(GOAL_LABELS).sort()).toEqual([...GOALS].sort());
    // The goals are analytics events the flows already record (src/server/analytics/schema.ts).
    expect(GOALS).toEqual(['audit_started', 'audit_submitted', 'consultation_booked']);
    expect(TEST_LINK_PARAM).not.toBe(VARIANT_PARAM);
  });
});
