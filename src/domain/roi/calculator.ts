// The ROI calculator on the shared engine (forecast.ts): a head-count, the processes to
// automate (catalogue names or the visitor's own words) and the hours a week each takes.
// The head-count picks the company size (loaded hourly cost, implementation multiplier);
// a process given without hours gets the catalogue's typical hours for that head-count.
// Headline figures are the expected scenario; the conservative one is returned beside it.
import { normalizeKey, resolveCompanySize } from '../audit/answers';
import { MATCH_THRESHOLDS, matchCatalogue } from '../audit/matching/match';
import type { AuditConfig } from '../audit/config';
import { forecastRoi, type Range, type RoiForecast, type RoiProcess, type Scenario } from './forecast';

export interface CalculatorInput {
  employees: number;
  processes: readonly string[];
  /** Hours per week per process, keyed by process name. */
  timeSpent: Readonly<Record<string, number>>;
}

export interface CalculatorProcess {
  name: string;
  /** Catalogue entry it was matched to, or null for the visitor's own words. */
  matched: { slug: string; label: string } | null;
  weeklyHours: number;
  /** True when the hours were not given and come from the catalogue's typical figure. */
  estimated: boolean;
}

export interface CashflowPoint {
  month: number;
  conservative: number;
  expected: number;
}

export interface CalculatorResult {
  potentialSavings: number;
  implementationCost: number;
  paybackPeriod: number | null;
  efficiency: number;
  currency: string;
  companySize: string;
  ranges: {
    potentialSavings: Range;
    implementationCost: Range;
    paybackPeriod: Record<Scenario, number | null>;
    efficiency: Range;
    annualHoursSaved: Range;
    annualMaintenance: Range;
    threeYearRoiPercent: Range;
  };
  processes: CalculatorProcess[];
  assumptions: RoiForecast['assumptions'];
  cashflow: CashflowPoint[];
}

/** A problem with the input, named by field, for the caller to turn into a 400. */
export class CalculatorInputError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'CalculatorInputError';
  }
}

export const HOURS_PER_PERSON_PER_WEEK = 40;
const CASHFLOW_MONTHS = 36;
type PainPoint = AuditConfig['painPoints'][number];

/**
 * A catalogue process for the visitor's name of it, by the same matcher as the audit's own-words
 * boxes: "invoice processing" and "freight invoices keyed by hand" are "Invoice and payment
 * processing"; unknown processes get the configuration's default assumptions.
 */
export function matchProcess(config: AuditConfig, name: string): PainPoint | undefined {
  return matchCatalogue(config.painPoints, name, MATCH_THRESHOLDS.painPoints)?.entry;
}

function hoursFor(input: CalculatorInput, name: string): number | undefined {
  const key = normalizeKey(name);
  const entry = Object.entries(input.timeSpent).find(([k]) => normalizeKey(k) === key);
  return entry?.[1];
}

function checkInput(input: CalculatorInput, names: string[]) {
  const known = new Set(names.map(normalizeKey));
  for (const key of Object.keys(input.timeSpent)) {
    if (!known.has(normalizeKey(key)))
      throw new CalculatorInputError(`timeSpent.${key}`, 'Not one of the processes; list it in "processes" too');
  }
}

/** The processes once each (same name in any case counts once), in the order given. */
function distinctNames(processes: readonly string[]): string[] {
  const seen = new Set<string>();
  return processes
    .map((p) => p.trim())
    .filter((p) => {
      const key = normalizeKey(p);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export function cumulativeCashflow(forecast: RoiForecast, months = CASHFLOW_MONTHS): CashflowPoint[] {
  const monthly = (s: Scenario) => (forecast.annualSavings[s] - forecast.annualMaintenance[s]) / 12;
  return Array.from({ length: months + 1 }, (_, month) => ({
    month,
    conservative: Math.round(month * monthly('conservative') - forecast.implementationCost.conservative),
    expected: Math.round(month * monthly('expected') - forecast.implementationCost.expected),
  }));
}

export function calculateRoi(config: AuditConfig, input: CalculatorInput): CalculatorResult {
  const size = resolveCompanySize(config, input.employees);
  if (!size) throw new CalculatorInputError('employees', 'Use a whole number of employees, at least 1');
  const names = distinctNames(input.processes);
  if (names.length === 0) throw new CalculatorInputError('processes', 'Name at least one process');
  checkInput(input, names);

  const entries = names.map((name) => matchProcess(config, name));
  const processes: CalculatorProcess[] = names.map((name, index) => {
    const entry = entries[index];
    const given = hoursFor(input, name);
    const typical =
      ((entry?.weeklyHoursPer100Employees ?? config.roi.defaultWeeklyHoursPer100Employees) * input.employees) / 100;
    return {
      name,
      matched: entry ? { slug: entry.slug, label: entry.label } : null,
      weeklyHours: Math.round((given ?? typical) * 10) / 10,
      estimated: given === undefined,
    };
  });
  const totalHours = processes.reduce((sum, p) => sum + p.weeklyHours, 0);
  const available = input.employees * HOURS_PER_PERSON_PER_WEEK;
  if (totalHours > available)
    throw new CalculatorInputError(
      'timeSpent',
      `${totalHours} hours a week is more than ${input.employees} people work (${available} hours)`,
    );

  const companySize = config.companySizes.find((s) => s.slug === size.slug)!;
  const engineProcesses: RoiProcess[] = processes.map((p, index) => ({
    name: p.name,
    processType: entries[index]?.processType ?? 'general',
    weeklyHours: p.weeklyHours,
  }));
  const forecast = forecastRoi(engineProcesses, {
    currency: config.currency,
    hourlyCost: companySize.hourlyCost,
    implementationMultiplier: companySize.implementationMultiplier,
    roi: config.roi,
  });

  return {
    potentialSavings: forecast.annualSavings.expected,
    implementationCost: forecast.implementationCost.expected,
    paybackPeriod: forecast.paybackMonths.expected,
    efficiency: forecast.efficiencyPercent.expected,
    currency: forecast.currency,
    companySize: companySize.label,
    ranges: {
      potentialSavings: forecast.annualSavings,
      implementationCost: forecast.implementationCost,
      paybackPeriod: forecast.paybackMonths,
      efficiency: forecast.efficiencyPercent,
      annualHoursSaved: forecast.annualHoursSaved,
      annualMaintenance: forecast.annualMaintenance,
      threeYearRoiPercent: forecast.threeYearRoiPercent,
    },
    processes,
    assumptions: [
      { key: 'companySize', label: 'Company size used for costs', value: companySize.label },
      ...forecast.assumptions,
    ],
    cashflow: cumulativeCashflow(forecast),
  };
}
