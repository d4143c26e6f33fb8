import { describe, expect, it } from 'vitest';
import { defaultState, parseState, serializeState, toRequest, type CatalogueEntry } from './calculator-state';

const catalogue: CatalogueEntry[] = [
  { slug: 'manual-data-entry', label: 'Manual data entry', weeklyHoursPer100Employees: 25 },
  { slug: 'invoice-processing', label: 'Invoice and payment processing', weeklyHoursPer100Employees: 12 },
];

describe('calculator state', () => {
  it('starts from typical hours for 120 people', () => {
    expect(defaultState(catalogue, 120)).toEqual({
      employees: 120,
      processes: [
        { slug: 'manual-data-entry', name: 'Manual data entry', hours: 30 },
        { slug: 'invoice-processing', name: 'Invoice and payment processing', hours: 14 },
      ],
    });
    expect(defaultState([], 120).processes).toEqual([]);
    expect(parseState(new URLSearchParams(''), catalogue, 120)).toEqual(defaultState(catalogue, 120));
  });

  it('round-trips through the URL', () => {
    const state = {
      employees: 240,
      processes: [
        { slug: 'invoice-processing', name: 'Invoice and payment processing', hours: 20 },
        { slug: null, name: 'Chasing signatures: contracts', hours: 6.5 },
      ],
    };
    const query = serializeState(state);
    expect(query).toBe('employees=240&p=invoice-processing%3A20&p=Chasing+signatures%3A+contracts%3A6.5');
    expect(parseState(new URLSearchParams(query), catalogue, 120)).toEqual(state);
  });

  it('repairs what a hand-edited URL gets wrong', () => {
    const parsed = parseState(
      new URLSearchParams('employees=-3&p=manual-data-entry&p=Audit:999&p=audit:2&p=:4'),
      catalogue,
      120,
    );
    expect(parsed).toEqual({
      employees: 120,
      processes: [
        { slug: 'manual-data-entry', name: 'Manual data entry', hours: 30 },
        { slug: null, name: 'Audit', hours: 120 },
      ],
    });
  });

  it('builds the seed request', () => {
    expect(toRequest({ employees: 10, processes: [{ slug: null, name: 'Invoices', hours: 4 }] })).toEqual({
      employees: 10,
      processes: ['Invoices'],
      timeSpent: { Invoices: 4 },
    });
  });
});
