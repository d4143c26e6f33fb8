// The sentence that reconciles the dashboard's two sources: audits are records (all of them),
// visitors are counted visits (only those who allowed counting or were counted cookieless).
export interface ReconciliationFigures {
  auditsStarted: number;
  /** Audits of the range with an analytics event, i.e. seen by a counted visit. */
  fromCountedVisit: number;
  visitors: number;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "39 audits started, 1 from a counted visit; the other 38 came through the API or ..." */
export function reconciliationText({ auditsStarted, fromCountedVisit, visitors }: ReconciliationFigures): string {
  const first = `${plural(auditsStarted, 'audit', 'audits')} started, ${fromCountedVisit} from a counted visit`;
  const rest = auditsStarted - fromCountedVisit;
  const why = rest > 0 ? `; the other ${rest} came through the API or from visitors who were not counted` : '';
  return `${first}${why}. ${plural(visitors, 'counted visitor', 'counted visitors')} in the same days.`;
}
