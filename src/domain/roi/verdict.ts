// Advice that follows the numbers: when the expected 3-year ROI is negative or the payback is
// beyond three years, say so plainly and lead with the cheapest pilot. Pure.
import { formatMoney as money, formatMonths } from '../format';
import type { RoiForecast } from './forecast';

export const PAYBACK_LIMIT_MONTHS = 36;

export interface RoiVerdict {
  /** False when the forecast does not pay back within three years. */
  pays: boolean;
  /** The plain statement shown on the results page, in the PDF and in the email; null when it pays. */
  statement: string | null;
}

export function roiVerdict(roi: RoiForecast): RoiVerdict {
  if (roi.processes.length === 0) return { pays: true, statement: null };
  const payback = roi.paybackMonths.expected;
  const pays = roi.threeYearRoiPercent.expected >= 0 && payback !== null && payback <= PAYBACK_LIMIT_MONTHS;
  if (pays) return { pays, statement: null };
  const all =
    payback === null
      ? 'the savings we can count would not cover the running costs'
      : `the expected payback is ${formatMonths(payback)} and the 3-year ROI ${roi.threeYearRoiPercent.expected}%`;
  const pilot = roi.pilot;
  const start =
    pilot && pilot.paybackMonths !== null
      ? ` Start small instead: a pilot on “${pilot.name}” alone costs about ${money(pilot.implementationCost, roi.currency)} and would pay back in about ${formatMonths(pilot.paybackMonths)}; measure it before committing to more.`
      : ' Start with the cheapest pilot, one process, and measure the real hours before committing to more; the figures change with the hours you give us.';
  return {
    pays,
    statement: `Honestly: automating all ${roi.processes.length} process${roi.processes.length > 1 ? 'es' : ''} at once does not pay off on these numbers: ${all}.${start}`,
  };
}

/** The pilot the recommendations lead with: the forecast's cheapest start, when the whole plan does not pay. */
export function pilotToLead(
  roi: RoiForecast,
): { name: string; implementationCost: number; paybackMonths: number | null; currency: string } | null {
  if (roiVerdict(roi).pays || !roi.pilot) return null;
  const { name, implementationCost, paybackMonths } = roi.pilot;
  return { name, implementationCost, paybackMonths, currency: roi.currency };
}
