import { describe, expect, it } from 'vitest';
import {
  findInCatalogue,
  normalizeKey,
  representativeEmployees,
  resolveCompanySize,
  resolveIndustry,
  ownWords,
  toChoices,
} from './answers';
import { makeConfig } from './fixtures.test-support';

const config = makeConfig();

describe('catalogue matching', () => {
  it('normalises case, accents and punctuation', () => {
    expect(normalizeKey('  Retail & E-Commerce ')).toBe('retail and ecommerce');
    expect(normalizeKey('Café')).toBe('cafe');
  });

  it('finds entries by slug or label', () => {
    expect(findInCatalogue(config.painPoints, 'manual data entry')?.slug).toBe('manual-data-entry');
    expect(findInCatalogue(config.painPoints, 'MANUAL-DATA-ENTRY')?.slug).toBe('manual-data-entry');
    expect(findInCatalogue(config.painPoints, '')).toBeUndefined();
  });

  it('keeps unknown words verbatim and drops duplicates', () => {
    expect(toChoices(config.systems, ['SAP ERP', 'sap-erp', 'Lotus Notes', ' lotus notes ', ''])).toEqual([
      { slug: 'sap-erp', text: 'SAP ERP' },
      { slug: null, text: 'Lotus Notes' },
    ]);
  });

  it('maps unknown industries to other, keeping the text', () => {
    expect(resolveIndustry(config, 'MANUFACTURING')).toEqual({ slug: 'manufacturing', text: 'Manufacturing' });
    expect(resolveIndustry(config, 'Retail & e-commerce')).toEqual({
      slug: 'retail-ecommerce',
      text: 'Retail & e-commerce',
    });
    expect(resolveIndustry(config, ' Space mining ')).toEqual({ slug: 'other', text: 'Space mining' });
  });
});

describe('own words', () => {
  it('matches them to the catalogue and keeps them beside the label', () => {
    const [choice] = toChoices(config.painPoints, ['freight invoices keyed by hand']);
    expect(choice).toEqual({
      slug: 'invoice-processing',
      text: 'Invoice and payment processing',
      said: 'freight invoices keyed by hand',
    });
    expect(ownWords(choice!)).toBe('freight invoices keyed by hand');
    expect(ownWords({ slug: 'slack', text: 'Slack' })).toBe('slack');
    expect(ownWords({ slug: null, text: 'Lotus Notes' })).toBe('Lotus Notes');
  });

  it('finds the industry a visitor means; "Other" only when nothing matches or it is chosen', () => {
    expect(resolveIndustry(config, 'Veterinary clinics')).toEqual({
      slug: 'healthcare',
      text: 'Healthcare & life sciences',
      said: 'Veterinary clinics',
    });
    expect(resolveIndustry(config, 'other')).toEqual({ slug: 'other', text: 'Other' });
  });
});

describe('resolveCompanySize', () => {
  it('accepts catalogue ranges and labels', () => {
    expect(resolveCompanySize(config, '100-500')).toEqual({ slug: '100-500', employees: 300, text: '100-500' });
    expect(resolveCompanySize(config, '100 – 500')).toMatchObject({ slug: '100-500', employees: 300 });
    expect(resolveCompanySize(config, 'More than 1,000 employees')).toMatchObject({ slug: '1001+', employees: 1502 });
  });

  it('accepts head-counts as numbers or strings', () => {
    expect(resolveCompanySize(config, 250)).toEqual({ slug: '100-500', employees: 250, text: '250' });
    expect(resolveCompanySize(config, '1,200')).toMatchObject({ slug: '1001+', employees: 1200 });
    expect(resolveCompanySize(config, '7')).toMatchObject({ slug: '1-10', employees: 7 });
  });

  it('maps any range to the catalogue range covering its midpoint, keeping the words', () => {
    const cases: Array<[string | number, string, number]> = [
      ['50-100', '51-99', 75],
      ['1000+', '1001+', 1500],
      ['10 to 50', '11-50', 30],
      ['250', '100-500', 250],
      ['1,000-5,000', '1001+', 3000],
      ['about 200', '100-500', 200],
      ['100-600', '100-500', 350],
      ['over 5k staff', '1001+', 7500],
    ];
    for (const [input, slug, employees] of cases)
      expect(resolveCompanySize(config, input)).toEqual({ slug, employees, text: String(input) });
  });

  it('rejects what is not a head-count', () => {
    for (const input of ['lots', '0', -5, 2.5, '', '0-0', 'ten']) expect(resolveCompanySize(config, input)).toBeNull();
  });

  it('returns null for head-counts outside every range', () => {
    const gappy = makeConfig((c) => (c.companySizes = c.companySizes.filter((s) => s.slug !== '11-50')));
    expect(resolveCompanySize(gappy, 20)).toBeNull();
  });

  it('uses the midpoint, or 1.5x the floor of an open range', () => {
    expect(
      representativeEmployees({
        slug: '11-50',
        label: '',
        minEmployees: 11,
        maxEmployees: 50,
        hourlyCost: 1,
        implementationMultiplier: 1,
      }),
    ).toBe(31);
    expect(
      representativeEmployees({
        slug: '1001+',
        label: '',
        minEmployees: 1001,
        maxEmployees: null,
        hourlyCost: 1,
        implementationMultiplier: 1,
      }),
    ).toBe(1502);
  });
});
