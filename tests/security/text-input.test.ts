// Finding 4: NUL bytes and unpaired surrogates are refused with a 400 naming the field, before
// any rate-limit budget is spent, on every entry point that takes text (they used to reach
// PostgreSQL and come back as 500s).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeClientIp, trpc, uniqueEmail } from '../support/app';
import { visitorHeaders, postEvent } from '../support/analytics';
import { postAudit, seedExampleRequest } from '../support/audit';
import { bookingRequest, book, someFreeSlot } from '../support/booking';
import { postContact } from '../support/contact';
import { staffSession } from '../support/staff';

const HOSTILE = { nul: 'Acme\u0000Corp', high: 'Acme \uD83D', low: '\uDE00 Acme', reversed: '\uDE00\uD83D' };

const inquiry = (patch: Record<string, unknown> = {}) => ({
  name: 'Text Checker',
  email: uniqueEmail('text'),
  message: 'A perfectly ordinary message about automating invoices.',
  inquiryType: 'project',
  ...patch,
});

function expectFieldRefused(status: number, error: any, field: string) {
  expect(status).toBe(400);
  expect(error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field } });
  expect(new Date(error.timestamp).toISOString()).toBe(error.timestamp);
}

describe.each(Object.entries(HOSTILE))('%s characters', (_kind, value) => {
  it('POST /api/audit/submit', async () => {
    const company = await postAudit({ ...seedExampleRequest, contactInfo: { email: uniqueEmail(), company: value } });
    expectFieldRefused(company.response.status, company.body.error, 'contactInfo.company');
    const pain = await postAudit({ ...seedExampleRequest, painPoints: ['manual work', value] });
    expectFieldRefused(pain.response.status, pain.body.error, 'painPoints.1');
  });

  it('POST /api/contact/submit', async () => {
    for (const field of ['name', 'message', 'company']) {
      const { response, body } = await postContact(inquiry({ [field]: value }));
      expectFieldRefused(response.status, body.error, field);
    }
  });

  it('POST /api/events', async () => {
    const referrer = await postEvent({ name: 'page_view', path: '/', referrer: value }, visitorHeaders());
    expectFieldRefused(referrer.status, referrer.body.error, 'referrer');
    const utm = await postEvent({ name: 'page_view', path: '/', utm: { source: value } }, visitorHeaders());
    expectFieldRefused(utm.status, utm.body.error, 'utm.source');
  });

  it('audit.saveStep and booking.book', async () => {
    const step = await trpc(
      'mutation',
      'audit.saveStep',
      { step: 'industry', data: { industry: value } },
      undefined,
      fakeClientIp(),
    );
    expectFieldRefused(step.status, step.body.error.json.data.error, 'data.industry');
    const booking = await book(bookingRequest((await someFreeSlot()).startsAt, { name: value }));
    expectFieldRefused(booking.status, booking.body.error.json.data.error, 'name');
  });
});

describe('staff text', () => {
  let sales: string;
  beforeAll(async () => {
    sales = await staffSession('sales');
  });

  it('leads.addNote refuses NUL and lone surrogates', async () => {
    for (const value of Object.values(HOSTILE)) {
      const { status, body } = await trpc('mutation', 'leads.addNote', { id: randomUUID(), text: value }, sales);
      expectFieldRefused(status, body.error.json.data.error, 'text');
    }
  });
});

describe('budgets', () => {
  it('refused text spends no rate-limit budget', async () => {
    const address = fakeClientIp();
    // Twice the contact form's five per address per hour.
    for (let i = 0; i < 10; i += 1) {
      const { response } = await postContact(inquiry({ message: `bad ${HOSTILE.nul}` }), address);
      expect(response.status).toBe(400);
    }
    expect((await postContact(inquiry(), address)).response.status).toBe(201);
  });
});
