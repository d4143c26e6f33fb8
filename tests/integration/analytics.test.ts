// First-party analytics over real HTTP and a real database: the recording policy of
// POST /api/events (consent, GPC/DNT, bots, validation), events recorded by the server in the
// audit wizard, and every dashboard figure for a range seeded with known events and records.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCredentials, signIn, trpc } from '../support/app';
import { postEvent, visitorHeaders, newVisitorId, BROWSER_UA } from '../support/analytics';
import { seedExampleRequest, submitThroughWizard } from '../support/audit';
import { staffSession } from '../support/staff';
import { waitFor } from '../support/wait';

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});
afterAll(() => db.end());

const uniquePath = () => `/it-analytics/${randomBytes(6).toString('hex')}`;
const rowsAt = async (path: string) =>
  (await db.query('SELECT * FROM analytics_events WHERE path = $1 ORDER BY id', [path])).rows;

describe('POST /api/events: who is recorded', () => {
  it('records an allowing visitor under their cookie id, with the first-touch source', async () => {
    const path = uniquePath();
    const visitorId = newVisitorId();
    const sent = await postEvent(
      { name: 'page_view', path, utm: { source: 'Newsletter', campaign: 'Spring' }, referrer: 'https://x.example/' },
      visitorHeaders({ consent: 'allow', visitorId }),
    );
    expect(sent.status).toBe(204);
    const rows = await rowsAt(path);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      name: 'page_view',
      visitor_id: visitorId,
      source: 'newsletter',
      campaign: 'spring',
    });
  });

  it('counts a visitor without a choice by a daily hash, the same for the same browser and address', async () => {
    const path = uniquePath();
    const headers = visitorHeaders();
    await postEvent({ name: 'page_view', path, referrer: 'https://www.linkedin.com/feed/' }, headers);
    await postEvent({ name: 'cta_click', path, label: 'book-consultation' }, headers);
    await postEvent({ name: 'page_view', path }, { ...headers, 'user-agent': `${BROWSER_UA} Edg/130.0` });
    const rows = await rowsAt(path);
    expect(rows.map((row) => row.name)).toEqual(['page_view', 'cta_click', 'page_view']);
    expect(rows[0].visitor_id).toMatch(/^h[A-Za-z0-9_-]{39}$/);
    expect(rows[1].visitor_id).toBe(rows[0].visitor_id);
    expect(rows[2].visitor_id).not.toBe(rows[0].visitor_id);
    expect(rows[0].source).toBe('linkedin.com');
    expect(rows[1].label).toBe('book-consultation');
  });

  it('records nothing for a declined visitor, GPC, DNT, bots or a missing user agent, and answers 204 alike', async () => {
    const path = uniquePath();
    const cases: Array<Record<string, string>> = [
      visitorHeaders({ consent: 'deny' }),
      { ...visitorHeaders({ consent: 'allow' }), 'sec-gpc': '1' },
      { ...visitorHeaders(), dnt: '1' },
      { ...visitorHeaders(), 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
      { ...visitorHeaders(), 'user-agent': 'curl/8.5.0' },
      { ...visitorHeaders(), 'user-agent': '' },
    ];
    for (const headers of cases) expect((await postEvent({ name: 'page_view', path }, headers)).status).toBe(204);
    expect(await rowsAt(path)).toHaveLength(0);
  });

  it('refuses bad input in the seed error format and stores nothing', async () => {
    const path = uniquePath();
    const headers = visitorHeaders({ consent: 'allow' });
    const bad = [
      { name: 'audit_submitted', path },
      { name: 'page_view', path: `${path}?email=a@b.c` },
      { name: 'page_view', path: 'https://evil.example/' },
      { name: 'cta_click', path, label: 'Not A Label' },
      { name: 'results_viewed', path, auditId: 'nope' },
      { name: 'page_view', path, extra: 1 },
    ];
    for (const body of bad) {
      const answer = await postEvent(body, headers);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({ code: 'VALIDATION_ERROR', message: expect.any(String) });
      expect(answer.body.error.timestamp).toEqual(expect.any(String));
    }
    expect((await postEvent('{', headers)).status).toBe(400);
    expect((await postEvent({ name: 'page_view', path, referrer: 'x'.repeat(5000) }, headers)).status).toBe(413);
    const wrongType = await fetch(new URL('/api/events', process.env.APP_URL).toString(), {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...headers },
      body: 'page_view',
    });
    expect(wrongType.status).toBe(415);
    expect(await rowsAt(path)).toHaveLength(0);
  });

  it('limits events per client address (429 with Retry-After)', async () => {
    const headers = { ...visitorHeaders(), dnt: '1' };
    let limited: Response | null = null;
    for (let i = 0; i < 130 && !limited; i += 1) {
      const response = await fetch(new URL('/api/events', process.env.APP_URL).toString(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ name: 'page_view', path: '/' }),
      });
      if (response.status === 429) limited = response;
      else expect(response.status).toBe(204);
    }
    expect(limited).not.toBeNull();
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited!.json()) as any).error.code).toBe('RATE_LIMITED');
  });
});

describe('events recorded by the server', () => {
  it('records the wizard: started, every step and submitted, under the browser visitor id', async () => {
    const visitorId = newVisitorId();
    const { body, draftId } = await submitThroughWizard(
      seedExampleRequest,
      visitorHeaders({ consent: 'allow', visitorId }),
    );
    expect(body.result.data.json.auditId).toBe(draftId);
    const rows = await waitFor(
      async () => {
        const { rows } = await db.query(
          'SELECT name, step, audit_id FROM analytics_events WHERE visitor_id = $1 ORDER BY name, step',
          [visitorId],
        );
        return rows.length >= 8 && rows;
      },
      { what: 'wizard events' },
    );
    expect(rows).toEqual([
      { name: 'audit_started', step: null, audit_id: draftId },
      ...[1, 2, 3, 4, 5, 6].map((step) => ({ name: 'audit_step', step, audit_id: draftId })),
      { name: 'audit_submitted', step: null, audit_id: draftId },
    ]);
  });

  it('records nothing of a declined visitor’s wizard', async () => {
    const { draftId } = await submitThroughWizard(seedExampleRequest, visitorHeaders({ consent: 'deny' }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { rows } = await db.query('SELECT count(*)::int AS n FROM analytics_events WHERE audit_id = $1', [draftId]);
    expect(rows[0].n).toBe(0);
  });
});

// A week of a month no other test writes to (15 months ago: inside the retention period, which
// the privacy test's retention run enforces meanwhile; a 2021 range was deleted under this test):
// MONTH-08..14, previous MONTH-01..07.
const monthsAgo = (months: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1)).toISOString().slice(0, 7);
};
const MONTH = monthsAgo(15);
const NEXT_MONTH = monthsAgo(14);
const at = (iso: string) => new Date(`${MONTH}-${iso}Z`);

async function event(name: string, visitorId: string, when: string, extra: Record<string, unknown> = {}) {
  await db.query(
    `INSERT INTO analytics_events (name, visitor_id, path, step, source, campaign, occurred_at)
     VALUES ($1, $2, '/', $3, $4, $5, $6)`,
    [name, visitorId, extra.step ?? null, extra.source ?? 'direct', extra.campaign ?? null, at(when)],
  );
}

async function audit(status: string, industry: string, size: string, when: string, score?: number) {
  const { rows } = await db.query(
    `INSERT INTO audits (industry, company_size, pain_points, current_systems, kpis, contact_info, status, created_at)
     VALUES ($1, $2, '[]', '[]', '[]', '{}', $3, $4) RETURNING id`,
    [industry, size, status, at(when)],
  );
  const id = rows[0].id as string;
  if (score === undefined) return { id, resultId: null };
  const result = await db.query(
    `INSERT INTO audit_results (audit_id, maturity_score, tier, dimension_scores, roi_forecast, recommendations, visual_data)
     VALUES ($1, $2, 'Scaled', '[]', '{}', '[]', '{}') RETURNING id`,
    [id, score],
  );
  return { id, resultId: result.rows[0].id as string };
}

async function report(resultId: string, downloadedAt: string | null) {
  await db.query(
    `INSERT INTO pdf_reports (audit_result_id, file_path, download_url, is_downloaded, downloaded_at)
     VALUES ($1, 'x.pdf', '/x', $2, $3)`,
    [resultId, downloadedAt !== null, downloadedAt ? at(downloadedAt) : null],
  );
}

async function booking(createdAt: string, startsAt: string) {
  const { rows } = await db.query(
    `INSERT INTO consultation_bookings (name, email, starts_at, ends_at, time_zone, manage_token_hash, created_at)
     VALUES ('B', 'b@example.com', $1, $1::timestamptz + interval '30 minutes', 'UTC', $2, $3) RETURNING id`,
    [new Date(startsAt), randomBytes(16).toString('hex'), at(createdAt)],
  );
  return rows[0].id as string;
}

async function lead(kind: 'audit' | 'booking', refId: string, createdAt: string, source: string, campaign?: string) {
  await db.query(
    `INSERT INTO leads (kind, ${kind}_id, name, email, source, campaign, created_at)
     VALUES ($1, $2, 'L', 'l@example.com', $3, $4, $5)`,
    [kind, refId, source, campaign ?? null, at(createdAt)],
  );
}

describe('analytics.dashboard', () => {
  let admin: string;
  beforeAll(async () => {
    admin = (await signIn(adminCredentials().email, adminCredentials().password))!;
    const [v1, v2, v3, v4, v5] = ['v1', 'v2', 'v3', 'v4', 'v5'].map((v) => `it-dash-${v}-${newVisitorId()}`) as [
      string,
      string,
      string,
      string,
      string,
    ];
    // Page views: three visitors now (v1 on two days), two before; one on each boundary.
    await event('page_view', v1, '08T00:00:00', { source: 'google', campaign: 'spring' });
    await event('page_view', v1, '10T12:00:00', { source: 'google', campaign: 'spring' });
    await event('page_view', v2, '09T09:00:00');
    await event('page_view', v3, '14T23:59:59', { source: 'linkedin.com' });
    await event('page_view', v4, '01T00:00:00');
    await event('page_view', v5, '07T23:59:59');
    await event('page_view', v4, '15T00:00:00'); // after the range
    await event('page_view', v5, '28T10:00:00'); // later in the month: outside too
    await event('cta_click', v2, '09T09:01:00');
    // Funnel: v1 goes all the way, v2 stops after step 2, v3 only opens a results link.
    for (const v of [v1, v2]) {
      await event('audit_started', v, '09T10:00:00');
      await event('audit_step', v, '09T10:00:00', { step: 1 });
      await event('audit_step', v, '09T10:01:00', { step: 2 });
    }
    for (const step of [3, 4, 5, 6]) await event('audit_step', v1, '09T10:02:00', { step });
    await event('audit_submitted', v1, '09T10:05:00');
    await event('results_viewed', v1, '09T10:05:01');
    await event('results_viewed', v3, '14T20:00:00');
    await event('pdf_downloaded', v1, '09T10:07:00');
    await event('pdf_downloaded', v1, '11T10:07:00');
    await event('consultation_booked', v1, '12T08:00:00');
    await event('audit_started', v4, '05T10:00:00'); // previous period: not in this funnel

    // Audits now: 5 started, 3 completed (35, 72, 100), a draft, a failure; two before.
    const a1 = await audit('completed', 'manufacturing', '100-500', '08T10:00:00', 35);
    const a2 = await audit('completed', 'retail-ecommerce', '11-50', '09T10:00:00', 72);
    await audit('draft', 'manufacturing', '', '09T11:00:00');
    const a5 = await audit('completed', 'manufacturing', '100-500', '10T10:00:00', 100);
    await audit('failed', 'retail-ecommerce', '11-50', '14T23:59:59');
    const p1 = await audit('completed', 'retail-ecommerce', '11-50', '02T10:00:00', 50);
    await audit('draft', 'logistics', '', '03T10:00:00');
    await audit('completed', 'logistics', '1-10', '15T00:00:00', 90); // after the range
    await report(a1.resultId!, '09T10:07:00');
    await report(a2.resultId!, '12T10:00:00');
    await report(a5.resultId!, null);
    await report(p1.resultId!, '03T08:00:00');
    // Bookings: one now, two before (their meeting times far apart so they never overlap).
    const b1 = await booking('12T08:00:00', `${NEXT_MONTH}-01T09:00:00Z`);
    await booking('02T08:00:00', `${NEXT_MONTH}-02T09:00:00Z`);
    await booking('06T08:00:00', `${NEXT_MONTH}-03T09:00:00Z`);
    // Leads: three now, one before.
    await lead('audit', a1.id, '08T10:01:00', 'google', 'spring');
    await lead('audit', a2.id, '09T10:01:00', 'direct');
    await lead('booking', b1, '12T08:00:00', 'google');
    await lead('audit', p1.id, '02T10:01:00', 'direct');
  });

  const dashboard = async (range: unknown, cookie = admin) => trpc('query', 'analytics.dashboard', range, cookie);

  it('computes every headline figure and its comparison with the previous period', async () => {
    const { status, body } = await dashboard({ from: `${MONTH}-08`, to: `${MONTH}-14` });
    expect(status).toBe(200);
    const data = body.result.data.json;
    expect(data.range).toEqual({ from: `${MONTH}-08`, to: `${MONTH}-14` });
    expect(data.previousRange).toEqual({ from: `${MONTH}-01`, to: `${MONTH}-07` });
    const c = (current: number | null, previous: number | null, change: number | null, unit = 'percent') => ({
      current,
      previous,
      change,
      changeUnit: unit,
      direction: current === previous ? 'flat' : (current ?? 0) > (previous ?? 0) ? 'up' : 'down',
    });
    expect(data.headline).toEqual({
      visitors: c(3, 2, 50),
      auditsStarted: c(5, 2, 150),
      auditsCompleted: c(3, 1, 200),
      completionRate: c(60, 50, 10, 'points'),
      averageMaturity: c(69, 50, 19, 'points'),
      leads: c(3, 1, 200),
      bookings: c(1, 2, -50),
      downloads: c(2, 1, 100),
    });
  });

  it('computes the funnel: visitors from counted visits, every audit stage from the records', async () => {
    const { body } = await dashboard({ from: `${MONTH}-08`, to: `${MONTH}-14` });
    const data = body.result.data.json;
    expect(
      data.funnel.map((stage: { key: string; count: number; source: string }) => [
        stage.key,
        stage.count,
        stage.source,
      ]),
    ).toEqual([
      ['visit', 3, 'counted visits'],
      ['audit_started', 5, 'records'],
      ['audit_submitted', 4, 'records'],
      ['results_ready', 3, 'records'],
      // The seeded events carry no audit: no audit of the range was seen by a counted visit.
      ['results_viewed', 0, 'counted visits'],
      ['pdf_downloaded', 2, 'records'],
      ['consultation_booked', 0, 'records'],
    ]);
    expect(data.reconciliation).toEqual({ auditsStarted: 5, fromCountedVisit: 0, visitors: 3 });
  });

  it('computes audits over time, breakdowns, maturity distribution, sources and campaigns', async () => {
    const { body } = await dashboard({ from: `${MONTH}-08`, to: `${MONTH}-14` });
    const data = body.result.data.json;
    expect(data.auditsOverTime).toEqual([
      { day: `${MONTH}-08`, started: 1, completed: 1 },
      { day: `${MONTH}-09`, started: 2, completed: 1 },
      { day: `${MONTH}-10`, started: 1, completed: 1 },
      { day: `${MONTH}-11`, started: 0, completed: 0 },
      { day: `${MONTH}-12`, started: 0, completed: 0 },
      { day: `${MONTH}-13`, started: 0, completed: 0 },
      { day: `${MONTH}-14`, started: 1, completed: 0 },
    ]);
    const counts = (rows: Array<{ key: string; started: number; completed: number }>) =>
      rows.map((row) => [row.key, row.started, row.completed]);
    expect(counts(data.industries)).toEqual([
      ['manufacturing', 3, 2],
      ['retail-ecommerce', 2, 1],
    ]);
    expect(counts(data.companySizes)).toEqual([
      ['11-50', 2, 1],
      ['100-500', 2, 2],
      ['', 1, 0],
    ]);
    expect(data.companySizes[2].label).toBe('Not answered yet');
    expect(data.maturity.map((b: { audits: number }) => b.audits)).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0, 1]);
    expect(data.sources).toEqual([
      { key: 'google', visitors: 1, leads: 2 },
      { key: 'direct', visitors: 1, leads: 1 },
      { key: 'linkedin.com', visitors: 1, leads: 0 },
    ]);
    expect(data.campaigns).toEqual([{ key: 'spring', visitors: 1, leads: 1 }]);
  });

  it('compares a one-day range with the day before', async () => {
    const { body } = await dashboard({ from: `${MONTH}-08`, to: `${MONTH}-08` });
    const data = body.result.data.json;
    expect(data.previousRange).toEqual({ from: `${MONTH}-07`, to: `${MONTH}-07` });
    expect(data.headline.visitors).toMatchObject({ current: 1, previous: 1, change: 0, direction: 'flat' });
    expect(data.headline.auditsStarted).toMatchObject({ current: 1, previous: 0, change: null, direction: 'up' });
    expect(data.headline.averageMaturity).toMatchObject({ current: 35, previous: null, change: null });
    expect(data.auditsOverTime).toEqual([{ day: `${MONTH}-08`, started: 1, completed: 1 }]);
  });

  it('answers an empty range with zeros, not errors', async () => {
    const { body } = await dashboard({ from: '2019-01-01', to: '2019-01-31' });
    const data = body.result.data.json;
    expect(data.headline.visitors).toMatchObject({ current: 0, previous: 0 });
    expect(data.headline.completionRate).toMatchObject({ current: null, previous: null });
    expect(data.auditsOverTime).toHaveLength(31);
    expect(data.funnel.every((stage: { count: number }) => stage.count === 0)).toBe(true);
  });

  it('validates the range', async () => {
    for (const range of [
      { from: '2021-03-10', to: '2021-03-01' },
      { from: '2020-01-01', to: '2021-03-01' },
      { from: '2021-02-30', to: '2021-03-01' },
      { from: 'yesterday', to: '2021-03-01' },
    ]) {
      const { status, body } = await dashboard(range);
      expect(status).toBe(400);
      expect(body.error.json.data.error.code).toBe('VALIDATION_ERROR');
    }
  });

  it('is for admins only', async () => {
    expect((await dashboard({ from: `${MONTH}-08`, to: `${MONTH}-14` }, '')).status).toBe(401);
    const sales = await staffSession('sales');
    expect((await dashboard({ from: `${MONTH}-08`, to: `${MONTH}-14` }, sales)).status).toBe(403);
  });
});
