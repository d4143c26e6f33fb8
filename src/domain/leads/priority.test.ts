import { describe, expect, it } from 'vitest';
import { bandOf, computePriority, employeesOf, PRIORITY_WEIGHTS, type PriorityInputs } from './priority';

const day = 86_400_000;
const bookedAt = new Date('2026-11-20T10:00:00Z');
const none: PriorityInputs = { maturityScore: null, roiAnnualValue: null, companySize: null, urgency: {} };

describe('computePriority', () => {
  it('weights add up to 100', () => {
    expect(Object.values(PRIORITY_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('scores a large, immature company with a big ROI and a booked call at the top', () => {
    const priority = computePriority({
      maturityScore: 0,
      roiAnnualValue: 5_000_000,
      companySize: '1001+',
      urgency: { booking: { startsAt: new Date(bookedAt.getTime() + 2 * day), bookedAt } },
    });
    expect(priority.score).toBe(100);
    expect(priority.band).toBe('high');
    expect(priority.factors.map((f) => f.points)).toEqual([30, 25, 20, 25]);
  });

  it('scores a tiny, mature company with no budget and a small ROI at the bottom', () => {
    const priority = computePriority({
      maturityScore: 100,
      roiAnnualValue: 5_000,
      companySize: '1-10',
      urgency: { budgetLevel: 0 },
    });
    // 0 + 0 + 20 x 0.1 + 25 x 0.1
    expect(priority.score).toBe(5);
    expect(priority.band).toBe('low');
  });

  it('counts every unknown factor as average, so a lead with no data is medium, not zero', () => {
    const priority = computePriority(none);
    expect(priority.score).toBe(50);
    expect(priority.band).toBe('medium');
    expect(priority.factors.every((f) => f.value === null && f.detail.endsWith('counted as average'))).toBe(true);
  });

  it('an inquiry without a maturity score is not pulled down by it', () => {
    const project = computePriority({ ...none, urgency: { inquiryType: 'project' } });
    const press = computePriority({ ...none, urgency: { inquiryType: 'press' } });
    // 15 + 12.5 + 10 + 25 x 0.9 = 60
    expect(project.score).toBe(60);
    expect(press.score).toBe(43);
    expect(project.score).toBeGreaterThan(press.score);
  });

  it('puts ROI on a log scale between 10k and 1M', () => {
    const roi = (value: number) => computePriority({ ...none, roiAnnualValue: value }).factors[1]!;
    expect(roi(10_000).value).toBe(0);
    expect(roi(100_000).value).toBeCloseTo(0.5);
    expect(roi(1_000_000).value).toBe(1);
    expect(roi(100_000).detail).toBe('Expected savings of 100,000 a year');
  });

  it('takes the strongest urgency signal', () => {
    const urgency = (input: PriorityInputs['urgency']) => computePriority({ ...none, urgency: input }).factors[3]!;
    expect(urgency({ inquiryType: 'press', budgetLevel: 4 }).value).toBe(1);
    expect(urgency({ budgetLevel: 2 }).value).toBe(0.6);
    expect(urgency({ budgetLevel: 7 }).value).toBeNull();
    expect(urgency({ booking: { startsAt: new Date(bookedAt.getTime() + 20 * day), bookedAt } })).toMatchObject({
      value: 0.8,
      detail: 'Consultation booked more than a week ahead',
    });
    expect(urgency({ cancelledBooking: true, inquiryType: 'partnership' })).toMatchObject({
      value: 0.6,
      detail: 'Booked a consultation, then cancelled',
    });
  });

  it('explains the maturity gap and company size', () => {
    const priority = computePriority({ ...none, maturityScore: 35, companySize: 240 });
    expect(priority.factors[0]).toMatchObject({
      value: 0.65,
      points: 19.5,
      detail: 'Maturity 35/100: a gap of 65 points',
    });
    expect(priority.factors[2]).toMatchObject({ value: 0.75, detail: '240 employees' });
  });
});

describe('employeesOf', () => {
  it('reads head-counts and size slugs', () => {
    expect(employeesOf(42)).toBe(42);
    expect(employeesOf('100-500')).toBe(100);
    expect(employeesOf('1001+')).toBe(1001);
    expect(employeesOf('51')).toBe(51);
    expect(employeesOf('')).toBeNull();
    expect(employeesOf('lots')).toBeNull();
    expect(employeesOf(0)).toBeNull();
    expect(employeesOf(Number.NaN)).toBeNull();
    expect(employeesOf(null)).toBeNull();
    expect(employeesOf('0-10')).toBeNull();
  });
});

describe('bandOf', () => {
  it('cuts at 65 and 40', () => {
    expect([64, 65, 39, 40].map(bandOf)).toEqual(['medium', 'high', 'low', 'medium']);
  });
});
