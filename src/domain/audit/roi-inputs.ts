// Turns an audit's pain points into the ROI engine's processes: each catalogue pain point
// brings its process type and typical weekly hours per 100 employees; the visitor's own words
// count as general work at the configured default. Hours the visitor gave (`timeSpent`) win;
// the others are marked estimated.
import type { RoiAssumptions, RoiProcess } from '../roi/forecast';
import type { AuditAnswers } from './answers';
import type { AuditConfig } from './config';

export function roiProcessesFor(config: AuditConfig, answers: AuditAnswers): RoiProcess[] {
  const per100 = answers.companySize.employees / 100;
  return answers.painPoints.map((choice) => {
    const entry = config.painPoints.find((p) => p.slug === choice.slug);
    const weeklyPer100 = entry ? entry.weeklyHoursPer100Employees : config.roi.defaultWeeklyHoursPer100Employees;
    const given = choice.weeklyHours;
    return {
      name: choice.text,
      processType: entry?.processType ?? 'general',
      weeklyHours: given ?? weeklyPer100 * per100,
      estimated: given === undefined,
    };
  });
}

export function roiAssumptionsFor(config: AuditConfig, companySizeSlug: string): RoiAssumptions {
  const size = config.companySizes.find((s) => s.slug === companySizeSlug) ?? config.companySizes[0]!;
  return {
    currency: config.currency,
    hourlyCost: size.hourlyCost,
    implementationMultiplier: size.implementationMultiplier,
    roi: config.roi,
  };
}
