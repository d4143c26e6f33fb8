// The lead list as CSV rows: the columns of the export and a guard against formula injection
// (a spreadsheet runs a cell that starts with = + - @, tab or carriage return as a formula).

export interface LeadCsvSource {
  id: string;
  kind: string;
  createdAt: Date;
  name: string;
  email: string;
  company: string | null;
  industry: string | null;
  companySize: string | null;
  maturityScore: number | null;
  roiAnnualValue: number | null;
  priority: number;
  band: string;
  status: string;
  source: string;
  campaign: string | null;
  owner: string | null;
}

export const LEAD_CSV_COLUMNS: ReadonlyArray<[keyof LeadCsvSource, string]> = [
  ['id', 'id'],
  ['kind', 'kind'],
  ['createdAt', 'created_at'],
  ['name', 'name'],
  ['email', 'email'],
  ['company', 'company'],
  ['industry', 'industry'],
  ['companySize', 'company_size'],
  ['maturityScore', 'maturity_score'],
  ['roiAnnualValue', 'roi_annual_value'],
  ['priority', 'priority'],
  ['band', 'priority_band'],
  ['status', 'status'],
  ['source', 'source'],
  ['campaign', 'campaign'],
  ['owner', 'owner'],
];

export const LEAD_CSV_HEADER = LEAD_CSV_COLUMNS.map(([, header]) => header);

/** Text a spreadsheet would evaluate gets a leading apostrophe (OWASP's advice). */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function leadCsvRecord(row: LeadCsvSource): string[] {
  return LEAD_CSV_COLUMNS.map(([key]) => {
    const value = row[key];
    if (value === null) return '';
    if (value instanceof Date) return value.toISOString();
    // Numbers are written as numbers; only text can carry a formula.
    return typeof value === 'number' ? String(value) : safeCell(value);
  });
}
