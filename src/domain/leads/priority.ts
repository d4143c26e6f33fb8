// A lead's priority (0-100) and band, from four factors sales weighs when choosing whom to call
// first. Each factor is scored 0..1 and multiplied by its weight (the weights add up to 100):
//   maturity gap  30  (100 - maturity score) / 100: the more room to automate, the more to sell
//   ROI size      25  expected annual savings on a log scale: 10k -> 0, 1M and more -> 1
//   company size  20  by head-count: 1-10 -> 0.1 ... 1,001+ -> 1
//   urgency       25  the strongest signal: a consultation booked (soon), the inquiry's type,
//                     the audit's automation-budget answer
// A factor with no input (an inquiry has no maturity score, a visitor skipped the budget
// question) counts as 0.5, the middle of its range, so a missing answer neither sinks nor lifts
// a lead; the explanation says which factors were unknown.
import type { InquiryType } from '../contact/follow-up';

export type PriorityBand = 'high' | 'medium' | 'low';
export type PriorityFactorKey = 'gap' | 'roi' | 'size' | 'urgency';

export const PRIORITY_WEIGHTS: Record<PriorityFactorKey, number> = { gap: 30, roi: 25, size: 20, urgency: 25 };
/** What an unknown factor counts as: the middle of its range. */
export const UNKNOWN_FACTOR = 0.5;
export const HIGH_FROM = 65;
export const MEDIUM_FROM = 40;

export interface PriorityInputs {
  /** Overall maturity score 0-100, null without a completed audit. */
  maturityScore: number | null;
  /** Expected annual savings of the ROI forecast, null without one. */
  roiAnnualValue: number | null;
  /** Head-count, or a company-size slug such as "100-500" / "1001+". */
  companySize: number | string | null;
  urgency: UrgencyInputs;
}

export interface UrgencyInputs {
  /** A confirmed consultation: when it starts and when it was booked. */
  booking?: { startsAt: Date; bookedAt: Date } | null;
  /** The booking was cancelled (a weaker signal than none at all would suggest: they were keen). */
  cancelledBooking?: boolean;
  inquiryType?: InquiryType | null;
  /** The audit's "automation budget in the next 12 months" answer, level 0-4. */
  budgetLevel?: number | null;
}

export interface PriorityFactor {
  key: PriorityFactorKey;
  label: string;
  weight: number;
  /** 0..1, or null when the input is unknown (then UNKNOWN_FACTOR counted). */
  value: number | null;
  points: number;
  detail: string;
}

export interface Priority {
  score: number;
  band: PriorityBand;
  factors: PriorityFactor[];
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const DAY_MS = 86_400_000;

const INQUIRY_URGENCY: Record<InquiryType, number> = {
  project: 0.9,
  audit: 0.9,
  pricing: 0.8,
  other: 0.4,
  partnership: 0.3,
  press: 0.2,
};

/** Budget level 0-4 (none ... funded programme). */
const BUDGET_URGENCY = [0.1, 0.3, 0.6, 0.9, 1];

/** Head-count bands (lower bounds) of the default audit configuration. */
const SIZE_STEPS: Array<[number, number]> = [
  [1001, 1],
  [501, 0.9],
  [100, 0.75],
  [51, 0.5],
  [11, 0.3],
  [1, 0.1],
];

export function employeesOf(size: number | string | null): number | null {
  if (typeof size === 'number') return Number.isFinite(size) && size > 0 ? Math.floor(size) : null;
  const match = size?.trim().match(/^(\d+)\s*(?:-\s*\d+|\+)?$/);
  return match ? Number(match[1]) || null : null;
}

function gapFactor(score: number | null): [number | null, string] {
  if (score === null) return [null, 'No maturity score (no audit)'];
  const value = clamp01((100 - score) / 100);
  return [value, `Maturity ${score}/100: a gap of ${100 - Math.round(score)} points`];
}

function roiFactor(annual: number | null): [number | null, string] {
  if (annual === null) return [null, 'No ROI forecast'];
  const value = annual <= 10_000 ? 0 : clamp01(Math.log10(annual / 10_000) / 2);
  return [value, `Expected savings of ${Math.round(annual).toLocaleString('en-US')} a year`];
}

function sizeFactor(size: number | string | null): [number | null, string] {
  const employees = employeesOf(size);
  if (employees === null) return [null, 'Company size unknown'];
  const value = SIZE_STEPS.find(([from]) => employees >= from)![1];
  return [value, `${typeof size === 'string' ? size : employees} employees`];
}

function urgencyFactor(input: UrgencyInputs): [number | null, string] {
  const signals: Array<[number, string]> = [];
  if (input.booking) {
    const days = (input.booking.startsAt.getTime() - input.booking.bookedAt.getTime()) / DAY_MS;
    signals.push(
      days <= 7 ? [1, 'Consultation booked within a week'] : [0.8, 'Consultation booked more than a week ahead'],
    );
  } else if (input.cancelledBooking) {
    signals.push([0.6, 'Booked a consultation, then cancelled']);
  }
  if (input.inquiryType) signals.push([INQUIRY_URGENCY[input.inquiryType], `Inquiry: ${input.inquiryType}`]);
  const budget = input.budgetLevel;
  if (typeof budget === 'number' && budget >= 0 && budget <= 4) {
    signals.push([BUDGET_URGENCY[Math.round(budget)]!, `Automation budget answer: level ${Math.round(budget)} of 4`]);
  }
  if (!signals.length) return [null, 'No urgency signal'];
  return signals.reduce((best, signal) => (signal[0] > best[0] ? signal : best));
}

export function bandOf(score: number): PriorityBand {
  return score >= HIGH_FROM ? 'high' : score >= MEDIUM_FROM ? 'medium' : 'low';
}

export function computePriority(inputs: PriorityInputs): Priority {
  const parts: Array<[PriorityFactorKey, string, [number | null, string]]> = [
    ['gap', 'Maturity gap', gapFactor(inputs.maturityScore)],
    ['roi', 'ROI size', roiFactor(inputs.roiAnnualValue)],
    ['size', 'Company size', sizeFactor(inputs.companySize)],
    ['urgency', 'Urgency', urgencyFactor(inputs.urgency)],
  ];
  const factors = parts.map(([key, label, [value, detail]]): PriorityFactor => {
    const weight = PRIORITY_WEIGHTS[key];
    const points = Math.round(weight * (value ?? UNKNOWN_FACTOR) * 10) / 10;
    return { key, label, weight, value, points, detail: value === null ? `${detail}: counted as average` : detail };
  });
  const score = Math.min(100, Math.max(0, Math.round(factors.reduce((sum, f) => sum + f.points, 0))));
  return { score, band: bandOf(score), factors };
}
