// Composes the report's content from an audit: findings per dimension from the visitor's own
// answers, an executive summary, and a 30-60-90-day roadmap from the recommendations. Pure.
import type { AuditAnswers } from '../audit/answers';
import type { AuditConfig } from '../audit/config';
import type { Recommendation } from '../audit/recommendation';
import { describeConfidence, summarizeConfidence } from '../audit/confidence';
import { tierFor, type DimensionScore } from '../audit/scoring';
import type { VisualData } from '../audit/visual-data';
import type { RoiForecast } from '../roi/forecast';
import { roiVerdict } from '../roi/verdict';
import { formatCount, formatMoney, formatMonths } from '../format';
import type { DimensionFinding, DimensionStanding, HeadlineFigure, ReportModel, RoadmapPhase } from './model';

export interface ReportInput {
  config: AuditConfig;
  answers: AuditAnswers;
  dimensions: DimensionScore[];
  score: number;
  roi: RoiForecast;
  visualData: VisualData;
  recommendations: Recommendation[];
  company: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  completedAt: Date;
  resultsUrl: string;
  /** The wizard resumed at the maturity questions (shown when the confidence is low). */
  continueUrl: string;
  siteUrl: string;
}

/** Within this many points of the benchmark counts as "on par". */
const PAR_MARGIN = 5;

function standing(score: number | null, benchmark: number, estimated: boolean): DimensionStanding {
  if (score === null) return 'not assessed';
  if (estimated) return 'estimated';
  if (score >= benchmark + PAR_MARGIN) return 'ahead';
  if (score <= benchmark - PAR_MARGIN) return 'behind';
  return 'on par';
}

function dimensionFindings(input: ReportInput): DimensionFinding[] {
  const { config, answers, dimensions, visualData } = input;
  return dimensions.map((dimension) => {
    const meta = config.dimensions.find((d) => d.key === dimension.key);
    const benchmark = visualData.radar.find((r) => r.dimension === dimension.key)?.benchmark ?? 0;
    const evidence = config.questions
      .filter((q) => q.dimension === dimension.key && answers.maturity[q.key] !== undefined)
      .map((q) => {
        const level = answers.maturity[q.key]!;
        return { question: q.text, answer: q.levels[level] ?? '', level };
      })
      .sort((a, b) => a.level - b.level);
    const place = standing(dimension.score, benchmark, dimension.estimated === true);
    const weakest = evidence[0];
    const gap = dimension.score === null ? 0 : Math.abs(dimension.score - benchmark);
    const finding =
      place === 'not assessed'
        ? `Nothing in the answers informed ${dimension.label.toLowerCase()}; a short interview would fill this gap.`
        : place === 'estimated'
          ? `Estimated at ${dimension.score}/100: nothing in the answers informed ${dimension.label.toLowerCase()}, so this is the ${visualData.benchmark.industry.toLowerCase()} benchmark (${benchmark}) adjusted by your other answers.`
          : [
              place === 'ahead'
                ? `${dimension.score}/100 puts you ${gap} points ahead of the ${visualData.benchmark.industry.toLowerCase()} benchmark (${benchmark}).`
                : place === 'behind'
                  ? `${dimension.score}/100 is ${gap} points behind the ${visualData.benchmark.industry.toLowerCase()} benchmark (${benchmark}): one of the first places to act.`
                  : `${dimension.score}/100 is on par with the ${visualData.benchmark.industry.toLowerCase()} benchmark (${benchmark}).`,
              weakest && weakest.level < 3 ? `Weakest answer: "${weakest.answer}".` : '',
            ]
              .filter(Boolean)
              .join(' ');
    return {
      key: dimension.key,
      label: dimension.label,
      description: meta?.description ?? '',
      weight: dimension.weight,
      score: dimension.score,
      benchmark,
      standing: place,
      finding,
      evidence,
    };
  });
}

const LEVEL_RANK = { high: 0, medium: 1, low: 2 } as const;

/** Quick wins first (high impact, low effort), the heavy lifts last. */
export function buildRoadmap(recommendations: Recommendation[]): RoadmapPhase[] {
  const phaseOf = (r: Recommendation) => (r.effort === 'low' ? 0 : r.effort === 'medium' ? 1 : 2);
  const ordered = [...recommendations].sort(
    (a, b) => phaseOf(a) - phaseOf(b) || LEVEL_RANK[a.impact] - LEVEL_RANK[b.impact],
  );
  const phases: RoadmapPhase[] = [
    { window: 'Days 1-30', goal: 'Prove value quickly: quick wins, baselines and owners.', actions: [] },
    { window: 'Days 31-60', goal: 'Build and pilot the core automations with the teams.', actions: [] },
    { window: 'Days 61-90', goal: 'Scale what worked, retire manual steps, review the KPIs.', actions: [] },
  ];
  for (const r of ordered) phases[phaseOf(r)]!.actions.push({ title: r.title, step: r.firstStep });
  // Every plan starts with a baseline, and ends with a review, whatever the recommendations.
  phases[0]!.actions.unshift({
    title: 'Baseline the KPIs',
    step: 'Measure today’s cycle times, volumes and error rates for the processes in scope, so savings can be proven.',
  });
  phases[2]!.actions.push({
    title: 'Review and plan the next quarter',
    step: 'Compare the KPIs with the baseline, re-run this audit and pick the next processes to automate.',
  });
  return phases;
}

function summary(input: ReportInput, dimensions: DimensionFinding[]): string[] {
  const { roi, recommendations, score, config } = input;
  const tier = tierFor(config, score);
  const behind = dimensions.filter((d) => d.standing === 'behind').map((d) => d.label);
  const ahead = dimensions.filter((d) => d.standing === 'ahead').map((d) => d.label);
  const money = (value: number) => formatMoney(value, roi.currency);
  const paragraphs = [
    `${input.company ?? 'Your organisation'} scores ${score}/100 on automation maturity, the ${tier.label} stage. ${tier.summary}`,
    behind.length
      ? `Compared with ${input.visualData.benchmark.industry} peers, the largest gaps are in ${listOf(behind)}${ahead.length ? `, while ${listOf(ahead)} ${ahead.length > 1 ? 'are' : 'is'} ahead` : ''}.`
      : `You are on par with or ahead of ${input.visualData.benchmark.industry} peers in every assessed dimension${ahead.length ? `, notably ${listOf(ahead)}` : ''}.`,
  ];
  if (roi.processes.length > 0) {
    paragraphs.push(
      `Automating the processes you named could save ${formatCount(roi.annualHoursSaved.conservative)}–${formatCount(roi.annualHoursSaved.expected)} hours a year, worth ${money(roi.annualSavings.conservative)}–${money(roi.annualSavings.expected)}, for an implementation of ${money(roi.implementationCost.expected)}–${money(roi.implementationCost.conservative)}; the expected payback is ${formatMonths(roi.paybackMonths.expected)}.`,
    );
  }
  const verdict = roiVerdict(roi);
  if (verdict.statement) paragraphs.push(verdict.statement);
  if (recommendations.length > 0) {
    paragraphs.push(
      `We recommend starting with ${listOf(recommendations.slice(0, 3).map((r) => `“${r.title}”`))}. The roadmap below orders all ${recommendations.length} recommendations into 30, 60 and 90 days.`,
    );
  }
  return paragraphs;
}

/** The three figures of the cover, from the forecast the results page shows. */
export function headlineFigures(roi: RoiForecast): HeadlineFigure[] {
  if (roi.processes.length === 0) return [];
  const money = (value: number) => formatMoney(value, roi.currency);
  return [
    {
      label: 'Annual savings',
      value: money(roi.annualSavings.expected),
      note: `${money(roi.annualSavings.conservative)} conservative`,
    },
    {
      label: 'Payback',
      value: formatMonths(roi.paybackMonths.expected),
      note: `${formatMonths(roi.paybackMonths.conservative)} conservative`,
    },
    {
      label: '3-year ROI',
      value: `${roi.threeYearRoiPercent.expected}%`,
      note: `${roi.threeYearRoiPercent.conservative}% conservative`,
    },
  ];
}

const employeesLabel = (label: string) => (/employee/i.test(label) ? label : `${label} employees`);

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function confidenceOf(input: ReportInput): ReportModel['confidence'] {
  const confidence = summarizeConfidence(input.dimensions, input.config.questions.length);
  return {
    level: confidence.level,
    statement: describeConfidence(confidence, input.dimensions),
    invitation:
      confidence.level === 'low' ? `Answer the maturity questions for a firmer score: ${input.continueUrl}` : null,
  };
}

export function composeReport(input: ReportInput): ReportModel {
  const dimensions = dimensionFindings(input);
  const tier = tierFor(input.config, input.score);
  const size = input.config.companySizes.find((s) => s.slug === input.answers.companySize.slug);
  const { benchmark } = input.visualData;
  return {
    company: input.company ?? 'Your organisation',
    preparedFor: input.contactName?.trim() || input.contactEmail?.trim() || null,
    date: input.completedAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
    industry: input.answers.industry.text,
    companySize: employeesLabel(size?.label ?? String(input.answers.companySize.employees)),
    score: input.score,
    tier: tier.label,
    tierSummary: tier.summary,
    headline: headlineFigures(input.roi),
    confidence: confidenceOf(input),
    benchmarkNote:
      benchmark.source === 'completed-audits'
        ? `Benchmark: average of ${benchmark.sampleSize} completed ${benchmark.industry} audits.`
        : `Benchmark: XTeam.Pro reference profile for ${benchmark.industry}.`,
    summary: summary(input, dimensions),
    dimensions,
    roi: input.roi,
    recommendations: input.recommendations,
    roadmap: buildRoadmap(input.recommendations),
    nextSteps: [
      'Share this report with the owners of the processes in scope and agree on the first two automations.',
      'Book a free 30-minute review with an XTeam.Pro consultant to validate the figures with your own data.',
      'Run a two-week discovery: process mapping, data access and a fixed-price proposal for the first phase.',
    ],
    resultsUrl: input.resultsUrl,
    contact: { email: 'hello@xteam.pro', website: input.siteUrl.replace(/^https?:\/\//, '').replace(/\/$/, '') },
  };
}
