// Lead management over real HTTP and a real database: leads written with audits, inquiries and
// bookings sent through the public endpoints; the list's search, filters, sort, pages and count;
// status, owner, notes and follow-ups with their timeline; and the CSV export, which must be
// exactly the filtered list (every page, same order, same values).
import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAuditConfig } from '@/domain/audit/default-config';
import { LEAD_CSV_HEADER } from '@/domain/leads/csv';
import { db as prisma } from '@/server/db/client';
import { ensureLeads } from '@/server/leads/backfill';
import { fakeClientIp, trpc, uniqueEmail, url } from '../support/app';
import { postAudit, seedExampleRequest } from '../support/audit';
import { book, bookingRequest, someFreeSlot } from '../support/booking';
import { postContact } from '../support/contact';
import { staffSession } from '../support/staff';

/** Every record of this run carries the token, so a search isolates them from other tests' data. */
const TOKEN = `lt${randomBytes(4).toString('hex')}`;
const QUESTIONS = defaultAuditConfig.questions.map((q) => q.key);
const allAt = (level: number) => Object.fromEntries(QUESTIONS.map((key) => [key, level]));

let client: pg.Client;
let admin: string;
let sales: string;
let salesUserId: string;
const ids: Record<string, string> = {};

const data = (response: { body: any }) => response.body.result.data.json;
const list = async (input: Record<string, unknown>, cookie = sales) => {
  const response = await trpc('query', 'leads.list', input, cookie);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return data(response) as { items: any[]; total: number; page: number; pageCount: number };
};
const mine = (filters: Record<string, unknown> = {}, rest: Record<string, unknown> = {}) =>
  list({ filters: { q: TOKEN, ...filters }, pageSize: 50, ...rest });
const leadOf = async (column: 'audit_id' | 'inquiry_id' | 'booking_id', id: string) =>
  (await client.query(`SELECT * FROM leads WHERE ${column} = $1`, [id])).rows[0];

async function wizardAudit(company: string, utm: Record<string, string>, referrer: string) {
  const headers = fakeClientIp();
  const first = await trpc(
    'mutation',
    'audit.saveStep',
    { step: 'industry', data: { industry: 'logistics' }, utm, referrer },
    undefined,
    headers,
  );
  const draftId = data(first).draftId as string;
  const steps: Array<[string, unknown]> = [
    ['companySize', { companySize: '51-99' }],
    ['painPoints', { painPoints: ['manual data entry'] }],
    ['currentSystems', { currentSystems: ['Spreadsheets'] }],
    ['kpis', { kpis: ['cost reduction'] }],
    ['maturity', { maturity: { 'automation-budget': 2 } }],
  ];
  for (const [step, stepData] of steps) {
    const saved = await trpc('mutation', 'audit.saveStep', { step, data: stepData, draftId }, undefined, headers);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  }
  const submitted = await trpc(
    'mutation',
    'audit.submit',
    {
      draftId,
      contactInfo: { email: uniqueEmail(TOKEN), company },
      consentContact: true,
      consentPrivacy: true,
    },
    undefined,
    headers,
  );
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  return draftId;
}

async function restAudit(company: string, companySize: string, maturity: Record<string, number>) {
  const { response, body } = await postAudit({
    ...seedExampleRequest,
    companySize,
    contactInfo: { email: uniqueEmail(TOKEN), company },
    maturity,
  });
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body.auditId as string;
}

async function inquiry(name: string, inquiryType: string, first: { utm?: object; referrer?: string }) {
  const { response, body } = await postContact({
    name,
    email: uniqueEmail(TOKEN),
    company: `${TOKEN} Beta`,
    message: 'We key 400 delivery notes a week into SAP by hand. Could you automate that?',
    inquiryType,
    ...first,
  });
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body.inquiryId as string;
}

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  [admin, sales] = await Promise.all([staffSession('admin'), staffSession('sales')]);
  const staff = data(await trpc('query', 'leads.staff', undefined, admin)) as Array<{ id: string; role: string }>;
  salesUserId = staff.find((s) => s.role === 'sales')!.id;

  ids.bigAudit = await restAudit(`${TOKEN} Alpha GmbH`, '1001+', { ...allAt(0), 'automation-budget': 4 });
  ids.smallAudit = await restAudit(`${TOKEN} Gamma Ltd`, '1-10', { ...allAt(4), 'automation-budget': 0 });
  ids.wizardAudit = await wizardAudit(
    `${TOKEN} Delta AG`,
    { source: 'LinkedIn', campaign: 'Q4-Audit' },
    'https://www.linkedin.com/feed',
  );
  ids.projectInquiry = await inquiry(`${TOKEN} Ada Lovelace`, 'project', {
    utm: { source: 'Newsletter', campaign: 'nov' },
  });
  ids.pressInquiry = await inquiry(`=HYPERLINK("x") ${TOKEN}`, 'press', { referrer: 'https://www.google.com/search' });
  const slot = await someFreeSlot();
  const booked = await book(
    bookingRequest(slot.startsAt, {
      name: `${TOKEN} Jonas Weber`,
      company: `${TOKEN} Alpha GmbH`,
      auditId: ids.bigAudit,
      utm: { source: 'partner' },
    }),
  );
  expect(booked.status, JSON.stringify(booked.body)).toBe(200);
  ids.booking = data(booked).bookingId;
}, 120_000);

afterAll(() => client.end());

describe('leads are written with their records', () => {
  it('one lead per audit, inquiry and booking, with first-touch source and campaign', async () => {
    const all = await mine();
    expect(all.total).toBe(6);
    const kinds = all.items.map((i) => i.kind).sort();
    expect(kinds).toEqual(['audit', 'audit', 'audit', 'booking', 'inquiry', 'inquiry']);

    const wizard = await leadOf('audit_id', ids.wizardAudit!);
    expect(wizard).toMatchObject({ kind: 'audit', source: 'linkedin', campaign: 'q4-audit', company_size: '51-99' });
    expect(wizard.maturity_score).toEqual(expect.any(Number));
    expect(wizard.roi_annual_value).toBeGreaterThan(0);
    const project = await leadOf('inquiry_id', ids.projectInquiry!);
    expect(project).toMatchObject({ kind: 'inquiry', source: 'newsletter', campaign: 'nov', maturity_score: null });
    const stored = await client.query('SELECT utm, referrer FROM contact_inquiries WHERE id = $1', [
      ids.projectInquiry,
    ]);
    expect(stored.rows[0].utm).toEqual({ source: 'Newsletter', campaign: 'nov' });
    expect((await leadOf('inquiry_id', ids.pressInquiry!)).source).toBe('google.com');

    const booking = await leadOf('booking_id', ids.booking!);
    const bigAudit = await leadOf('audit_id', ids.bigAudit!);
    // A booking linked to an audit is its own lead, carrying the audit's facts.
    expect(booking).toMatchObject({
      kind: 'booking',
      source: 'partner',
      industry: 'manufacturing',
      maturity_score: bigAudit.maturity_score,
      roi_annual_value: bigAudit.roi_annual_value,
    });
    const bookingUtm = await client.query('SELECT utm FROM consultation_bookings WHERE id = $1', [ids.booking]);
    expect(bookingUtm.rows[0].utm).toEqual({ source: 'partner' });
  });

  it('ranks a large, immature company with budget and a booked call above a small, mature one', async () => {
    const big = await leadOf('audit_id', ids.bigAudit!);
    const small = await leadOf('audit_id', ids.smallAudit!);
    expect(big.maturity_score).toBeLessThan(small.maturity_score);
    expect(big.priority).toBeGreaterThanOrEqual(65);
    expect(small.priority).toBeLessThan(40);
  });

  it('the backfill gives records without a lead one, once', async () => {
    const { rows } = await client.query(
      `INSERT INTO contact_inquiries (name, email, company, inquiry_type, message, status)
       VALUES ($1, $2, $3, 'pricing', 'Stored before leads existed.', 'resolved') RETURNING id`,
      [`${TOKEN} Old Inquiry`, uniqueEmail(TOKEN), `${TOKEN} Legacy`],
    );
    const id = rows[0].id as string;
    expect(await leadOf('inquiry_id', id)).toBeUndefined();
    const first = await ensureLeads(prisma);
    expect(first.inquiries).toBeGreaterThanOrEqual(1);
    expect(await leadOf('inquiry_id', id)).toMatchObject({ kind: 'inquiry', status: 'resolved', source: 'direct' });
    await ensureLeads(prisma);
    const count = await client.query('SELECT count(*)::int AS n FROM leads WHERE inquiry_id = $1', [id]);
    expect(count.rows[0].n).toBe(1);
    await client.query('DELETE FROM contact_inquiries WHERE id = $1', [id]);
  });
});

describe('leads.list', () => {
  it('is for admin and sales only', async () => {
    expect((await trpc('query', 'leads.list', {})).status).toBe(401);
    expect((await trpc('query', 'leads.list', {}, await staffSession('editor'))).status).toBe(403);
    expect((await list({ filters: { q: TOKEN } }, admin)).total).toBe(6);
  });

  it('searches name, email and company, case-insensitively, with wildcards taken literally', async () => {
    expect((await mine({ q: `${TOKEN} ALPHA` })).total).toBe(2);
    expect((await mine({ q: `${TOKEN} ada lovelace` })).items.map((i) => i.kind)).toEqual(['inquiry']);
    expect((await list({ filters: { q: `${TOKEN}%` } })).total).toBe(0);
    expect((await list({ filters: { q: `${TOKEN.slice(0, 4)}_${TOKEN.slice(5)}` } })).total).toBe(0);
    const short = await trpc('query', 'leads.list', { filters: { q: 'ab' } }, sales);
    expect(short.status).toBe(400);
    expect(short.body.error.json.data.error.details.field).toBe('filters.q');
  });

  it('filters by kind, source, industry, status, owner, score and date', async () => {
    expect((await mine({ kind: 'inquiry' })).total).toBe(2);
    expect((await mine({ source: 'linkedin' })).items.map((i) => i.kind)).toEqual(['audit']);
    const manufacturing = await mine({ industry: 'manufacturing' });
    expect(manufacturing.items.map((i) => i.kind).sort()).toEqual(['audit', 'audit', 'booking']);
    expect((await mine({ status: 'new' })).total).toBe(6);
    expect((await mine({ assignee: 'unassigned' })).total).toBe(6);

    const big = await leadOf('audit_id', ids.bigAudit!);
    const around = await mine({ scoreMin: big.maturity_score, scoreMax: big.maturity_score });
    expect(around.total).toBeGreaterThanOrEqual(2);
    expect(around.items.every((i) => i.maturityScore === big.maturity_score)).toBe(true);
    // Leads without a score (inquiries) never match a score filter.
    expect((await mine({ scoreMin: 0 })).items.every((i) => i.kind !== 'inquiry')).toBe(true);

    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await mine({ from: today, to: tomorrow })).total).toBe(6);
    expect((await mine({ from: tomorrow })).total).toBe(0);
    expect((await mine({ to: '2020-01-01' })).total).toBe(0);
  });

  it('sorts by priority, score, name and date, both ways', async () => {
    const byPriority = (await mine({}, { order: { sort: 'priority', dir: 'desc' } })).items.map((i) => i.priority);
    expect(byPriority).toEqual([...byPriority].sort((a, b) => b - a));
    const byScore = (await mine({ kind: 'audit' }, { order: { sort: 'maturity_score', dir: 'asc' } })).items;
    const scores = byScore.map((i) => i.maturityScore);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    const asc = (await mine({}, { order: { sort: 'name', dir: 'asc' } })).items.map((i) => i.id);
    const desc = (await mine({}, { order: { sort: 'name', dir: 'desc' } })).items.map((i) => i.id);
    expect(desc).toEqual([...asc].reverse());
    const newest = (await mine()).items.map((i) => Date.parse(i.createdAt));
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
  });

  it('pages without overlap, with the total and page count', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page += 1) {
      const result = await list({ filters: { q: TOKEN }, order: { sort: 'priority', dir: 'desc' }, pageSize: 4, page });
      expect(result).toMatchObject({ total: 6, pageCount: 2, page });
      seen.push(...result.items.map((i) => i.id));
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
  });
});

describe('working a lead', () => {
  it('changes the status, records who did it, and keeps the inquiry in step', async () => {
    const lead = await leadOf('inquiry_id', ids.projectInquiry!);
    const changed = await trpc('mutation', 'leads.setStatus', { id: lead.id, status: 'in_progress' }, sales);
    expect(data(changed)).toMatchObject({ status: 'in_progress', changed: true });
    const inquiryRow = await client.query('SELECT status FROM contact_inquiries WHERE id = $1', [ids.projectInquiry]);
    expect(inquiryRow.rows[0].status).toBe('in_progress');
    expect((await mine({ status: 'in_progress' })).items.map((i) => i.id)).toEqual([lead.id]);

    const page = data(await trpc('query', 'leads.get', { id: lead.id }, sales));
    expect(page.lead.status).toBe('in_progress');
    const statusEntry = page.timeline.find((e: { kind: string }) => e.kind === 'status_changed');
    expect(statusEntry).toMatchObject({ title: 'Status: In progress', detail: 'was New' });
    expect(statusEntry.actor).toMatch(/^sales-/);
    // The acknowledgement and the sales notification of the inquiry.
    expect(page.emails.length).toBeGreaterThanOrEqual(1);
    expect(page.priority.factors.map((f: { key: string }) => f.key)).toEqual(['gap', 'roi', 'size', 'urgency']);

    const invalid = await trpc('mutation', 'leads.setStatus', { id: lead.id, status: 'won' }, sales);
    expect(invalid.status).toBe(400);
    const missing = await trpc('mutation', 'leads.setStatus', { id: crypto.randomUUID(), status: 'closed' }, sales);
    expect(missing.status).toBe(404);
  });

  it('assigns to admin or sales accounts only, and filters by owner', async () => {
    const lead = await leadOf('audit_id', ids.smallAudit!);
    const assigned = await trpc('mutation', 'leads.assign', { id: lead.id, userId: salesUserId }, admin);
    expect(data(assigned)).toMatchObject({ assignedToId: salesUserId, changed: true });
    const owned = await mine({ assignee: salesUserId });
    expect(owned.items.map((i) => i.id)).toEqual([lead.id]);
    expect(owned.items[0].owner.id).toBe(salesUserId);

    const editorId = (
      await client.query(`SELECT id FROM admin_users WHERE role = 'editor' ORDER BY created_at DESC LIMIT 1`)
    ).rows[0].id;
    const refused = await trpc('mutation', 'leads.assign', { id: lead.id, userId: editorId }, admin);
    expect(refused.status).toBe(400);

    const page = data(await trpc('query', 'leads.get', { id: lead.id }, sales));
    // Emails queued in the background (the audit report) may be newer: look for the entry.
    const assignedEntry = page.timeline.find((e: { kind: string }) => e.kind === 'assigned');
    expect(assignedEntry.title).toMatch(/^Assigned to sales-/);
    expect(page.audit.analysis.maturityScore).toBe(lead.maturity_score);
    expect(page.audit.maturity.find((m: { key: string }) => m.key === 'automation-budget')).toMatchObject({ level: 0 });
  });

  it('schedules, annotates and completes follow-ups, listed with their lead until done', async () => {
    const lead = await leadOf('audit_id', ids.bigAudit!);
    const when = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const scheduled = await trpc(
      'mutation',
      'leads.scheduleFollowUp',
      { leadId: lead.id, actionType: 'call', scheduledAt: when, notes: 'Walk through the ROI' },
      sales,
    );
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200);
    const followUpId = data(scheduled).id as string;

    const open = data(await trpc('query', 'leads.openFollowUps', undefined, sales)) as any[];
    expect(open.find((f) => f.id === followUpId)).toMatchObject({
      actionType: 'call',
      lead: { kind: 'audit', id: ids.bigAudit, leadId: lead.id },
    });

    await trpc('mutation', 'leads.annotateFollowUp', { id: followUpId, notes: 'Bring the CFO' }, sales);
    const done = await trpc('mutation', 'leads.completeFollowUp', { id: followUpId, outcome: 'Pilot agreed' }, sales);
    expect(done.status).toBe(200);
    const again = await trpc('mutation', 'leads.completeFollowUp', { id: followUpId }, sales);
    expect(again.status).toBe(404);
    const stillOpen = data(await trpc('query', 'leads.openFollowUps', undefined, sales)) as any[];
    expect(stillOpen.some((f) => f.id === followUpId)).toBe(false);

    const page = data(await trpc('query', 'leads.get', { id: lead.id }, sales));
    expect(page.followUps.find((f: { id: string }) => f.id === followUpId)).toMatchObject({
      notes: 'Walk through the ROI\nBring the CFO',
      outcome: 'Pilot agreed',
      completedBy: expect.stringMatching(/^sales-/),
    });
    expect(page.timeline.some((e: { title: string }) => e.title === 'Follow-up done: call')).toBe(true);
    // The consultation booked for this audit shows on the audit's lead.
    expect(page.bookings.map((b: { id: string }) => b.id)).toContain(ids.booking);
  });

  it('completes an inquiry follow-up the old way (no outcome), as /admin/follow-ups does', async () => {
    const { rows } = await client.query('SELECT id FROM follow_ups WHERE inquiry_id = $1', [ids.pressInquiry]);
    const done = await trpc('mutation', 'leads.completeFollowUp', { id: rows[0].id }, admin);
    expect(done.status).toBe(200);
  });

  it('adds notes to the timeline', async () => {
    const lead = await leadOf('booking_id', ids.booking!);
    const empty = await trpc('mutation', 'leads.addNote', { id: lead.id, text: '   ' }, sales);
    expect(empty.status).toBe(400);
    await trpc('mutation', 'leads.addNote', { id: lead.id, text: 'Prefers mornings' }, sales);
    const page = data(await trpc('query', 'leads.get', { id: lead.id }, sales));
    expect(page.timeline.find((e: { kind: string }) => e.kind === 'note')).toMatchObject({
      detail: 'Prefers mornings',
    });
    expect(page.audit.auditData.id).toBe(ids.bigAudit);
  });
});

describe('CSV export', () => {
  const exportCsv = (query: string, cookie?: string) =>
    fetch(url(`/api/admin/leads/export.csv?${query}`), { headers: cookie ? { cookie } : {} });

  it('answers 401 without a session, 403 for editors and 400 for invalid filters, in the seed format', async () => {
    const anonymous = await exportCsv(`q=${TOKEN}`);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error).toMatchObject({ code: 'UNAUTHORIZED', timestamp: expect.any(String) });
    const editor = await exportCsv(`q=${TOKEN}`, await staffSession('editor'));
    expect(editor.status).toBe(403);
    expect((await editor.json()).error.code).toBe('FORBIDDEN');
    const invalid = await exportCsv('scoreMin=abc', sales);
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'scoreMin' } });
  });

  it('is exactly the filtered list: every page, same order, same values', async () => {
    const filters = { q: TOKEN };
    const order = { sort: 'priority', dir: 'desc' };
    const listed: any[] = [];
    for (let page = 1; ; page += 1) {
      const result = await list({ filters, order, pageSize: 2, page });
      listed.push(...result.items);
      if (page >= result.pageCount) break;
    }
    expect(listed).toHaveLength(6);

    const response = await exportCsv(`q=${TOKEN}&sort=priority&dir=desc`, sales);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="leads-${today}.csv"`);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const [header, ...rows] = parse(await response.text(), { bom: true }) as string[][];
    expect(header).toEqual(LEAD_CSV_HEADER);

    const expected = listed.map((item) => {
      const cell = (value: unknown) => (value === null ? '' : String(value));
      const text = (value: string | null) => (value && /^[=+\-@\t\r]/.test(value) ? `'${value}` : cell(value));
      return [
        item.id,
        item.kind,
        new Date(item.createdAt).toISOString(),
        text(item.name),
        text(item.email),
        text(item.company),
        text(item.industry),
        text(item.companySize),
        cell(item.maturityScore),
        cell(item.roiAnnualValue),
        cell(item.priority),
        item.band,
        item.status,
        text(item.source),
        text(item.campaign),
        text(item.owner?.email ?? null),
      ];
    });
    expect(rows).toEqual(expected);
    // A name that a spreadsheet would run as a formula is written as text.
    expect(rows.some((row) => row[3] === `'=HYPERLINK("x") ${TOKEN}`)).toBe(true);
  });

  it('applies the same filters as the list', async () => {
    const response = await exportCsv(`q=${TOKEN}&kind=inquiry&sort=name&dir=asc`, admin);
    const [, ...rows] = parse(await response.text(), { bom: true }) as string[][];
    const listed = await mine({ kind: 'inquiry' }, { order: { sort: 'name', dir: 'asc' } });
    expect(rows.map((row) => row[0])).toEqual(listed.items.map((i) => i.id));
    expect(rows).toHaveLength(2);
  });
});
