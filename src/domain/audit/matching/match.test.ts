import { describe, expect, it } from 'vitest';
import { auditConfigSchema } from '../config';
import { defaultAuditConfig } from '../default-config';
import { MATCH_THRESHOLD, MATCH_THRESHOLDS, entryNames, matchCatalogue, rankCatalogue } from './match';
import { editDistance, sameWord } from './similar';
import { foldText, tokenize } from './tokens';

const config = auditConfigSchema.parse(defaultAuditConfig);
const slugOf = (entries: Parameters<typeof matchCatalogue>[0], text: string) =>
  matchCatalogue(entries, text, entries === config.painPoints ? MATCH_THRESHOLDS.painPoints : MATCH_THRESHOLD)?.entry
    .slug ?? null;

describe('matchCatalogue', () => {
  it('finds the entry a visitor means in other words', () => {
    expect(slugOf(config.painPoints, 'freight invoices keyed by hand')).toBe('invoice-processing');
    expect(slugOf(config.industries, 'Veterinary clinics')).toBe('healthcare');
    expect(slugOf(config.systems, 'SAP Business One')).toBe('sap-erp');
    expect(slugOf(config.kpis, 'days sales outstanding')).toBe('cash-flow');
  });

  it('matches slugs and labels exactly with the highest score', () => {
    expect(matchCatalogue(config.systems, 'sap-erp')).toMatchObject({ entry: { slug: 'sap-erp' }, score: 1 });
    expect(matchCatalogue(config.industries, 'RETAIL & E-COMMERCE')?.entry.slug).toBe('retail-ecommerce');
  });

  it('leaves what it does not know as free text', () => {
    expect(slugOf(config.systems, 'Lotus Notes')).toBeNull();
    expect(slugOf(config.industries, 'Space mining')).toBeNull();
    expect(slugOf(config.painPoints, '   ')).toBeNull();
    expect(rankCatalogue(config.kpis, '')).toEqual([]);
  });

  it('tolerates one slip of the keyboard in longer words only', () => {
    expect(slugOf(config.industries, 'Manufactoring')).toBe('manufacturing');
    expect(sameWord(tokenize('bank')[0]!, tokenize('tank')[0]!)).toBe(false);
  });

  it('applies the threshold to the score, not the ranking', () => {
    const ranked = rankCatalogue(config.painPoints, 'slow laptops');
    expect(ranked.every((m) => m.score < MATCH_THRESHOLD)).toBe(true);
    expect(matchCatalogue(config.painPoints, 'slow laptops', 0.1)).not.toBeNull();
  });

  it('reads compounds, words written together and long words with two slips', () => {
    expect(slugOf(config.industries, 'Zahnarztpraxis')).toBe('healthcare');
    expect(slugOf(config.systems, 'Office365')).toBe('microsoft-365');
    expect(slugOf(config.systems, 'Make.com')).toBe('workflow-automation');
    const entries = [{ slug: 'docs', label: 'Documentation' }];
    expect(slugOf(entries, 'documantaiton')).toBe('docs');
    // A name's compound is not said by its last part: "security" is not "cybersecurity".
    expect(slugOf([{ slug: 'cyber', label: 'Cybersecurity' }], 'security')).toBeNull();
  });

  it('lets the other word of "law practice" or "freight broker" decide', () => {
    expect(slugOf(config.industries, 'law practice')).toBe('professional-services');
    expect(slugOf(config.industries, 'freight broker')).toBe('logistics');
    expect(slugOf(config.painPoints, 'invoices typed into SAP manually')).toBe('invoice-processing');
  });

  it('treats "not:" aliases as negative evidence', () => {
    const entries = [{ slug: 'revenue', label: 'Revenue', aliases: ['turnover', 'not: staff turnover'] }];
    expect(slugOf(entries, 'turnover')).toBe('revenue');
    expect(slugOf(entries, 'annual turnover')).toBe('revenue');
    expect(slugOf(entries, 'staff turnover')).toBeNull();
    expect(entryNames(entries[0]!)).not.toContain('not: staff turnover');
  });

  it('holds pain points to their own, higher threshold', () => {
    expect(MATCH_THRESHOLDS.painPoints).toBeGreaterThan(MATCH_THRESHOLD);
    expect(slugOf(config.painPoints, 'too few customers')).toBeNull();
  });

  it('uses the aliases editors maintain', () => {
    const entries = [{ slug: 'widgets', label: 'Widgets', aliases: ['gizmo'] }];
    expect(slugOf(entries, 'gizmos')).toBe('widgets');
    expect(slugOf([{ slug: 'widgets', label: 'Widgets', aliases: null }], 'gizmos')).toBeNull();
  });
});

describe('entryNames', () => {
  it('splits labels that list several names', () => {
    expect(entryNames({ slug: 'wa', label: 'Zapier / Make (n8n), UiPath or RPA' })).toEqual(
      expect.arrayContaining(['Zapier', 'Make', 'n8n', 'UiPath', 'RPA']),
    );
  });
});

describe('tokens', () => {
  it('folds accents, joins hyphenated words and keeps capital acronyms', () => {
    expect(foldText('Hôtellerie & e-Commerce')).toBe('hotellerie and ecommerce');
    expect(tokenize('IT services').map((t) => [t.lemma, t.stop])).toEqual([
      ['it', false],
      ['service', false],
    ]);
    expect(tokenize('it is').every((t) => t.stop)).toBe(true);
    expect(tokenize('!!!')).toEqual([]);
  });

  it('measures edit distance with transpositions, giving up past the limit', () => {
    expect(editDistance('retial', 'retail')).toBe(1);
    expect(editDistance('abc', 'abcdef')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(2);
  });
});

describe('what generalises beyond the synonym lists', () => {
  const entries = [
    { slug: 'speed', label: 'Speed', aliases: ['faster turnaround'] },
    { slug: 'hospitals', label: 'Hospitals' },
    { slug: 'quality', label: 'Poor or duplicated data' },
    { slug: 'crm', label: 'Salesforce' },
  ];

  it('reads a word the lexicon knows as meant, never as a slip for another', () => {
    expect(matchCatalogue(entries, 'ad spend')).toBeNull();
    // A word no dictionary has may still be a slip of the keyboard.
    expect(matchCatalogue(entries, 'salesfroce')?.entry.slug).toBe('crm');
    expect(tokenize('spend')[0]?.known).toBe(true);
    expect(tokenize('salesfroce')[0]?.known).toBe(false);
  });

  it('never reads two words joined as a compound of a third', () => {
    expect(matchCatalogue(entries, 'hospitality group')).toBeNull();
    expect(matchCatalogue(entries, 'hospital group')?.entry.slug).toBe('hospitals');
  });

  it('gives an adjective before "or" the noun of the last alternative', () => {
    expect(entryNames(entries[2]!)).toContain('Poor data');
    expect(entryNames(entries[2]!)).not.toContain('Poor');
    expect(matchCatalogue(entries, 'poor wifi in the warehouse')).toBeNull();
    expect(matchCatalogue(entries, 'poor data')?.entry.slug).toBe('quality');
  });
});
