// The ROI engine, shared by the audit and the ROI calculator. For each process:
//   annual hours      = weekly hours (capped) x working weeks
//   hours saved       = annual hours x automation share(process type) x risk adjustment
// then savings = hours saved x loaded hourly cost; implementation = (base + per process x n)
// x company-size multiplier (x (1 + contingency) when conservative); maintenance = share x
// implementation per year; payback = implementation / monthly net benefit; 3-year ROI =
// (3 x net annual benefit - implementation) / implementation. Every figure has a conservative
// and an expected value, and the assumptions used are returned with it.
import type { AuditConfig, ProcessType } from '../audit/config';
import { formatMoney } from '../format';

export type Scenario = 'conservative' | 'expected';
export type Range = Record<Scenario, number>;

export interface RoiProcess {
  name: string;
  processType: ProcessType;
  weeklyHours: number;
  /** True when the hours are the catalogue's typical figure, not the visitor's. */
  estimated?: boolean;
}

export interface RoiAssumptions {
  currency: string;
  hourlyCost: number;
  implementationMultiplier: number;
  roi: AuditConfig['roi'];
}

export interface ProcessForecast {
  name: string;
  processType: ProcessType;
  weeklyHours: number;
  annualHours: number;
  automationShare: Range;
  hoursSaved: Range;
  estimated?: boolean;
}

export interface RoiForecast {
  currency: string;
  processes: ProcessForecast[];
  annualHoursSaved: Range;
  annualSavings: Range;
  implementationCost: Range;
  annualMaintenance: Range;
  /** Months until the implementation is paid back; null when it never is. */
  paybackMonths: Record<Scenario, number | null>;
  efficiencyPercent: Range;
  threeYearRoiPercent: Range;
  /** The cheapest start: the process saving the most hours, automated alone (expected case). */
  pilot?: { name: string; implementationCost: number; annualSavings: number; paybackMonths: number | null } | null;
  assumptions: Array<{ key: string; label: string; value: string }>;
}

const SCENARIOS: Scenario[] = ['conservative', 'expected'];
const range = (fn: (scenario: Scenario) => number): Range => ({
  conservative: fn('conservative'),
  expected: fn('expected'),
});
const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

function shareFor(roi: AuditConfig['roi'], type: ProcessType): Range {
  const share =
    roi.automationShare.find((s) => s.processType === type) ??
    roi.automationShare.find((s) => s.processType === 'general');
  return { conservative: share?.conservative ?? 0, expected: share?.expected ?? 0 };
}

export function forecastRoi(processes: readonly RoiProcess[], assumptions: RoiAssumptions): RoiForecast {
  const { roi, hourlyCost, implementationMultiplier, currency } = assumptions;
  const forecasts: ProcessForecast[] = processes
    .filter((process) => process.weeklyHours > 0)
    .map((process) => {
      const weeklyHours = Math.min(process.weeklyHours, roi.maxWeeklyHoursPerProcess);
      const annualHours = weeklyHours * roi.workingWeeksPerYear;
      const automationShare = shareFor(roi, process.processType);
      return {
        name: process.name,
        processType: process.processType,
        weeklyHours: round(weeklyHours, 1),
        annualHours: round(annualHours),
        automationShare,
        hoursSaved: range((s) => round(annualHours * automationShare[s] * roi.riskAdjustment[s])),
        ...(process.estimated === undefined ? {} : { estimated: process.estimated }),
      };
    });

  const totalAnnualHours = forecasts.reduce((sum, p) => sum + p.annualHours, 0);
  const hoursSaved = range((s) => forecasts.reduce((sum, p) => sum + p.hoursSaved[s], 0));
  const savings = range((s) => round(hoursSaved[s] * hourlyCost));
  // Nothing to automate, nothing to build.
  const baseImplementation =
    forecasts.length === 0
      ? 0
      : (roi.implementation.baseCost + roi.implementation.perProcessCost * forecasts.length) * implementationMultiplier;
  const implementation = range((s) =>
    round(baseImplementation * (s === 'conservative' ? 1 + roi.implementation.contingency : 1)),
  );
  const maintenance = range((s) => round(implementation[s] * roi.maintenanceShare));
  const netAnnual = range((s) => savings[s] - maintenance[s]);

  const payback = Object.fromEntries(
    SCENARIOS.map((s) => [
      s,
      implementation[s] > 0 && netAnnual[s] > 0 ? round(implementation[s] / (netAnnual[s] / 12), 1) : null,
    ]),
  ) as Record<Scenario, number | null>;

  return {
    currency,
    processes: forecasts,
    pilot: pilotOf(forecasts, assumptions),
    annualHoursSaved: hoursSaved,
    annualSavings: savings,
    implementationCost: implementation,
    annualMaintenance: maintenance,
    paybackMonths: payback,
    efficiencyPercent: range((s) => (totalAnnualHours > 0 ? round((100 * hoursSaved[s]) / totalAnnualHours) : 0)),
    threeYearRoiPercent: range((s) =>
      implementation[s] > 0 ? round((100 * (3 * netAnnual[s] - implementation[s])) / implementation[s]) : 0,
    ),
    assumptions: describeAssumptions(assumptions, forecasts),
  };
}

function pilotOf(forecasts: ProcessForecast[], { roi, hourlyCost, implementationMultiplier }: RoiAssumptions) {
  const best = [...forecasts].sort((a, b) => b.hoursSaved.expected - a.hoursSaved.expected)[0];
  if (!best) return null;
  const implementationCost = round(
    (roi.implementation.baseCost + roi.implementation.perProcessCost) * implementationMultiplier,
  );
  const annualSavings = round(best.hoursSaved.expected * hourlyCost);
  const net = annualSavings - implementationCost * roi.maintenanceShare;
  return {
    name: best.name,
    implementationCost,
    annualSavings,
    paybackMonths: implementationCost > 0 && net > 0 ? round(implementationCost / (net / 12), 1) : null,
  };
}

function describeAssumptions(
  { roi, hourlyCost, implementationMultiplier, currency }: RoiAssumptions,
  processes: ProcessForecast[],
) {
  const pct = (value: number) => `${round(value * 100)}%`;
  const money = (value: number) => formatMoney(value, currency);
  const types = [...new Set(processes.map((p) => p.processType))];
  return [
    { key: 'hourlyCost', label: 'Loaded hourly cost of staff time', value: money(hourlyCost) },
    { key: 'workingWeeks', label: 'Working weeks per year', value: String(roi.workingWeeksPerYear) },
    {
      key: 'maxWeeklyHours',
      label: 'Most weekly hours counted per process',
      value: String(roi.maxWeeklyHoursPerProcess),
    },
    ...types.map((type) => {
      const share = shareFor(roi, type);
      return {
        key: `share:${type}`,
        label: `Share of ${type.replace(/-/g, ' ')} work automated`,
        value: `${pct(share.conservative)}–${pct(share.expected)}`,
      };
    }),
    {
      key: 'risk',
      label: 'Benefits realised after adoption (risk adjustment)',
      value: `${pct(roi.riskAdjustment.conservative)}–${pct(roi.riskAdjustment.expected)}`,
    },
    {
      key: 'implementation',
      label: roi.implementation.package
        ? `Implementation cost: the “${roi.implementation.package}” package on our pricing page`
        : 'Implementation cost model',
      value: `(${money(roi.implementation.baseCost)} + ${money(roi.implementation.perProcessCost)} per process) × ${implementationMultiplier} for company size, +${pct(roi.implementation.contingency)} contingency when conservative`,
    },
    { key: 'maintenance', label: 'Yearly maintenance', value: `${pct(roi.maintenanceShare)} of implementation` },
  ];
}
