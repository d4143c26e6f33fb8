// Data rights over real HTTP against the running app and worker: a person with an audit (and its
// PDF), an inquiry, a booking, emails and analytics events asks for a one-time link, downloads
// everything and erases it. Every base table of every schema (public, payload, pgboss...) is
// searched for their address from information_schema, so a table added tomorrow cannot escape:
// wherever the address is, the export must hold that row; after erasure it must be nowhere,
// nor the PDF in storage. Links are single-use and expire; staff do the same from a lead; the
// scheduled retention job removes exactly what is older than its period.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBoss } from '@/server/jobs/boss';
import { fakeClientIp, trpc, uniqueEmail, url } from '../support/app';
import { postAudit, seedExampleRequest } from '../support/audit';
import { postEvent, visitorHeaders } from '../support/analytics';
import { book, bookingRequest, someFreeSlot } from '../support/booking';
import { postContact } from '../support/contact';
import { sql } from '../support/db';
import { staffSession } from '../support/staff';
import { waitFor } from '../support/wait';

interface Table {
  schema: string;
  name: string;
}

/** Every base table of every schema but PostgreSQL's own. */
async function allTables(): Promise<Table[]> {
  return sql<{ schema: string; name: string }>(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
     ORDER BY 1, 2`,
  );
}

interface Hit {
  table: string;
  row: Record<string, unknown>;
}

/** Rows anywhere whose text (every column, JSON included) contains the needle, case-insensitively. */
async function rowsMentioning(needle: string, tables: Table[]): Promise<Hit[]> {
  // One connection for the whole sweep: a hundred-odd tables (Payload's among them).
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const hits: Hit[] = [];
    for (const table of tables) {
      const { rows } = await client.query<{ row: Record<string, unknown> }>(
        `SELECT to_jsonb(t) AS row FROM "${table.schema}"."${table.name}" t WHERE strpos(lower(t::text), lower($1)) > 0`,
        [needle],
      );
      for (const { row } of rows) hits.push({ table: `${table.schema}.${table.name}`, row });
    }
    return hits;
  } finally {
    await client.end();
  }
}

/** How a row is named in the export: its id, or its key (rate-limit counters). */
const rowKey = (row: Record<string, unknown>) => String(row.id ?? row.key);

async function latestLinkToken(email: string): Promise<string> {
  const [message] = await sql<{ html: string }>(
    `SELECT html FROM email_messages WHERE kind = 'privacy_link' AND to_address = $1 ORDER BY created_at DESC LIMIT 1`,
    [email],
  );
  const token = /\/your-data\/([A-Za-z0-9_-]{43})/.exec(message?.html ?? '')?.[1];
  if (!token) throw new Error(`no link emailed to ${email}`);
  return token;
}

const requestLink = (email: string, action: 'export' | 'erase') =>
  trpc('mutation', 'privacy.requestLink', { email, action }, undefined, fakeClientIp());

async function exportWith(token: string) {
  const response = await fetch(url('/api/privacy/export'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  return response;
}

function unzip(bytes: ArrayBuffer) {
  const files = unzipSync(new Uint8Array(bytes));
  return { files, json: strFromU8(files['data.json']!) };
}

const storageRoot = path.resolve(process.env.FILE_STORAGE_DIR ?? '.data/storage');

interface Person {
  email: string;
  auditId: string;
  inquiryId: string;
  bookingId: string;
  reportKey: string;
}

/** A person with an audit (report rendered and emailed), an inquiry, a booking, an event and a note. */
async function personWithEverything(adminCookie: string): Promise<Person> {
  const email = uniqueEmail('privacy');
  const audit = await postAudit({ ...seedExampleRequest, contactInfo: { ...seedExampleRequest.contactInfo, email } });
  expect(audit.response.status, JSON.stringify(audit.body)).toBe(201);
  const auditId = audit.body.auditId as string;
  const contact = await postContact({
    name: 'Ana Privacy',
    email,
    company: 'Privacy GmbH',
    message: 'Please call me about invoice automation.',
    inquiryType: 'project',
  });
  expect(contact.response.status, JSON.stringify(contact.body)).toBe(201);
  const slot = await someFreeSlot();
  const booked = await book(bookingRequest(slot.startsAt, { email, auditId }));
  expect(booked.status, JSON.stringify(booked.body)).toBe(200);
  const event = await postEvent(
    { name: 'results_viewed', path: `/audit/results/${auditId}`, auditId },
    visitorHeaders({ consent: 'allow' }),
  );
  expect(event.status).toBeLessThan(300);
  const [lead] = await sql<{ id: string }>(`SELECT id FROM leads WHERE audit_id = $1`, [auditId]);
  const note = await trpc('mutation', 'leads.addNote', { id: lead!.id, text: 'Wants a call in May.' }, adminCookie);
  expect(note.status).toBe(200);
  // The worker renders the PDF and queues the report email with it.
  const [report] = await waitFor(
    async () => {
      const rows = await sql<{ file_path: string }>(
        `SELECT p.file_path FROM pdf_reports p JOIN audit_results r ON r.id = p.audit_result_id
         JOIN email_messages m ON m.audit_id = r.audit_id AND m.kind = 'audit_report'
         WHERE r.audit_id = $1`,
        [auditId],
      );
      return rows.length ? rows : null;
    },
    { timeoutMs: 150_000, what: 'the PDF report and its email' },
  );
  const [inquiry] = await sql<{ id: string }>(`SELECT id FROM contact_inquiries WHERE email = $1`, [email]);
  return {
    email,
    auditId,
    inquiryId: inquiry!.id,
    bookingId: booked.body.result.data.json.bookingId as string,
    reportKey: report!.file_path,
  };
}

let tables: Table[] = [];
let admin = '';
let person: Person;

beforeAll(async () => {
  tables = await allTables();
  admin = await staffSession('admin');
  person = await personWithEverything(admin);
}, 240_000);

describe('the Your data link', () => {
  it('answers the same whether or not we hold data, and emails a link only when we do', async () => {
    const stranger = uniqueEmail('nobody');
    const unknown = await requestLink(stranger, 'export');
    const known = await requestLink(person.email, 'export');
    expect(unknown.status).toBe(200);
    expect(known.status).toBe(200);
    expect(unknown.body.result.data.json).toEqual(known.body.result.data.json);
    await latestLinkToken(person.email);
    expect(await rowsMentioning(stranger, tables)).toEqual([]);
  });

  it('refuses a malformed address and token in the seed error format', async () => {
    const bad = await requestLink('not-an-email', 'export');
    expect(bad.status).toBe(400);
    expect(bad.body.error.json.data.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'email' } });
    const response = await exportWith('short');
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).error).toMatchObject({
      code: 'VALIDATION_ERROR',
      details: { field: 'token' },
    });
  });

  it('exports every row that holds the address, with the PDF, and works once', async () => {
    const token = await latestLinkToken(person.email);
    const described = await trpc('query', 'privacy.link', { token });
    expect(described.body.result.data.json.action).toBe('export');

    const response = await exportWith(token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const { files, json } = unzip(await response.arrayBuffer());
    const data = JSON.parse(json);
    expect(data.subject).toBe(person.email);
    expect(strFromU8(files[`reports/${person.auditId}.pdf`]!.slice(0, 5))).toBe('%PDF-');

    // Every row anywhere that names the address is in the export.
    const hits = await rowsMentioning(person.email, tables);
    const hitTables = new Set(hits.map((hit) => hit.table));
    for (const expected of ['audits', 'contact_inquiries', 'consultation_bookings', 'leads', 'email_messages']) {
      expect(hitTables).toContain(`public.${expected}`);
    }
    for (const hit of hits) {
      expect({ table: hit.table, inExport: json.includes(rowKey(hit.row)) }).toEqual({
        table: hit.table,
        inExport: true,
      });
    }
    // And the rows hanging off their records, which do not name the address.
    const related = [
      ['audit_results', 'audit_id', person.auditId],
      ['follow_ups', 'inquiry_id', person.inquiryId],
      ['follow_ups', 'booking_id', person.bookingId],
      ['analytics_events', 'audit_id', person.auditId],
    ] as const;
    for (const [table, column, id] of related) {
      const rows = await sql<{ id: string }>(`SELECT id::text FROM ${table} WHERE ${column} = $1`, [id]);
      expect(rows.length, table).toBeGreaterThan(0);
      for (const row of rows) expect({ table, inExport: json.includes(row.id) }).toEqual({ table, inExport: true });
    }
    const [note] = await sql<{ id: string }>(
      `SELECT a.id::text FROM lead_activities a JOIN leads l ON l.id = a.lead_id WHERE l.audit_id = $1 AND a.type = 'note'`,
      [person.auditId],
    );
    expect(json).toContain(note!.id);

    const again = await exportWith(token);
    expect(again.status).toBe(404);
    expect(((await again.json()) as any).error).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'used' } });
    const gone = await trpc('query', 'privacy.link', { token });
    expect(gone.body.error.json.data.error).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'used' } });
  }, 120_000);

  it('refuses an expired link', async () => {
    expect((await requestLink(person.email, 'erase')).status).toBe(200);
    const token = await latestLinkToken(person.email);
    await sql(
      `UPDATE one_time_links SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 second'
       WHERE purpose = 'privacy_erase' AND used_at IS NULL AND subject = $1`,
      [person.email],
    );
    const erase = await trpc('mutation', 'privacy.erase', { token });
    expect(erase.status).toBe(404);
    expect(erase.body.error.json.data.error).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'expired' } });
    expect(await sql(`SELECT 1 FROM audits WHERE id = $1`, [person.auditId])).toHaveLength(1);
  });

  it('erases every row in every schema, the stored PDF and the outbox, and sends a receipt', async () => {
    expect(existsSync(path.join(storageRoot, person.reportKey))).toBe(true);
    // The third link today for this address: the per-address limit allows exactly three.
    expect((await requestLink(person.email, 'erase')).status).toBe(200);
    const token = await latestLinkToken(person.email);
    const before = new Date();
    const erase = await trpc('mutation', 'privacy.erase', { token });
    expect(erase.status, JSON.stringify(erase.body)).toBe(200);
    expect(erase.body.result.data.json).toMatchObject({
      status: 'erased',
      summary: { audits: 1, inquiries: 1, bookings: 1, cancelledBookings: 1, anonymisedEvents: 1 },
    });
    expect(erase.body.result.data.json.summary.leads).toBeGreaterThanOrEqual(3);

    // The receipt is delivered (kept: no provider in tests), then stripped from the outbox.
    await waitFor(
      async () => {
        const rows = await sql(
          `SELECT 1 FROM email_messages WHERE kind = 'privacy_receipt' AND to_address = 'erased' AND created_at >= $1`,
          [before],
        );
        return rows.length > 0;
      },
      // Behind a burst of PDF renders (the whole suite's audits share one worker) delivery can
      // take a while; it must happen, not within a visitor's patience.
      { what: 'the erasure receipt to be delivered', timeoutMs: 90_000 },
    );
    for (const needle of [person.email, person.auditId, person.inquiryId, person.bookingId]) {
      expect({ needle, hits: await rowsMentioning(needle, tables) }).toEqual({ needle, hits: [] });
    }
    expect(existsSync(path.join(storageRoot, person.reportKey))).toBe(false);
    // The analytics count survives, with no link to the person.
    const [event] = await sql<{ visitor_id: string; path: string }>(
      `SELECT visitor_id, path FROM analytics_events WHERE name = 'results_viewed' AND path = '/audit/results/erased'
       ORDER BY occurred_at DESC LIMIT 1`,
    );
    expect(event?.visitor_id).toMatch(/^erased-/);
    // The link is spent with everything else, and says so.
    const reused = await trpc('mutation', 'privacy.erase', { token });
    expect(reused.body.error.json.data.error).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'used' } });
    const [request] = await sql<{ state: string; summary: { audits: number } }>(
      `SELECT state, summary FROM privacy_requests WHERE kind = 'erase' AND channel = 'self_service'
       ORDER BY created_at DESC LIMIT 1`,
    );
    expect(request).toMatchObject({ state: 'completed', summary: { audits: 1 } });
  }, 120_000);
});

describe('staff data rights on a lead', () => {
  it('lets admins (only) export and erase, with a confirmation and a record of who did it', async () => {
    const email = uniqueEmail('staffprivacy');
    const contact = await postContact({
      name: 'Ben Staff',
      email,
      company: 'Erase Me Ltd',
      message: 'Quote please.',
      inquiryType: 'project',
    });
    expect(contact.response.status).toBe(201);
    const [lead] = await sql<{ id: string }>(`SELECT id FROM leads WHERE email = $1`, [email]);
    const exportUrl = url(`/api/admin/privacy/export?leadId=${lead!.id}`);

    expect((await fetch(exportUrl)).status).toBe(401);
    const sales = await staffSession('sales');
    const refused = await fetch(exportUrl, { headers: { cookie: sales } });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as any).error.code).toBe('FORBIDDEN');

    const exported = await fetch(exportUrl, { headers: { cookie: admin } });
    expect(exported.status).toBe(200);
    expect(unzip(await exported.arrayBuffer()).json).toContain(email);

    const wrong = await trpc('mutation', 'privacyAdmin.eraseLead', { leadId: lead!.id, confirmEmail: 'x@y.zz' }, admin);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.json.data.error.details.field).toBe('confirmEmail');
    const erased = await trpc('mutation', 'privacyAdmin.eraseLead', { leadId: lead!.id, confirmEmail: email }, admin);
    expect(erased.status).toBe(200);
    expect(erased.body.result.data.json.summary).toMatchObject({ inquiries: 1, leads: 1 });
    expect(await sql(`SELECT 1 FROM contact_inquiries WHERE lower(email) = $1`, [email])).toEqual([]);

    const list = await trpc('query', 'privacyAdmin.requests', { limit: 10 }, admin);
    const mine = list.body.result.data.json.items.filter((item: any) => item.channel === 'staff');
    expect(mine.map((item: any) => item.kind)).toEqual(expect.arrayContaining(['export', 'erase']));
    expect(mine[0]).toMatchObject({ state: 'completed', actor: expect.any(String) });
    const page = await fetch(url('/admin/privacy'), { headers: { cookie: admin } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Privacy requests');
  });
});

describe('the retention job', () => {
  it('is scheduled daily', async () => {
    const [schedule] = await sql<{ cron: string }>(`SELECT cron FROM pgboss.schedule WHERE name = 'privacy.retention'`);
    expect(schedule?.cron).toBe('17 3 * * *');
  });

  it('removes exactly what is older than its periods (24 months by default)', async () => {
    const old = "now() - interval '24 months' - interval '1 day'";
    const recent = "now() - interval '24 months' + interval '1 day'";
    const lapsed = uniqueEmail('lapsed');
    const mixed = uniqueEmail('mixed');
    const current = uniqueEmail('current');
    const audit = async (email: string | null, at: string) =>
      (
        await sql<{ id: string }>(
          `INSERT INTO audits (industry, contact_email, contact_info, status, created_at, updated_at)
           VALUES ('logistics', $1::varchar, jsonb_build_object('email', $1::text), 'completed', ${at}, ${at}) RETURNING id::text`,
          [email],
        )
      )[0]!.id;
    const inquiry = async (email: string, at: string) =>
      (
        await sql<{ id: string }>(
          `INSERT INTO contact_inquiries (name, email, inquiry_type, message, created_at)
           VALUES ('Old Contact', $1, 'project', 'hello', ${at}) RETURNING id::text`,
          [email],
        )
      )[0]!.id;
    const lapsedAudit = await audit(lapsed, old);
    const lapsedInquiry = await inquiry(lapsed, old);
    await sql(
      `INSERT INTO leads (kind, inquiry_id, name, email, created_at, updated_at)
       VALUES ('inquiry', $1, 'Old Contact', $2, ${old}, ${old})`,
      [lapsedInquiry, lapsed],
    );
    const mixedAudit = await audit(mixed, old);
    const mixedInquiry = await inquiry(mixed, recent);
    const currentAudit = await audit(current, recent);
    const oldDraft = await audit(null, old);
    const recentDraft = await audit(null, recent);
    const emails = await sql<{ id: string; at: string }>(
      `INSERT INTO email_messages (kind, to_address, subject, html, text, status, created_at)
       VALUES ('test', 'sales@xteam.pro', 'old', '', '', 'kept', ${old}),
              ('test', 'sales@xteam.pro', 'recent', '', '', 'kept', ${recent})
       RETURNING id::text, subject AS at`,
    );
    const events = await sql<{ id: string; path: string }>(
      `INSERT INTO analytics_events (name, visitor_id, path, occurred_at)
       VALUES ('page_view', 'retention-test', '/old', ${old}), ('page_view', 'retention-test', '/recent', ${recent})
       RETURNING id::text, path`,
    );

    const started = new Date();
    const boss = createBoss(process.env.DATABASE_URL!, 'producer');
    await boss.start();
    try {
      await boss.send('privacy.retention', {});
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    const [run] = await waitFor(
      async () => {
        const rows = await sql<{ summary: Record<string, number> }>(
          `SELECT summary FROM privacy_requests WHERE kind = 'retention' AND created_at >= $1`,
          [started],
        );
        return rows.length ? rows : null;
      },
      { timeoutMs: 30_000, what: 'the retention run to be recorded' },
    );
    expect(run!.summary).toMatchObject({ people: expect.any(Number), anonymousAudits: expect.any(Number) });

    const exists = async (table: string, id: string) =>
      (await sql(`SELECT 1 FROM ${table} WHERE id::text = $1`, [id])).length === 1;
    expect({
      lapsedAudit: await exists('audits', lapsedAudit),
      lapsedInquiry: await exists('contact_inquiries', lapsedInquiry),
      mixedAudit: await exists('audits', mixedAudit),
      mixedInquiry: await exists('contact_inquiries', mixedInquiry),
      currentAudit: await exists('audits', currentAudit),
      oldDraft: await exists('audits', oldDraft),
      recentDraft: await exists('audits', recentDraft),
      oldEmail: await exists('email_messages', emails[0]!.id),
      recentEmail: await exists('email_messages', emails[1]!.id),
      oldEvent: await exists('analytics_events', events.find((e) => e.path === '/old')!.id),
      recentEvent: await exists('analytics_events', events.find((e) => e.path === '/recent')!.id),
    }).toEqual({
      lapsedAudit: false,
      lapsedInquiry: false,
      // The newer inquiry is the person's last contact: nothing of theirs goes yet.
      mixedAudit: true,
      mixedInquiry: true,
      currentAudit: true,
      oldDraft: false,
      recentDraft: true,
      oldEmail: false,
      recentEmail: true,
      oldEvent: false,
      recentEvent: true,
    });
    expect(await sql(`SELECT 1 FROM leads WHERE email = $1`, [lapsed])).toEqual([]);
  });
});
