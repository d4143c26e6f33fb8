import { describe, expect, it } from 'vitest';
import { describeConfigPath } from './issue-label';

const config = {
  questions: [
    { key: 'intake', text: 'How do invoices and orders reach you?' },
    { key: '', text: '' },
  ],
  roi: { automationShare: [{ processType: 'invoice_processing', expected: 2 }] },
  playbooks: [{ key: 'ap', title: 'Automate accounts payable from the inbox to the ledger, with a human check' }],
};

describe('describeConfigPath', () => {
  it('names a row by its own words and the field in words', () => {
    expect(describeConfigPath(['questions', 0, 'key'], config)).toBe(
      'Questions › “How do invoices and orders reach you?” › Key',
    );
    expect(describeConfigPath(['roi', 'automationShare', 0, 'expected'], config)).toBe(
      'ROI › Automation share › “invoice_processing” › Expected',
    );
  });

  it('shortens long row words and numbers rows that say nothing yet', () => {
    expect(describeConfigPath(['playbooks', 0, 'summary'], config)).toBe(
      'Playbooks › “Automate accounts payable from the inbox to the ledger…” › Summary',
    );
    expect(describeConfigPath(['questions', 1, 'text'], config)).toBe('Questions › “New row 2” › Text');
    expect(describeConfigPath(['questions', 7, 'text'], config)).toBe('Questions › row 8 › Text');
  });

  it('names the whole configuration for a problem without a path', () => {
    expect(describeConfigPath([], config)).toBe('Audit configuration');
  });
});
