import { describe, expect, it } from 'vitest';
import { defaultAvailability } from '../booking/availability';
import { INQUIRY_TYPE_KEYS, planInquiryFollowUp, workingDaysAfter } from './follow-up';

describe('workingDaysAfter', () => {
  it('counts working days in the team time zone and starts at the working day start', () => {
    // Friday 5 March 2027, 18:00 in Berlin.
    const friday = new Date('2027-03-05T17:00:00Z');
    expect(workingDaysAfter(friday, 1, defaultAvailability).toISOString()).toBe('2027-03-08T08:00:00.000Z');
    expect(workingDaysAfter(friday, 3, defaultAvailability).toISOString()).toBe('2027-03-10T08:00:00.000Z');
  });
});

describe('planInquiryFollowUp', () => {
  const now = new Date('2027-03-01T09:00:00Z');
  it('plans a call for project inquiries and a reply for others', () => {
    const project = planInquiryFollowUp('project', now, defaultAvailability, { name: 'Ada', company: 'Acme' });
    expect(project).toEqual({
      actionType: 'call',
      scheduledAt: new Date('2027-03-02T08:00:00.000Z'),
      notes: 'Call Ada (Acme): start an automation project.',
    });
    expect(planInquiryFollowUp('pricing', now, defaultAvailability, { name: 'Bo' }).notes).toBe(
      'Send a proposal to Bo: pricing and proposals.',
    );
    const other = planInquiryFollowUp('other', now, defaultAvailability, { name: 'Cy', company: null });
    expect(other).toMatchObject({ actionType: 'email', notes: 'Reply to Cy: something else.' });
    expect(other.scheduledAt.toISOString()).toBe('2027-03-03T08:00:00.000Z');
    expect(INQUIRY_TYPE_KEYS).toContain('audit');
  });
});
