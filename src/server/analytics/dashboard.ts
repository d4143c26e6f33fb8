// The analytics dashboard for a range of whole UTC days [from, to], compared with the previous
// period of the same length. Definitions (every figure from events or records, nothing sampled):
// - visitors: distinct visitor_id with a page_view event in the range;
// - audits started: audits rows created in the range (wizard drafts and API audits alike);
// - audits completed: of those, the ones with status "completed" (a cohort, so the completion
//   rate = completed / started stays within 0-100 %);
// - average maturity: mean audit_results.maturity_score of the completed audits, one decimal;
// - leads: leads rows created in the range; bookings: consultation_bookings created in the range
//   (whatever happened to them later); downloads: PDF reports first downloaded in the range;
// - funnel: distinct visitors per stage with that event in the range: visit (page_view), audit
//   started, each wizard step saved (audit_step 1..6), submitted, results viewed, PDF downloaded,
//   consultation booked. Stages are counted independently, so a stage can exceed the one before
//   (e.g. a results link opened by someone who did not take the audit);
// - audits over time: started / completed per UTC day, days without audits as zeros;
// - by industry / company size: audits started and completed, by the stored slug;
// - maturity distribution: completed audits per 10 points;
// - sources / campaigns: visitors (page views, by the event's first-touch source) and leads (by
//   the lead's source). A visitor can appear under two sources when counted without a cookie.
import 'server-only';
import { compare, maturityHistogram, percent, zeroFillDaily, type Comparison } from '@/domain/analytics/figures';
import { periodOf, previousPeriod, rangeOfPeriod, type DayRange } from '@/domain/analytics/range';
import { currentAuditConfig } from '@/server/audit/config-source';
import { STEP_NUMBERS } from '@/server/audit/steps';
import type { Db } from '@/server/db/client';
import * as q from './queries';

const first = <T>(rows: T[]): T => rows[0]!;
const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

const STEP_LABELS: Record<keyof typeof STEP_NUMBERS, string> = {
  industry: 'Industry',
  companySize: 'Company size',
  painPoints: 'Pain points',
  currentSystems: 'Current systems',
  kpis: 'KPIs',
  maturity: 'Maturity questions',
  contact: 'Contact',
};

/** The steps saved before submitting (the contact step is the submission itself). */
const FUNNEL_STEPS = (Object.entries(STEP_NUMBERS) as Array<[keyof typeof STEP_NUMBERS, number]>)
  .filter(([step]) => step !== 'contact')
  .sort((a, b) => a[1] - b[1]);

export interface FunnelStage {
  key: string;
  label: string;
  visitors: number;
}

function funnelOf(visitors: number, rows: Array<{ name: string; step: number; visitors: number }>): FunnelStage[] {
  const count = (name: string, step = 0) => rows.find((r) => r.name === name && r.step === step)?.visitors ?? 0;
  return [
    { key: 'visit', label: 'Visited the site', visitors },
    { key: 'audit_started', label: 'Started the audit', visitors: count('audit_started') },
    ...FUNNEL_STEPS.map(([step, number]) => ({
      key: `step_${number}`,
      label: `Step ${number}: ${STEP_LABELS[step]}`,
      visitors: count('audit_step', number),
    })),
    { key: 'audit_submitted', label: 'Submitted the audit', visitors: count('audit_submitted') },
    { key: 'results_viewed', label: 'Viewed the results', visitors: count('results_viewed') },
    { key: 'pdf_downloaded', label: 'Downloaded the PDF', visitors: count('pdf_downloaded') },
    { key: 'consultation_booked', label: 'Booked a consultation', visitors: count('consultation_booked') },
  ];
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
  const [visitors, audits, outcomes, funnel, daily, breakdowns, maturity, sources, { config }] = await Promise.all([
    q.visitorCounts(db, current, previous).then(first),
    q.auditCounts(db, current, previous).then(first),
    q.outcomeCounts(db, current, previous).then(first),
    q.funnelCounts(db, current),
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
    breakdowns.filter((row) => row.by_industry),
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
    auditsOverTime: zeroFillDaily(current, daily),
    industries,
    companySizes,
    maturity: maturityHistogram(maturity),
    sources: sourcesOf(sources, 'source'),
    campaigns: sourcesOf(sources, 'campaign'),
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
