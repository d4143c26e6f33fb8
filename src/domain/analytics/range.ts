// Date ranges of the dashboard: whole UTC days, "from" and "to" both included, and the
// previous period of the same length right before it (for the comparison).
export interface DayRange {
  /** YYYY-MM-DD, first day included. */
  from: string;
  /** YYYY-MM-DD, last day included. */
  to: string;
}

/** The half-open interval [start, end) the SQL uses, so an index range scan covers it exactly. */
export interface Period {
  start: Date;
  end: Date;
  days: number;
}

export const MAX_RANGE_DAYS = 366;
const DAY_MS = 86_400_000;

export const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => dayOf(new Date(dayStart(day).getTime() + days * DAY_MS));

export function periodOf(range: DayRange): Period {
  const start = dayStart(range.from);
  const end = dayStart(addDays(range.to, 1));
  return { start, end, days: Math.round((end.getTime() - start.getTime()) / DAY_MS) };
}

export function previousPeriod(period: Period): Period {
  return { start: new Date(period.start.getTime() - period.days * DAY_MS), end: period.start, days: period.days };
}

/** The last `days` days up to and including today (UTC). */
export function lastDays(now: Date, days: number): DayRange {
  const to = dayOf(now);
  return { from: addDays(to, -(days - 1)), to };
}

export function rangeOfPeriod(period: Period): DayRange {
  return { from: dayOf(period.start), to: addDays(dayOf(period.end), -1) };
}

/** Every day of the period, in order. */
export function eachDay(period: Period): string[] {
  const days: string[] = [];
  for (let t = period.start.getTime(); t < period.end.getTime(); t += DAY_MS) days.push(dayOf(new Date(t)));
  return days;
}
