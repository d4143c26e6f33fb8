// The contact contracts over real HTTP and a real database: the seed's REST endpoint and the
// site's tRPC form, the follow-up for sales, the emails in the outbox, and the spam defences.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeClientIp, trpc, uniqueEmail } from '../support/app';
import { formTokenIssued, postContact } from '../support/contact';

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});
afterAll(() => db.end());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const inquiry = (email = uniqueEmail('buyer')) => ({
  name: 'Maria Keller',
  email,
  company: 'Keller Logistik GmbH',
  message: 'We key 400 delivery notes a week into SAP by hand. Could you automate that?',
  inquiryType: 'project',
});
const count = async (table: string) => Number((await db.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

describe('POST /api/contact/submit', () => {
  it('stores the seed fields, field by field, with a follow-up and both emails', async () => {
    const request = inquiry();
    const { response, body } = await postContact(request);
    expect(response.status).toBe(201);
    expect(body).toMatchObject({ inquiryId: expect.stringMatching(UUID), status: 'new', inquiryType: 'project' });
    expect(new Date(body.respondBy).getTime()).toBeGreaterThan(Date.now());

    const { rows } = await db.query('SELECT * FROM contact_inquiries WHERE id = $1', [body.inquiryId]);
    expect(rows[0]).toMatchObject({
      name: request.name,
      email: request.email,
      company: request.company,
      message: request.message,
      inquiry_type: 'project',
      status: 'new',
    });
    const followUps = await db.query('SELECT * FROM follow_ups WHERE inquiry_id = $1', [body.inquiryId]);
    expect(followUps.rows).toHaveLength(1);
    expect(followUps.rows[0]).toMatchObject({ action_type: 'call', completed_at: null });
    expect(followUps.rows[0].scheduled_at.toISOString()).toBe(body.respondBy);
    expect(followUps.rows[0].notes).toContain('Maria Keller (Keller Logistik GmbH)');

    const emails = await db.query(
      'SELECT kind, to_address, subject, text FROM email_messages WHERE inquiry_id = $1 ORDER BY kind',
      [body.inquiryId],
    );
    expect(emails.rows.map((e) => [e.kind, e.to_address])).toEqual([
      ['contact_ack', request.email],
      ['contact_notification', 'sales@xteam.pro'],
    ]);
    expect(emails.rows[0].text).toMatch(/thank you, maria keller/i);
    expect(emails.rows[1].text).toContain('400 delivery notes');
  });

  it('accepts the inquiry type in any case and no company', async () => {
    const { response, body } = await postContact({ ...inquiry(), company: undefined, inquiryType: 'Partnership' });
    expect(response.status).toBe(201);
    const { rows } = await db.query('SELECT company, inquiry_type FROM contact_inquiries WHERE id = $1', [
      body.inquiryId,
    ]);
    expect(rows[0]).toEqual({ company: null, inquiry_type: 'partnership' });
    const followUp = await db.query('SELECT action_type FROM follow_ups WHERE inquiry_id = $1', [body.inquiryId]);
    expect(followUp.rows[0].action_type).toBe('email');
  });

  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['no name', { name: undefined }, 'name'],
    ['a malformed email', { email: 'not-an-email' }, 'email'],
    ['a two-word message', { message: 'Hi' }, 'message'],
    ['a message over 5,000 characters', { message: 'x'.repeat(5001) }, 'message'],
    ['an inquiry type over 50 characters', { inquiryType: 'x'.repeat(51) }, 'inquiryType'],
    ['an empty inquiry type', { inquiryType: '  ' }, 'inquiryType'],
    ['no inquiry type', { inquiryType: undefined }, 'inquiryType'],
    // Found by the fuzz test: a lone surrogate reached the database driver and answered 500.
    ['an inquiry type with a broken character', { inquiryType: 'project \uD800' }, 'inquiryType'],
    ['a company name over 255 characters', { company: 'x'.repeat(256) }, 'company'],
  ])('refuses %s with a 400 in the seed format and stores nothing', async (_what, patch, field) => {
    const before = await count('contact_inquiries');
    const { response, body } = await postContact({ ...inquiry(), ...patch });
    expect(response.status).toBe(400);
    expect(body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field } });
    expect(body.error.timestamp).toEqual(expect.any(String));
    expect(await count('contact_inquiries')).toBe(before);
  });

  it('refuses malformed JSON and other media types', async () => {
    expect((await postContact('{"name":')).response.status).toBe(400);
    const { response } = await postContact('name=x');
    expect(response.status).toBe(400);
  });

  it('answers a bot that fills the honeypot as if it worked, and stores nothing', async () => {
    const before = await count('contact_inquiries');
    const { response, body } = await postContact({ ...inquiry(), website: 'https://cheap-seo.example' });
    expect(response.status).toBe(201);
    expect((await db.query('SELECT 1 FROM contact_inquiries WHERE id = $1', [body.inquiryId])).rowCount).toBe(0);
    expect(await count('contact_inquiries')).toBe(before);
  });

  it('limits messages per client address (429 with Retry-After)', async () => {
    const ip = fakeClientIp();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await postContact(inquiry(), ip)).response.status);
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    const limited = await postContact(inquiry(), ip);
    expect(limited.response.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(Number(limited.response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('limits messages per email address', async () => {
    const email = uniqueEmail('eager');
    for (let i = 0; i < 3; i += 1) expect((await postContact(inquiry(email))).response.status).toBe(201);
    expect((await postContact(inquiry(email))).response.status).toBe(429);
  });
});

describe('contact.submit (tRPC, the site form)', () => {
  it('takes a message sent after a person could have typed it', async () => {
    const { status, body } = await trpc(
      'mutation',
      'contact.submit',
      { ...inquiry(), formToken: formTokenIssued(10_000) },
      undefined,
      fakeClientIp(),
    );
    expect(status).toBe(200);
    expect(body.result.data.json.inquiryId).toMatch(UUID);
  });

  it('refuses a form sent too fast, a forged token and a missing one', async () => {
    const issued = await trpc('mutation', 'contact.formToken', undefined);
    const fast = await trpc(
      'mutation',
      'contact.submit',
      { ...inquiry(), formToken: issued.body.result.data.json.token },
      undefined,
      fakeClientIp(),
    );
    expect(fast.status).toBe(400);
    expect(fast.body.error.json.data.error.details).toMatchObject({ field: 'formToken', reason: 'too-fast' });

    const forged = `${Date.now() - 60_000}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
    const bad = await trpc(
      'mutation',
      'contact.submit',
      { ...inquiry(), formToken: forged },
      undefined,
      fakeClientIp(),
    );
    expect(bad.body.error.json.data.error.details).toMatchObject({ field: 'formToken', reason: 'invalid' });

    const expired = await trpc(
      'mutation',
      'contact.submit',
      { ...inquiry(), formToken: formTokenIssued(25 * 3600_000) },
      undefined,
      fakeClientIp(),
    );
    expect(expired.body.error.json.data.error.details.reason).toBe('expired');

    const missing = await trpc('mutation', 'contact.submit', inquiry(), undefined, fakeClientIp());
    expect(missing.status).toBe(400);
    expect(missing.body.error.json.data.error.details.field).toBe('formToken');
  });
});
