// Seeds the database of a benchmark run at the volume issue 8 asks the admin area to handle:
// 100,000 audits over the last year (90% completed with a result and a lead), contact inquiries
// and consultation bookings with their leads, and about 1.5 million analytics events following
// the audit funnel. Set-based SQL (generate_series), so it takes seconds, not hours.
import pg from 'pg';

const INDUSTRIES = [
  'manufacturing',
  'logistics',
  'retail-ecommerce',
  'financial-services',
  'insurance',
  'healthcare',
  'professional-services',
  'technology-saas',
  'real-estate',
  'public-sector',
];
const SIZES = ['1-10', '11-50', '51-99', '100-500', '501-1000', '1001+'];
const SOURCES = ['direct', 'google.com', 'linkedin', 'newsletter', 'bing.com', 'partner-referral'];
const STATUSES = ['new', 'in_progress', 'resolved', 'closed'];

const pick = (list: string[], seed: string) =>
  `(ARRAY[${list.map((v) => `'${v}'`).join(',')}])[1 + (${seed}) % ${list.length}]`;

export interface SeedCounts {
  audits: number;
  leads: number;
  events: number;
  seconds: number;
}

export async function seedAdminScale(databaseUrl: string, audits = 100_000): Promise<SeedCounts> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  try {
    await client.query('BEGIN');
    // Audits: spread over 365 days; one in ten is an abandoned draft.
    await client.query(
      `INSERT INTO audits (id, industry, company_size, employee_count, contact_email, contact_info, status, source,
                           current_step, utm, created_at, updated_at, submitted_at)
       SELECT md5('bench-audit-' || i)::uuid,
              ${pick(INDUSTRIES, 'i')}, ${pick(SIZES, 'i / 7')}, 5 + (i * 37) % 3000,
              CASE WHEN i % 10 = 0 THEN NULL ELSE 'lead' || i || '@bench.example' END,
              jsonb_build_object('name', 'Bench Lead ' || i, 'email', 'lead' || i || '@bench.example',
                                 'company', 'Company ' || (i % 5000)),
              CASE WHEN i % 10 = 0 THEN 'draft' ELSE 'completed' END, 'wizard',
              CASE WHEN i % 10 = 0 THEN 1 + i % 6 ELSE 7 END,
              jsonb_build_object('source', ${pick(SOURCES, 'i / 3')}),
              ts, ts, CASE WHEN i % 10 = 0 THEN NULL ELSE ts + interval '6 minutes' END
       FROM (SELECT i, now() - ((i * 7919) % (365 * 24 * 60)) * interval '1 minute' AS ts
             FROM generate_series(1, $1::int) AS i) s`,
      [audits],
    );
    await client.query(
      `INSERT INTO audit_results (audit_id, maturity_score, tier, dimension_scores, roi_forecast, recommendations,
                                  visual_data, generated_at)
       SELECT a.id, 5 + (abs(hashtext(a.id::text)) % 91), 'Bench tier', '[]', '{}', '[]', '{}', a.submitted_at
       FROM audits a WHERE a.status = 'completed' AND a.contact_email LIKE '%@bench.example'`,
    );
    await client.query(
      `INSERT INTO leads (kind, audit_id, name, email, company, industry, company_size, maturity_score, roi_annual_value,
                          status, priority, source, created_at, updated_at)
       SELECT 'audit', a.id, a.contact_info->>'name', a.contact_email, a.contact_info->>'company', a.industry,
              a.company_size, r.maturity_score, 10000 + (abs(hashtext(a.id::text)) % 400000),
              ${pick(STATUSES, 'abs(hashtext(a.id::text))')}, abs(hashtext(a.contact_email)) % 101,
              a.utm->>'source', a.created_at, a.created_at
       FROM audits a JOIN audit_results r ON r.audit_id = a.id
       WHERE a.contact_email LIKE '%@bench.example'`,
    );
    // Contact inquiries and bookings (bookings an hour apart: confirmed ones may not overlap).
    await client.query(
      `WITH inquiries AS (
         INSERT INTO contact_inquiries (name, email, company, inquiry_type, message, status, created_at)
         SELECT 'Bench Inquirer ' || i, 'inquiry' || i || '@bench.example', 'Company ' || i, 'project',
                'We would like to automate our invoice approvals.', 'new',
                now() - ((i * 104729) % (365 * 24 * 60)) * interval '1 minute'
         FROM generate_series(1, $1::int) i
         RETURNING id, name, email, company, created_at)
       INSERT INTO leads (kind, inquiry_id, name, email, company, status, priority, source, created_at, updated_at)
       SELECT 'inquiry', id, name, email, company, 'new', 40, 'direct', created_at, created_at FROM inquiries`,
      [Math.round(audits / 20)],
    );
    await client.query(
      `WITH bookings AS (
         INSERT INTO consultation_bookings (name, email, starts_at, ends_at, time_zone, manage_token_hash, created_at)
         SELECT 'Bench Booker ' || i, 'booker' || i || '@bench.example',
                date_trunc('hour', now()) - i * interval '1 hour', date_trunc('hour', now()) - i * interval '1 hour' + interval '30 minutes',
                'Europe/Berlin', md5('bench-booking-' || i) || md5('x' || i),
                date_trunc('hour', now()) - i * interval '1 hour' - interval '2 days'
         FROM generate_series(1, $1::int) i
         RETURNING id, name, email, created_at)
       INSERT INTO leads (kind, booking_id, name, email, status, priority, source, created_at, updated_at)
       SELECT 'booking', id, name, email, 'new', 70, 'direct', created_at, created_at FROM bookings`,
      [Math.round(audits / 50)],
    );
    // Events: every audit's visitor viewed pages, started, answered the steps it reached and,
    // when completed, submitted and viewed results; some downloaded the PDF or booked.
    // Plus twice as many visitors who only browsed.
    await client.query(
      `INSERT INTO analytics_events (name, visitor_id, path, step, audit_id, source, occurred_at)
       SELECT e.name, 'bench-v-' || a.n, e.path, e.step, a.id, a.utm->>'source', a.created_at + e.offset_s * interval '1 second'
       FROM (SELECT id, utm, created_at, status, current_step, row_number() OVER () AS n FROM audits) a
       CROSS JOIN LATERAL (
         VALUES ('page_view', '/', NULL::int, -120), ('page_view', '/audit', NULL, -30), ('audit_started', '/audit', NULL, 0)
       ) AS e(name, path, step, offset_s)
       UNION ALL
       SELECT 'audit_step', 'bench-v-' || a.n, '/audit', s, a.id, a.utm->>'source', a.created_at + s * interval '50 seconds'
       FROM (SELECT id, utm, created_at, current_step, row_number() OVER () AS n FROM audits) a
       CROSS JOIN LATERAL generate_series(1, a.current_step) AS s
       UNION ALL
       SELECT e.name, 'bench-v-' || a.n, '/audit/results', NULL, a.id, a.utm->>'source', a.created_at + e.offset_s * interval '1 second'
       FROM (SELECT id, utm, created_at, status, row_number() OVER () AS n FROM audits) a
       CROSS JOIN LATERAL (VALUES ('audit_submitted', 360), ('results_viewed', 365)) AS e(name, offset_s)
       WHERE a.status = 'completed'`,
    );
    await client.query(
      `INSERT INTO analytics_events (name, visitor_id, path, audit_id, source, occurred_at)
       SELECT CASE WHEN r.n % 3 = 0 THEN 'pdf_downloaded' ELSE 'consultation_booked' END, 'bench-v-' || r.n,
              '/audit/results', r.audit_id, 'direct', r.generated_at + interval '2 minutes'
       FROM (SELECT audit_id, generated_at, row_number() OVER () AS n FROM audit_results) r
       WHERE r.n % 3 = 0 OR r.n % 17 = 0`,
    );
    await client.query(
      `INSERT INTO analytics_events (name, visitor_id, path, source, occurred_at)
       SELECT 'page_view', 'bench-browser-' || (i / 2), (ARRAY['/', '/blog', '/pricing', '/solutions', '/about'])[1 + i % 5],
              ${pick(SOURCES, 'i / 11')}, now() - ((i * 15485863::bigint) % (365 * 24 * 60)) * interval '1 minute'
       FROM generate_series(1, $1::int * 4) AS i`,
      [audits],
    );
    await client.query('COMMIT');
    // What autovacuum does in production after a load: statistics and the visibility map
    // (index-only scans need it).
    await client.query('VACUUM ANALYZE');
    const [{ leads }] = (await client.query(`SELECT count(*)::int AS leads FROM leads`)).rows;
    const [{ events }] = (await client.query(`SELECT count(*)::int AS events FROM analytics_events`)).rows;
    return { audits, leads, events, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
