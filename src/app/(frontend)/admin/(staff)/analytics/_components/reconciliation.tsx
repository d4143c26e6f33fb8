// How the records and the counted visits meet, in words: "39 audits started, 1 from a counted
// visit", so a low visitor count next to many audits reads as what it is.
import { reconciliationText, type ReconciliationFigures } from '@/domain/analytics/reconcile';

export const SOURCE_LABELS = {
  records: 'every audit, lead, booking and download stored, whoever made it (the wizard or the API)',
  'counted visits':
    'browser events of visitors who allowed analytics or were counted without a cookie; visitors who declined, send Global Privacy Control or are bots are not counted',
} as const;

export function Reconciliation({ figures }: { figures: ReconciliationFigures }) {
  return (
    <p className="mb-4 rounded-lg bg-brand-50 px-3 py-2 text-sm text-ink" data-testid="reconciliation">
      {reconciliationText(figures)}
    </p>
  );
}
