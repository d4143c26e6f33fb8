import { describe, expect, it } from 'vitest';
import { resolveInquiryType } from './inquiry-type';

describe('resolveInquiryType', () => {
  it('keeps the known types and maps their synonyms', () => {
    const cases: Array<[string, string]> = [
      ['project', 'project'],
      ['PRICING', 'pricing'],
      ['consultation', 'project'],
      ['general', 'other'],
      ['Request a quote', 'pricing'],
      ['Partnership enquiry', 'partnership'],
      ['media interview', 'press'],
      ['my audit results', 'audit'],
    ];
    for (const [input, type] of cases) expect(resolveInquiryType(input)).toEqual({ type, text: input });
  });

  it('files what it does not know under other, keeping the words', () => {
    expect(resolveInquiryType('  Zebra crossing ')).toEqual({ type: 'other', text: 'Zebra crossing' });
  });
});
