import { describe, expect, it } from 'vitest';
import { reconciliationText } from './reconcile';

describe('reconciliationText', () => {
  it('says how many audits came from a counted visit and why the rest did not', () => {
    expect(reconciliationText({ auditsStarted: 39, fromCountedVisit: 1, visitors: 1 })).toBe(
      '39 audits started, 1 from a counted visit; the other 38 came through the API or from visitors who were not counted. 1 counted visitor in the same days.',
    );
  });
  it('needs no excuse when every audit was counted, and speaks of one audit in the singular', () => {
    expect(reconciliationText({ auditsStarted: 1, fromCountedVisit: 1, visitors: 3 })).toBe(
      '1 audit started, 1 from a counted visit. 3 counted visitors in the same days.',
    );
    expect(reconciliationText({ auditsStarted: 0, fromCountedVisit: 0, visitors: 0 })).toBe(
      '0 audits started, 0 from a counted visit. 0 counted visitors in the same days.',
    );
  });
});
