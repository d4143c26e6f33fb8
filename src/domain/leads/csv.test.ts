import { describe, expect, it } from 'vitest';
import { LEAD_CSV_HEADER, leadCsvRecord, safeCell, type LeadCsvSource } from './csv';

const row: LeadCsvSource = {
  id: '5f0c1d0e-0000-4000-8000-000000000001',
  kind: 'audit',
  createdAt: new Date('2026-11-26T09:30:00Z'),
  name: '=HYPERLINK("http://evil","x")',
  email: 'cto@company.com',
  company: null,
  industry: 'manufacturing',
  companySize: '100-500',
  maturityScore: 35,
  roiAnnualValue: 120000,
  priority: 71,
  band: 'high',
  status: 'new',
  source: '-direct',
  campaign: '@q4',
  owner: '+sales@xteam.pro',
};

describe('lead CSV', () => {
  it('has one header per column', () => {
    expect(LEAD_CSV_HEADER).toEqual([
      'id',
      'kind',
      'created_at',
      'name',
      'email',
      'company',
      'industry',
      'company_size',
      'maturity_score',
      'roi_annual_value',
      'priority',
      'priority_band',
      'status',
      'source',
      'campaign',
      'owner',
    ]);
  });

  it('writes dates as ISO, nulls as empty and numbers plainly', () => {
    const record = leadCsvRecord(row);
    expect(record).toHaveLength(LEAD_CSV_HEADER.length);
    expect(record[2]).toBe('2026-11-26T09:30:00.000Z');
    expect(record[5]).toBe('');
    expect(record[8]).toBe('35');
    expect(record[10]).toBe('71');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const record = leadCsvRecord(row);
    expect(record[3]).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(record[13]).toBe("'-direct");
    expect(record[14]).toBe("'@q4");
    expect(record[15]).toBe("'+sales@xteam.pro");
    expect(['\tx', '\rx', 'a=b', ''].map(safeCell)).toEqual(["'\tx", "'\rx", 'a=b', '']);
  });
});
