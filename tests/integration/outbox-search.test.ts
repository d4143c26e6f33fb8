// The outbox list: search by recipient, subject or lead (name, email, company or id), a status
// filter, and offset paging with a total, on messages tagged for this test alone (other tests
// send email at the same time, so nothing here counts the whole table).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCredentials, signIn, trpc } from '../support/app';

const tag = `obx${randomBytes(5).toString('hex')}`;
let db: pg.Client;
let admin: string;
let leadId: string;
const leadMessageIds: string[] = [];

async function message(n: number, extra: { to?: string; subject?: string; status?: string; inquiryId?: string } = {}) {
  const { rows } = await db.query(
    `INSERT INTO email_messages (kind, to_address, subject, html, text, status, inquiry_id, created_at)
     VALUES ('contact_ack', $1, $2, '<p>x</p>', 'x', $3, $4, $5) RETURNING id`,
    [
      extra.to ?? `${tag}-${n}@example.com`,
      extra.subject ?? `Your audit ${tag} number ${n}`,
      extra.status ?? (n % 3 === 0 ? 'failed' : 'kept'),
      extra.inquiryId ?? null,
      // One a minute in 2019, newest last: the order of the list is known.
      new Date(Date.UTC(2019, 0, 1, 0, n)),
    ],
  );
  return rows[0].id as string;
}

beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  admin = (await signIn(adminCredentials().email, adminCredentials().password))!;
  for (let n = 1; n <= 30; n += 1) await message(n);
  // A lead whose emails say nothing of the tag in their address or subject.
  const inquiry = await db.query(
    `INSERT INTO contact_inquiries (name, email, company, inquiry_type, message)
     VALUES ($1, 'someone@example.org', $2, 'project', 'Hello') RETURNING id`,
    [`Grete Search ${tag}`, `Acme ${tag}`],
  );
  const inquiryId = inquiry.rows[0].id as string;
  const lead = await db.query(
    `INSERT INTO leads (kind, inquiry_id, name, email, company) VALUES ('inquiry', $1, $2, 'someone@example.org', $3)
     RETURNING id`,
    [inquiryId, `Grete Search ${tag}`, `Acme ${tag}`],
  );
  leadId = lead.rows[0].id as string;
  for (const n of [41, 42]) {
    leadMessageIds.push(
      await message(n, { to: 'someone@example.org', subject: 'We received your message', inquiryId, status: 'sent' }),
    );
  }
});
afterAll(() => db.end());

type Page = {
  total: number;
  page: number;
  pageCount: number;
  messages: Array<{ id: string; toAddress: string; subject: string; status: string; leadId: string | null }>;
};
async function list(input: Record<string, unknown>): Promise<Page> {
  const { status, body } = await trpc('query', 'outbox.list', input, admin);
  expect(status).toBe(200);
  return body.result.data.json as Page;
}

describe('outbox search and paging', () => {
  it('finds by any part of the subject, newest first, 25 a page with the total', async () => {
    const first = await list({ q: `audit ${tag}` });
    expect(first.total).toBe(30);
    expect(first.pageCount).toBe(2);
    expect(first.messages).toHaveLength(25);
    expect(first.messages[0]!.subject).toBe(`Your audit ${tag} number 30`);
    const second = await list({ q: `audit ${tag}`, page: 2 });
    expect(second.messages.map((m) => m.subject)).toEqual([5, 4, 3, 2, 1].map((n) => `Your audit ${tag} number ${n}`));
    const ids = new Set([...first.messages, ...second.messages].map((m) => m.id));
    expect(ids.size).toBe(30);
  });

  it('finds by recipient, case-insensitively, and combines with the status filter', async () => {
    const one = await list({ q: `${tag.toUpperCase()}-7@EXAMPLE` });
    expect(one.messages.map((m) => m.toAddress)).toEqual([`${tag}-7@example.com`]);
    const failed = await list({ q: tag, status: 'failed' });
    expect(failed.total).toBe(10);
    expect(failed.messages.every((m) => m.status === 'failed')).toBe(true);
  });

  it('finds a lead’s emails by the lead’s name, company or id, and names the lead', async () => {
    for (const q of [`Grete Search ${tag}`, `acme ${tag}`, leadId]) {
      const found = await list({ q });
      expect({ q, ids: found.messages.map((m) => m.id).sort() }).toEqual({ q, ids: [...leadMessageIds].sort() });
      expect(found.messages.every((m) => m.leadId === leadId)).toBe(true);
    }
  });

  it('treats % and _ as text and answers an empty page, not an error', async () => {
    const none = await list({ q: `${tag}%number` });
    expect(none).toMatchObject({ total: 0, pageCount: 1, messages: [] });
    const underscore = await list({ q: `${tag}_1@` });
    expect(underscore.total).toBe(0);
  });

  it('refuses a search longer than 200 characters', async () => {
    const { status, body } = await trpc('query', 'outbox.list', { q: 'x'.repeat(201) }, admin);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('at most 200 characters');
  });
});
