// The dashboard's funnel reconciles the records with the counted visits: audit stages follow the
// audits of the range through their records, the visit stage counts visitors, and own-words
// industries are shown under the industry they match. Seeded in a window of its own
// (2020-06-08..14, previous 2020-06-01..07) that no other test writes to.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCredentials, signIn, trpc } from '../support/app';

let db: pg.Client;
let admin: string;
const tag = randomBytes(4).toString('hex');
const at = (day: string) => new Date(`2020-06-${day}Z`);

async function audit(options: { status: string; industry: string; text?: string; day: string; score?: number }) {
  const { rows } = await db.query(
    `INSERT INTO audits (industry, industry_text, company_size, pain_points, current_systems, kpis, contact_info, status,
                         submitted_at, created_at)
     VALUES ($1, $2, '11-50', '[]', '[]', '[]', '{}', $3, $4, $5) RETURNING id`,
    [
      options.industry,
      options.text ?? null,
      options.status,
      options.status === 'draft' ? null : at(options.day),
      at(options.day),
    ],
  );
  const id = rows[0].id as string;
  if (options.score === undefined) return { id, resultId: null as string | null };
  const result = await db.query(
    `INSERT INTO audit_results (audit_id, maturity_score, tier, dimension_scores, roi_forecast, recommendations, visual_data)
     VALUES ($1, $2, 'Scaled', '[]', '{}', '[]', '{}') RETURNING id`,
    [id, options.score],
  );
  return { id, resultId: result.rows[0].id as string };
}

async function event(name: string, visitor: string, day: string, auditId: string | null = null) {
  await db.query(
    `INSERT INTO analytics_events (name, visitor_id, path, audit_id, source, occurred_at)
     VALUES ($1, $2, '/', $3, 'direct', $4)`,
    [name, `it-rec-${tag}-${visitor}`, auditId, at(day)],
  );
}

beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  admin = (await signIn(adminCredentials().email, adminCredentials().password))!;
  // One counted visitor, who takes an audit all the way (results, PDF, booking).
  const counted = await audit({ status: 'completed', industry: 'manufacturing', day: '09T10:00:00', score: 60 });
  await event('page_view', 'one', '09T09:59:00');
  await event('audit_started', 'one', '09T10:00:00', counted.id);
  await event('results_viewed', 'one', '09T10:05:00', counted.id);
  await db.query(
    `INSERT INTO pdf_reports (audit_result_id, file_path, download_url, is_downloaded, downloaded_at)
     VALUES ($1, 'x.pdf', '/x', true, $2)`,
    [counted.resultId, at('09T10:06:00')],
  );
  await db.query(
    `INSERT INTO consultation_bookings (name, email, audit_id, starts_at, ends_at, time_zone, manage_token_hash, created_at)
     VALUES ('B', 'b@example.com', $1, $2, $2::timestamptz + interval '30 minutes', 'UTC', $3, $4)`,
    [counted.id, new Date('2020-07-01T09:00:00Z'), randomBytes(16).toString('hex'), at('10T08:00:00')],
  );
  // Audits nobody counted (the API, or visitors who declined): own words stored as "other".
  await audit({ status: 'completed', industry: 'other', text: 'Manufactoring company', day: '11T10:00:00', score: 40 });
  await audit({ status: 'completed', industry: 'other', text: 'Logisitcs', day: '12T10:00:00', score: 50 });
  await audit({
    status: 'completed',
    industry: 'other',
    text: 'Underwater basket weaving',
    day: '12T11:00:00',
    score: 30,
  });
  await audit({ status: 'draft', industry: 'manufacturing', day: '13T10:00:00' });
  // Before the range and after it: not in this funnel.
  await audit({ status: 'completed', industry: 'manufacturing', day: '07T23:59:59', score: 70 });
  await audit({ status: 'completed', industry: 'manufacturing', day: '15T00:00:00', score: 70 });
});
afterAll(() => db.end());

const dashboard = () => trpc('query', 'analytics.dashboard', { from: '2020-06-08', to: '2020-06-14' }, admin);

describe('analytics reconciliation', () => {
  it('bases the audit stages on the records and only the visit stage on counted visits', async () => {
    const { status, body } = await dashboard();
    expect(status).toBe(200);
    const data = body.result.data.json;
    expect(data.headline.visitors.current).toBe(1);
    expect(data.headline.auditsStarted.current).toBe(5);
    const funnel = Object.fromEntries(
      data.funnel.map((stage: { key: string; count: number; source: string }) => [
        stage.key,
        [stage.count, stage.source],
      ]),
    );
    expect(funnel).toEqual({
      visit: [1, 'counted visits'],
      audit_started: [5, 'records'],
      audit_submitted: [4, 'records'],
      results_ready: [4, 'records'],
      results_viewed: [1, 'counted visits'],
      pdf_downloaded: [1, 'records'],
      consultation_booked: [1, 'records'],
    });
    // The headline's audits started is the funnel's: one figure, one source.
    expect(funnel.audit_started[0]).toBe(data.headline.auditsStarted.current);
    expect(data.reconciliation).toEqual({ auditsStarted: 5, fromCountedVisit: 1, visitors: 1 });
  });

  it('shows own-words industries under the industry they match, not "Other"', async () => {
    const { body } = await dashboard();
    const industries = body.result.data.json.industries.map((row: { key: string; label: string; started: number }) => [
      row.key,
      row.started,
    ]);
    expect(industries).toEqual([
      ['manufacturing', 3],
      ['logistics', 1],
      ['other', 1],
    ]);
  });
});
