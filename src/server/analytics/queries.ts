// The dashboard's SQL. Every statement filters on an indexed timestamp with a half-open range
// ([start, end)), aggregates in PostgreSQL and returns a handful of rows: no per-row round trips.
// Time buckets are UTC days. Indexes used: analytics_events (name, occurred_at, visitor_id),
// audits (created_at), leads (created_at), consultation_bookings (created_at),
// pdf_reports (downloaded_at), audit_results (audit_id).
import 'server-only';
import type { Period } from '@/domain/analytics/range';
import type { Db } from '@/server/db/client';

/** Distinct visitors with a page view in the current period and in the previous one. */
export function visitorCounts(db: Db, current: Period, previous: Period) {
  return db.$queryRaw<Array<{ visitors: number; prev_visitors: number }>>`
    SELECT count(DISTINCT visitor_id) FILTER (WHERE occurred_at >= ${current.start})::int AS visitors,
           count(DISTINCT visitor_id) FILTER (WHERE occurred_at < ${current.start})::int AS prev_visitors
    FROM analytics_events
    WHERE name = 'page_view' AND occurred_at >= ${previous.start} AND occurred_at < ${current.end}`;
}

/** Audits started (created), completed, and their mean maturity, per period (one scan of both). */
export function auditCounts(db: Db, current: Period, previous: Period) {
  return db.$queryRaw<
    Array<{
      started: number;
      completed: number;
      avg_maturity: number | null;
      prev_started: number;
      prev_completed: number;
      prev_avg_maturity: number | null;
    }>
  >`
    SELECT count(*) FILTER (WHERE a.created_at >= ${current.start})::int AS started,
           count(*) FILTER (WHERE a.created_at >= ${current.start} AND a.status = 'completed')::int AS completed,
           avg(r.maturity_score) FILTER (WHERE a.created_at >= ${current.start} AND a.status = 'completed')::float8
             AS avg_maturity,
           count(*) FILTER (WHERE a.created_at < ${current.start})::int AS prev_started,
           count(*) FILTER (WHERE a.created_at < ${current.start} AND a.status = 'completed')::int AS prev_completed,
           avg(r.maturity_score) FILTER (WHERE a.created_at < ${current.start} AND a.status = 'completed')::float8
             AS prev_avg_maturity
    FROM audits a
    LEFT JOIN audit_results r ON r.audit_id = a.id
    WHERE a.created_at >= ${previous.start} AND a.created_at < ${current.end}`;
}

/** Leads created, bookings made and reports first downloaded, per period. */
export function outcomeCounts(db: Db, current: Period, previous: Period) {
  const { start: cs, end: ce } = current;
  const ps = previous.start;
  return db.$queryRaw<
    Array<{
      leads: number;
      prev_leads: number;
      bookings: number;
      prev_bookings: number;
      downloads: number;
      prev_downloads: number;
    }>
  >`
    SELECT
      (SELECT count(*) FROM leads WHERE created_at >= ${cs} AND created_at < ${ce})::int AS leads,
      (SELECT count(*) FROM leads WHERE created_at >= ${ps} AND created_at < ${cs})::int AS prev_leads,
      (SELECT count(*) FROM consultation_bookings WHERE created_at >= ${cs} AND created_at < ${ce})::int AS bookings,
      (SELECT count(*) FROM consultation_bookings WHERE created_at >= ${ps} AND created_at < ${cs})::int
        AS prev_bookings,
      (SELECT count(*) FROM pdf_reports WHERE downloaded_at >= ${cs} AND downloaded_at < ${ce})::int AS downloads,
      (SELECT count(*) FROM pdf_reports WHERE downloaded_at >= ${ps} AND downloaded_at < ${cs})::int
        AS prev_downloads`;
}

export interface AuditFunnelRow {
  started: number;
  submitted: number;
  results_ready: number;
  results_viewed: number;
  pdf_downloaded: number;
  booked: number;
  /** Audits of the range with an event of a counted visit (the visitor allowed counting). */
  from_counted_visit: number;
}

/**
 * The audits started in the period, followed through their records: submitted, scored, results
 * page opened (a results_viewed event, so counted visits only), PDF downloaded, consultation
 * booked. A cohort: every stage is a subset of the audits started. Indexes: audits
 * (created_at), audit_results (audit_id), pdf_reports (audit_result_id), consultation_bookings
 * (audit_id), analytics_events (audit_id).
 */
export function auditFunnel(db: Db, period: Period) {
  return db.$queryRaw<AuditFunnelRow[]>`
    SELECT count(*)::int AS started,
           count(*) FILTER (WHERE a.status <> 'draft')::int AS submitted,
           count(r.id)::int AS results_ready,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM analytics_events e
                                          WHERE e.audit_id = a.id AND e.name = 'results_viewed'))::int AS results_viewed,
           count(p.downloaded_at)::int AS pdf_downloaded,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM consultation_bookings b WHERE b.audit_id = a.id))::int AS booked,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM analytics_events e WHERE e.audit_id = a.id))::int
             AS from_counted_visit
    FROM audits a
    LEFT JOIN audit_results r ON r.audit_id = a.id
    LEFT JOIN pdf_reports p ON p.audit_result_id = r.id
    WHERE a.created_at >= ${period.start} AND a.created_at < ${period.end}`;
}

/** Own-words industries the catalogue did not know when stored ("other"), by the words. */
export function otherIndustryTexts(db: Db, period: Period) {
  return db.$queryRaw<Array<{ text: string; started: number; completed: number }>>`
    SELECT industry_text AS text, count(*)::int AS started,
           count(*) FILTER (WHERE status = 'completed')::int AS completed
    FROM audits
    WHERE created_at >= ${period.start} AND created_at < ${period.end}
      AND industry = 'other' AND industry_text IS NOT NULL
    GROUP BY industry_text
    ORDER BY count(*) DESC
    LIMIT 500`;
}

/** Audits started and (of those) completed per UTC day. */
export function dailyAudits(db: Db, period: Period) {
  return db.$queryRaw<Array<{ day: string; started: number; completed: number }>>`
    SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
           count(*)::int AS started,
           count(*) FILTER (WHERE status = 'completed')::int AS completed
    FROM audits
    WHERE created_at >= ${period.start} AND created_at < ${period.end}
    GROUP BY 1`;
}

/** Audits started and completed by industry and by company size (one scan, two groupings). */
export function auditBreakdowns(db: Db, period: Period) {
  return db.$queryRaw<Array<{ by_industry: boolean; key: string; started: number; completed: number }>>`
    SELECT GROUPING(company_size) = 1 AS by_industry,
           coalesce(industry, company_size) AS key,
           count(*)::int AS started,
           count(*) FILTER (WHERE status = 'completed')::int AS completed
    FROM audits
    WHERE created_at >= ${period.start} AND created_at < ${period.end}
    GROUP BY GROUPING SETS ((industry), (company_size))`;
}

/** Completed audits by maturity bucket of ten points (100 in the top bucket). */
export function maturityBuckets(db: Db, period: Period) {
  return db.$queryRaw<Array<{ bucket: number; audits: number }>>`
    SELECT least(r.maturity_score / 10, 9)::int AS bucket, count(*)::int AS audits
    FROM audits a
    JOIN audit_results r ON r.audit_id = a.id
    WHERE a.created_at >= ${period.start} AND a.created_at < ${period.end} AND a.status = 'completed'
    GROUP BY 1`;
}

/** Visitors (page views) and leads per first-touch source and per campaign. */
export function sourceCounts(db: Db, period: Period) {
  const { start, end } = period;
  return db.$queryRaw<Array<{ kind: 'source' | 'campaign'; key: string; visitors: number; leads: number }>>`
    SELECT 'source' AS kind, source AS key, count(DISTINCT visitor_id)::int AS visitors, 0 AS leads
    FROM analytics_events
    WHERE name = 'page_view' AND occurred_at >= ${start} AND occurred_at < ${end}
    GROUP BY source
    UNION ALL
    SELECT 'campaign', campaign, count(DISTINCT visitor_id)::int, 0
    FROM analytics_events
    WHERE name = 'page_view' AND occurred_at >= ${start} AND occurred_at < ${end} AND campaign IS NOT NULL
    GROUP BY campaign
    UNION ALL
    SELECT 'source', source, 0, count(*)::int FROM leads
    WHERE created_at >= ${start} AND created_at < ${end}
    GROUP BY source
    UNION ALL
    SELECT 'campaign', campaign, 0, count(*)::int FROM leads
    WHERE created_at >= ${start} AND created_at < ${end} AND campaign IS NOT NULL
    GROUP BY campaign`;
}
