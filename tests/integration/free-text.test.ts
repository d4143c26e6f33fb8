// The audit and the contact form understand what people write (issue 15), over real HTTP and a
// real database: any company-size range, any inquiry type, and own words matched to the
// catalogues through the REST API and through the wizard's tRPC steps, the words kept.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trpc, uniqueEmail, url } from '../support/app';
import { postAudit, seedExampleRequest, submitThroughWizard } from '../support/audit';
import { postContact } from '../support/contact';

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});
afterAll(() => db.end());

// Addresses of this file's own (TEST-NET-3), one per request: the shared fakeClientIp() counter
// starts again in every file, and the per-address limits count across files on one server.
let address = 0;
const ownAddress = () => ({ 'x-forwarded-for': `203.0.113.${++address}` });

const auditRow = async (id: string) => (await db.query('SELECT * FROM audits WHERE id = $1', [id])).rows[0];

describe('company sizes as people write them', () => {
  it.each([
    ['50-100', '51-99', 75],
    ['1000+', '1001+', 1500],
    ['10 to 50', '11-50', 30],
    ['250', '100-500', 250],
    ['1,000-5,000', '1001+', 3000],
    ['about 200', '100-500', 200],
    [250, '100-500', 250],
    ['10-50', '11-50', 30],
    ['500-1000', '501-1000', 750],
  ])('POST /api/audit/submit accepts %j as %s and keeps the original', async (companySize, slug, employees) => {
    const { response, body } = await postAudit(
      { ...seedExampleRequest, companySize, contactInfo: { email: uniqueEmail('size') } },
      ownAddress(),
    );
    expect(response.status).toBe(201);
    expect(await auditRow(body.auditId)).toMatchObject({
      company_size: slug,
      employee_count: employees,
      company_size_text: String(companySize),
    });
  });

  it('refuses what is not a head-count, naming the field', async () => {
    const { response, body } = await postAudit({ ...seedExampleRequest, companySize: 'a few dozen' }, ownAddress());
    expect(response.status).toBe(400);
    expect(body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'companySize' } });
    expect(body.error.timestamp).toEqual(expect.any(String));
  });
});

describe('inquiry types as people write them', () => {
  it.each([
    ['consultation', 'project'],
    ['general', 'other'],
    ['project', 'project'],
    ['Pricing', 'pricing'],
    ['Request a quote', 'pricing'],
    ['Press interview', 'press'],
    ['sales-pitch', 'other'],
    ['Something we have no word for', 'other'],
  ])('POST /api/contact/submit accepts %j as %s and stores the original', async (inquiryType, mapped) => {
    const { response, body } = await postContact(
      {
        name: 'Maria Keller',
        email: uniqueEmail('inquiry'),
        message: 'We key 400 delivery notes a week into SAP by hand.',
        inquiryType,
      },
      ownAddress(),
    );
    expect(response.status).toBe(201);
    expect(body.inquiryType).toBe(mapped);
    const { rows } = await db.query('SELECT inquiry_type, inquiry_type_text FROM contact_inquiries WHERE id = $1', [
      body.inquiryId,
    ]);
    expect(rows[0]).toEqual({ inquiry_type: mapped, inquiry_type_text: inquiryType });
  });
});

describe('own words matched to the catalogues', () => {
  const ownWords = {
    ...seedExampleRequest,
    industry: 'Veterinary clinics',
    painPoints: ['freight invoices keyed by hand', 'Lotus Notes databases nobody understands'],
    currentSystems: ['SAP Business One', 'Lotus Notes'],
    kpis: ['days sales outstanding'],
  };

  function expectMatched(row: Record<string, any>) {
    expect(row.industry).toBe('healthcare');
    expect(row.industry_text).toBe('Veterinary clinics');
    expect(row.pain_points).toEqual([
      { slug: 'invoice-processing', text: 'Invoice and payment processing', said: 'freight invoices keyed by hand' },
      { slug: null, text: 'Lotus Notes databases nobody understands' },
    ]);
    expect(row.current_systems).toEqual([
      { slug: 'sap-erp', text: 'SAP ERP', said: 'SAP Business One' },
      { slug: null, text: 'Lotus Notes' },
    ]);
    expect(row.kpis).toEqual([
      { slug: 'cash-flow', text: 'Cash flow and days sales outstanding', said: 'days sales outstanding' },
    ]);
  }

  it('through POST /api/audit/submit', async () => {
    const { response, body } = await postAudit(
      { ...ownWords, contactInfo: { email: uniqueEmail('rest') } },
      ownAddress(),
    );
    expect(response.status).toBe(201);
    expectMatched(await auditRow(body.auditId));
    const results = await (await fetch(url(`/api/audit/results/${body.auditId}`))).json();
    expect(results.auditData).toMatchObject({ industry: 'Veterinary clinics', industrySlug: 'healthcare' });
  });

  it("through the wizard's own-words boxes (tRPC steps), resumed in the visitor's words", async () => {
    const headers = ownAddress();
    const { draftId, status, body } = await submitThroughWizard(
      { ...ownWords, companySize: 'about 200', contactInfo: { ...ownWords.contactInfo, email: uniqueEmail('wizard') } },
      headers,
    );
    expect(status).toBe(200);
    const row = await auditRow(body.result.data.json.auditId);
    expect(row.id).toBe(draftId);
    expectMatched(row);
    expect(row).toMatchObject({ company_size: '100-500', employee_count: 200, company_size_text: 'about 200' });
  });

  it('keeps the words in the draft a visitor resumes', async () => {
    const headers = ownAddress();
    const first = await trpc(
      'mutation',
      'audit.saveStep',
      { step: 'industry', data: { industry: 'Veterinary clinics' } },
      undefined,
      headers,
    );
    const draftId = first.body.result.data.json.draftId as string;
    await trpc(
      'mutation',
      'audit.saveStep',
      { step: 'painPoints', data: { painPoints: ['freight invoices keyed by hand'] }, draftId },
      undefined,
      headers,
    );
    const draft = await trpc('query', 'audit.draft', { id: draftId }, undefined, headers);
    expect(draft.body.result.data.json.answers).toMatchObject({
      industry: 'Veterinary clinics',
      painPoints: ['freight invoices keyed by hand'],
    });
  });
});
