// The calculator's state and its URL form, so figures can be shared and restored:
// ?employees=120&p=invoice-processing:20&p=Chasing%20signatures:6
// Catalogue processes travel by slug, the visitor's own by name; hours per week after the colon.
export interface CalculatorProcessState {
  /** Catalogue slug, or null for the visitor's own words. */
  slug: string | null;
  name: string;
  hours: number;
}

export interface CalculatorState {
  employees: number;
  processes: CalculatorProcessState[];
}

export interface CatalogueEntry {
  slug: string;
  label: string;
  weeklyHoursPer100Employees: number;
}

export const DEFAULT_EMPLOYEES = 120;
const DEFAULT_PROCESSES = ['manual-data-entry', 'invoice-processing', 'manual-reporting'];
const MAX_EMPLOYEES = 1_000_000;
const MAX_PROCESSES = 20;

export const typicalHours = (entry: CatalogueEntry, employees: number, max: number) =>
  Math.min(max, Math.max(1, Math.round((entry.weeklyHoursPer100Employees * employees) / 100)));

export function defaultState(catalogue: readonly CatalogueEntry[], maxHours: number): CalculatorState {
  const picks = catalogue.filter((entry) => DEFAULT_PROCESSES.includes(entry.slug));
  const chosen = picks.length > 0 ? picks : catalogue.slice(0, 2);
  return {
    employees: DEFAULT_EMPLOYEES,
    processes: chosen.map((entry) => ({
      slug: entry.slug,
      name: entry.label,
      hours: typicalHours(entry, DEFAULT_EMPLOYEES, maxHours),
    })),
  };
}

const clampHours = (value: number, max: number) => Math.min(max, Math.max(0, Math.round(value * 2) / 2));

export function parseState(
  params: URLSearchParams,
  catalogue: readonly CatalogueEntry[],
  maxHours: number,
): CalculatorState {
  const employeesParam = Number(params.get('employees'));
  const raw = params.getAll('p');
  if (!params.has('employees') && raw.length === 0) return defaultState(catalogue, maxHours);
  const employees =
    Number.isInteger(employeesParam) && employeesParam >= 1
      ? Math.min(employeesParam, MAX_EMPLOYEES)
      : DEFAULT_EMPLOYEES;
  const processes: CalculatorProcessState[] = [];
  for (const item of raw.slice(0, MAX_PROCESSES)) {
    const at = item.lastIndexOf(':');
    const key = (at === -1 ? item : item.slice(0, at)).trim().slice(0, 120);
    const hours = at === -1 ? NaN : Number(item.slice(at + 1));
    if (!key) continue;
    const entry = catalogue.find((e) => e.slug === key);
    const name = entry ? entry.label : key;
    if (processes.some((p) => p.name.toLowerCase() === name.toLowerCase())) continue;
    const fallback = entry ? typicalHours(entry, employees, maxHours) : 0;
    processes.push({
      slug: entry?.slug ?? null,
      name,
      hours: Number.isFinite(hours) ? clampHours(hours, maxHours) : fallback,
    });
  }
  return { employees, processes };
}

export function serializeState(state: CalculatorState): string {
  const params = new URLSearchParams();
  params.set('employees', String(state.employees));
  for (const process of state.processes) params.append('p', `${process.slug ?? process.name}:${process.hours}`);
  return params.toString();
}

/** The seed's calculator request for this state. */
export function toRequest(state: CalculatorState) {
  return {
    employees: state.employees,
    processes: state.processes.map((p) => p.name),
    timeSpent: Object.fromEntries(state.processes.map((p) => [p.name, p.hours])),
  };
}
