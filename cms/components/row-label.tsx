'use client';
// Rows of the audit configuration's lists are labelled by what they say (a question's text, a
// catalogue entry's label, a playbook's title), not "Question 01".
import { useRowLabel } from '@payloadcms/ui';
import { rowLabelText } from './row-label-text';

export function ConfigRowLabel() {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>();
  return <span>{rowLabelText(data, rowNumber ?? 0)}</span>;
}
