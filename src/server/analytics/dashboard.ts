// The analytics dashboard for a range of whole UTC days [from, to], compared with the previous
// period of the same length. Definitions (every figure from events or records, nothing sampled):
// - visitors: distinct visitor_id with a page_view event in the range;
// - audits started: audits rows created in the range (wizard drafts and API audits alike);
// - audits completed: of those, the ones with status "completed" (a cohort, so the completion
//   rate = completed / started stays within 0-100 %);
// - average maturity: mean audit_results.maturity_score of the completed audits, one decimal;
// - leads: leads rows created in the range; bookings: consultation_bookings created in the range
//   (whatever happened to them later); downloads: PDF reports first downloaded in the range;
// - funnel: the visit stage counts visitors (counted visits: page_view events, so visitors who
//   declined counting are missing); every audit stage follows the audits started in the range
//   through their records (submitted, results ready, PDF downloaded, consultation booked), except
//   "viewed the results", which only a browser sees (counted visits). The audit stages are a
//   cohort, so each is at most the one before; the reconciliation says how many of the audits
//   came from a counted visit;
// - audits over time: started / completed per UTC day, days without audits as zeros;
// - by industry / company size: audits started and completed, by the stored slug; own words
//   stored as "other" go under the industry the matcher finds for them today;
// - maturity distribution: completed audits per 10 points;
// - sources / campaigns: visitors (page views, by the event's first-touch source) and leads (by
//   the lead's source). A visitor can appear under two sources when counted without a cookie.
import 'server-only';
import { compare, maturityHistogram, percent, zeroFillDaily, type Comparison } from '@/domain/analytics/figures';
import { periodOf, previousPeriod, rangeOfPeriod, type DayRange } from '@/domain/analytics/range';
import type { AuditConfig } from '@/domain/audit/config';
import { currentAuditConfig } from '@/server/audit/config-source';
import type { Db } from '@/server/db/client';
import * as q from './queries';

const first = <T>(rows: T[]): T => rows[0]!;
const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** Where a figure comes from: records (every audit, lead, booking) or counted visits (browser
 * events of visitors who allowed counting, or cookieless counts). */
export type FigureSource = 'records' | 'counted visits';

export interface FunnelStage {
  key: string;
  label: string;
  count: number;
  source: FigureSource;
  /** What is counted, in words ("audits", "visitors"). */
  unit: string;
}

function funnelOf(visitors: number, audits: q.AuditFunnelRow): FunnelStage[] {
  const record = (key: string, label: string, count: number): FunnelStage => ({
    key,
    label,
    count,
    source: 'records',
    unit: 'audits',
  });
  return [
    { key: 'visit', label: 'Visited the site', count: visitors, source: 'counted visits', unit: 'visitors' },
    record('audit_started', 'Started the audit', audits.started),
    record('audit_submitted', 'Submitted the audit', audits.submitted),
    record('results_ready', 'Results ready', audits.results_ready),
    {
      key: 'results_viewed',
      label: 'Viewed the results',
      count: audits.results_viewed,
      source: 'counted visits',
      unit: 'audits',
    },
    record('pdf_downloaded', 'Downloaded the PDF', audits.pdf_downloaded),
    record('consultation_booked', 'Booked a consultation', audits.booked),
  ];
}

/**
 * Audits stored as "other" whose words the matcher knows now go under their industry. The
 * matcher (and its language model) is loaded only when there are such words to read.
 */
async function rematchOther(
  rows: Array<{ key: string; started: number; completed: number }>,
  texts: Array<{ text: string; started: number; completed: number }>,
  config: AuditConfig,
) {
  if (texts.length === 0) return rows;
  const { resolveIndustry } = await import('@/domain/audit/answers');
  const merged = new Map(rows.map((row) => [row.key, { ...row }]));
  for (const entry of texts) {
    const slug = resolveIndustry(config, entry.text).slug;
    if (slug === 'other') continue;
    const other = merged.get('other');
    if (other) {
      other.started -= entry.started;
      other.completed -= entry.completed;
      if (other.started <= 0) merged.delete('other');
    }
    const target = merged.get(slug) ?? { key: slug, started: 0, completed: 0 };
    target.started += entry.started;
    target.completed += entry.completed;
    merged.set(slug, target);
  }
  return [...merged.values()];
}

export interface Breakdown {
  key: string;
  label: string;
  started: number;
  completed: number;
}

function breakdownOf(
  rows: Array<{ key: string; started: number; completed: number }>,
  catalogue: Array<{ slug: string; label: string }>,
  blankLabel: string,
): Breakdown[] {
  const order = new Map(catalogue.map((entry, index) => [entry.slug, index]));
  const labelOf = (key: string) => {
    if (key === '') return blankLabel;
    if (key === 'other') return 'Other';
    return catalogue.find((entry) => entry.slug === key)?.label ?? key;
  };
  return rows
    .map((row) => ({ ...row, label: labelOf(row.key) }))
    .sort((a, b) => (order.get(a.key) ?? 999) - (order.get(b.key) ?? 999) || b.started - a.started);
}

export interface SourceRow {
  key: string;
  visitors: number;
  leads: number;
}

function sourcesOf(rows: Array<{ kind: string; key: string; visitors: number; leads: number }>, kind: string) {
  const merged = new Map<string, SourceRow>();
  for (const row of rows.filter((r) => r.kind === kind)) {
    const entry = merged.get(row.key) ?? { key: row.key, visitors: 0, leads: 0 };
    entry.visitors += row.visitors;
    entry.leads += row.leads;
    merged.set(row.key, entry);
  }
  return [...merged.values()].sort((a, b) => b.visitors - a.visitors || b.leads - a.leads || (a.key < b.key ? -1 : 1));
}

export async function getDashboard(db: Db, range: DayRange) {
  const current = periodOf(range);
  const previous = previousPeriod(current);
  const [visitors, audits, outcomes, funnel, otherTexts, daily, breakdowns, maturity, sources, { config }] =
    await Promise.all([
      q.visitorCounts(db, current, previous).then(first),
      q.auditCounts(db, current, previous).then(first),
      q.outcomeCounts(db, current, previous).then(first),
      q.auditFunnel(db, current).then(first),
      q.otherIndustryTexts(db, current),
      q.dailyAudits(db, current),
      q.auditBreakdowns(db, current),
      q.maturityBuckets(db, current),
      q.sourceCounts(db, current),
      currentAuditConfig(db),
    ]);

  const headline: Record<string, Comparison> = {
    visitors: compare(visitors.visitors, visitors.prev_visitors, 'percent'),
    auditsStarted: compare(audits.started, audits.prev_started, 'percent'),
    auditsCompleted: compare(audits.completed, audits.prev_completed, 'percent'),
    completionRate: compare(
      percent(audits.completed, audits.started),
      percent(audits.prev_completed, audits.prev_started),
      'points',
    ),
    averageMaturity: compare(round1(audits.avg_maturity), round1(audits.prev_avg_maturity), 'points'),
    leads: compare(outcomes.leads, outcomes.prev_leads, 'percent'),
    bookings: compare(outcomes.bookings, outcomes.prev_bookings, 'percent'),
    downloads: compare(outcomes.downloads, outcomes.prev_downloads, 'percent'),
  };

  const industries = breakdownOf(
    await rematchOther(
      breakdowns.filter((row) => row.by_industry),
      otherTexts,
      config,
    ),
    config.industries,
    'Not answered',
  );
  const companySizes = breakdownOf(
    breakdowns.filter((row) => !row.by_industry),
    config.companySizes,
    'Not answered yet',
  );

  return {
    range: rangeOfPeriod(current),
    previousRange: rangeOfPeriod(previous),
    headline,
    funnel: funnelOf(visitors.visitors, funnel),
    /** "39 audits started, 1 from a counted visit": how the records and the visits meet. */
    reconciliation: {
      auditsStarted: funnel.started,
      fromCountedVisit: funnel.from_counted_visit,
      visitors: visitors.visitors,
    },
    auditsOverTime: zeroFillDaily(current, daily),
    industries,
    companySizes,
    maturity: maturityHistogram(maturity),
    sources: sourcesOf(sources, 'source'),
    campaigns: sourcesOf(sources, 'campaign'),
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
