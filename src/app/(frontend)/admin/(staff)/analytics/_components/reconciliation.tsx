// How the records and the counted visits meet, in words: "39 audits started, 1 from a counted
// visit", so a low visitor count next to many audits reads as what it is.
export const SOURCE_LABELS = {
  records: 'every audit, lead, booking and download stored, whoever made it (the wizard or the API)',
  'counted visits':
    'browser events of visitors who allowed analytics or were counted without a cookie; visitors who declined, send Global Privacy Control or are bots are not counted',
} as const;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function reconciliationText(figures: { auditsStarted: number; fromCountedVisit: number; visitors: number }) {
  const { auditsStarted, fromCountedVisit, visitors } = figures;
  const first = `${plural(auditsStarted, 'audit', 'audits')} started, ${fromCountedVisit} from a counted visit`;
  const rest = auditsStarted - fromCountedVisit;
  const why = rest > 0 ? `; the other ${rest} came through the API or from visitors who were not counted` : '';
  return `${first}${why}. ${plural(visitors, 'counted visitor', 'counted visitors')} in the same days.`;
}

export function Reconciliation({
  figures,
}: {
  figures: { auditsStarted: number; fromCountedVisit: number; visitors: number };
}) {
  return (
    <p className="mb-4 rounded-lg bg-brand-50 px-3 py-2 text-sm text-ink" data-testid="reconciliation">
      {reconciliationText(figures)}
    </p>
  );
}
