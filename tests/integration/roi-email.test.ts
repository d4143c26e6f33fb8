// "Email me this estimate" over real HTTP and a real database: the server recomputes the figures,
// the email lands in the outbox with the page's figures, and a lead with the consent exists;
// no consent or a bad address is refused in the seed's error format, with nothing stored.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeClientIp, trpc, uniqueEmail, url } from '../support/app';

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});
afterAll(() => db.end());

const calculator = { employees: 250, processes: ['invoice processing'], timeSpent: { 'invoice processing': 20 } };

async function post(body: unknown, headers: Record<string, string> = fakeClientIp()) {
  const response = await fetch(url('/api/calculator/roi/email'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { response, body: (await response.json()) as any };
}

const stored = async (email: string) => ({
  inquiries: (await db.query('SELECT * FROM contact_inquiries WHERE email = $1', [email])).rows,
  leads: (await db.query('SELECT * FROM leads WHERE email = $1', [email])).rows,
  emails: (
    await db.query('SELECT kind, to_address, subject, text, html FROM email_messages WHERE to_address = $1', [email])
  ).rows,
});

describe('POST /api/calculator/roi/email', () => {
  it('emails the recomputed figures and records a lead with the consent', async () => {
    const email = uniqueEmail('estimate');
    // Figures a client might send are ignored: only the inputs count.
    const { response, body } = await post({ ...calculator, email, consent: true, potentialSavings: 99_999_999 });
    expect(response.status).toBe(201);

    // The same figures as POST /api/calculator/roi gives for the inputs, as the page shows them.
    const page = await (
      await fetch(url('/api/calculator/roi'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(calculator),
      })
    ).json();
    expect(page.potentialSavings).toBe(24856);
    expect(body.figures.map((f: any) => [f.label, f.value])).toEqual([
      ['Savings per year', '€24,856'],
      ['Payback', `${page.paybackPeriod} months`],
      ['Implementation', '€23,400'],
      ['Time saved on these processes', `${page.efficiency}%`],
    ]);

    const { inquiries, leads, emails } = await stored(email);
    expect(inquiries).toHaveLength(1);
    expect(inquiries[0]).toMatchObject({
      id: body.inquiryId,
      inquiry_type: 'pricing',
      inquiry_type_text: 'ROI calculator',
    });
    expect(inquiries[0].consent).toMatchObject({ contact: true, privacy: true, at: expect.any(String) });
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ kind: 'inquiry', inquiry_id: body.inquiryId, roi_annual_value: 24856 });

    expect(emails).toHaveLength(1);
    const [message] = emails;
    expect(message.kind).toBe('roi_estimate');
    expect(message.subject).toContain('€24,856');
    for (const figure of body.figures) {
      expect(message.text).toContain(figure.value);
      expect(message.text).toContain(figure.range);
    }
    expect(message.text).not.toContain('99,999,999');
    expect(message.text).toContain('invoice processing: 20 h a week');
    expect(message.html).toContain('/pricing?employees=250&amp;p=invoice+processing%3A20#calculator');
    expect(message.html).toContain('/consultation');

    const notification = await db.query(
      `SELECT subject FROM email_messages WHERE inquiry_id = $1 AND kind = 'contact_notification'`,
      [body.inquiryId],
    );
    expect(notification.rows[0]?.subject).toBe(`New ROI calculator lead: ${email}`);
  });

  it.each([
    ['without consent', { consent: false }, 'consent'],
    ['with consent missing', { consent: undefined }, 'consent'],
    ['with a bad email address', { email: 'not-an-address' }, 'email'],
  ])('refuses a request %s in the seed format, storing and sending nothing', async (_name, change, field) => {
    const email = uniqueEmail('refused');
    const { response, body } = await post({ ...calculator, email, consent: true, ...change });
    expect(response.status).toBe(400);
    expect(body.error).toMatchObject({ code: 'VALIDATION_ERROR', message: expect.any(String) });
    expect(body.error.details.field).toBe(field);
    expect(new Date(body.error.timestamp).toString()).not.toBe('Invalid Date');
    const { inquiries, leads, emails } = await stored(email);
    expect([inquiries.length, leads.length, emails.length]).toEqual([0, 0, 0]);
  });

  it('is rate limited like the contact form, per address', async () => {
    const email = uniqueEmail('limited');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await post({ ...calculator, email, consent: true })).response.status);
    expect(statuses.slice(0, 3)).toEqual([201, 201, 201]);
    expect(statuses[3]).toBe(429);
    const { response, body } = await post({ ...calculator, email, consent: true });
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('is the roi.emailEstimate procedure of the pricing page too', async () => {
    const email = uniqueEmail('trpc-estimate');
    const ok = await trpc(
      'mutation',
      'roi.emailEstimate',
      { ...calculator, email, consent: true },
      undefined,
      fakeClientIp(),
    );
    expect(ok.status).toBe(200);
    const refused = await trpc(
      'mutation',
      'roi.emailEstimate',
      { ...calculator, email, consent: false },
      undefined,
      fakeClientIp(),
    );
    expect(refused.status).toBe(400);
    expect((await stored(email)).leads).toHaveLength(1);
  });
});
