import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../audit/recommendation';
import { formatMoney, formatMonths } from '../format';
import { buildRoadmap, composeReport } from './compose';
import { makeReportInput } from './fixtures.test-support';

const rec = (title: string, impact: Recommendation['impact'], effort: Recommendation['effort']): Recommendation => ({
  title,
  rationale: 'Because the answers say so, clearly.',
  dimension: 'process',
  impact,
  effort,
  timeframe: '4-6 weeks',
  kpis: [],
  firstStep: `Start ${title}`,
  playbook: null,
});

describe('composeReport', () => {
  it('carries the company, score, tier and every recommendation', () => {
    const input = makeReportInput();
    const report = composeReport(input);
    expect(report.company).toBe('Nordwerk Components GmbH');
    expect(report.score).toBe(input.score);
    expect(report.tier).toBe('Standardized');
    expect(report.recommendations.map((r) => r.title)).toEqual(input.recommendations.map((r) => r.title));
    expect(report.date).toBe('25 November 2026');
    expect(report.companySize).toBe('100–500 employees');
    expect(report.contact.website).toBe('xteam.pro');
    expect(report.benchmarkNote).toMatch(/reference profile for Manufacturing/);
  });

  it('judges each dimension against the benchmark and quotes the weakest answer', () => {
    const report = composeReport(makeReportInput());
    const process = report.dimensions.find((d) => d.key === 'process')!;
    expect(process.score).toBe(21);
    expect(process.standing).toBe('behind');
    expect(process.finding).toContain('31 points behind the manufacturing benchmark (52)');
    expect(process.finding).toContain('Weakest answer: "Not at all: they live in people’s heads"');
    expect(process.evidence[0]!.level).toBeLessThanOrEqual(process.evidence.at(-1)!.level);
    const people = report.dimensions.find((d) => d.key === 'people')!;
    expect(people.standing).toBe('ahead');
    const strategy = report.dimensions.find((d) => d.key === 'strategy')!;
    expect(strategy.standing).toBe('on par');
  });

  it('says when nothing informed a dimension', () => {
    const input = makeReportInput();
    input.dimensions = input.dimensions.map((d) => (d.key === 'data' ? { ...d, score: null, evidence: 0 } : d));
    const data = composeReport(input).dimensions.find((d) => d.key === 'data')!;
    expect(data.standing).toBe('not assessed');
    expect(data.finding).toMatch(/Nothing in the answers informed data readiness/);
  });

  it('marks estimated dimensions and states a low confidence with the way to firm it up', () => {
    const input = makeReportInput({}, { maturity: {} });
    const report = composeReport(input);
    const people = report.dimensions.find((d) => d.key === 'people')!;
    expect(people.standing).toBe('estimated');
    expect(people.finding).toMatch(/^Estimated at \d+\/100: nothing in the answers informed people/);
    expect(report.confidence.level).toBe('low');
    expect(report.confidence.statement).toMatch(/^Low confidence: this score rests on 0 of 12 maturity answers/);
    expect(report.confidence.invitation).toContain('https://xteam.pro/audit/continue/');
    const full = composeReport(makeReportInput());
    expect(full.confidence).toMatchObject({ level: 'high', invitation: null });
  });

  it('writes the summary from the gaps, the ROI and the first recommendations', () => {
    const [score, gaps, roi, start] = composeReport(makeReportInput()).summary;
    expect(score).toMatch(/^Nordwerk Components GmbH scores \d+\/100 on automation maturity, the Standardized stage/);
    expect(gaps).toMatch(
      /largest gaps are in Process maturity & documentation and Governance, risk & KPI measurement, while/,
    );
    expect(roi).toMatch(/hours a year, worth €[\d,]+–€[\d,]+/);
    expect(start).toMatch(/^We recommend starting with “.+”, “.+” and “.+”\./);
  });

  it('praises a company with no gaps and skips ROI and recommendations when there are none', () => {
    const input = makeReportInput({ company: null, recommendations: [] });
    input.dimensions = input.dimensions.map((d) => ({ ...d, score: 95 }));
    input.roi = { ...input.roi, processes: [] };
    const report = composeReport(input);
    expect(report.company).toBe('Your organisation');
    expect(report.summary).toHaveLength(2);
    expect(report.summary[1]).toMatch(
      /on par with or ahead of Manufacturing peers in every assessed dimension, notably/,
    );
  });

  it('names observed benchmarks and adds "employees" to a bare size label', () => {
    const input = makeReportInput();
    input.visualData = {
      ...input.visualData,
      benchmark: { industry: 'Retail', source: 'completed-audits', sampleSize: 12 },
    };
    input.config.companySizes = input.config.companySizes.map((s) => ({
      ...s,
      label: s.label.replace(' employees', ''),
    }));
    const report = composeReport(input);
    expect(report.benchmarkNote).toBe('Benchmark: average of 12 completed Retail audits.');
    expect(report.companySize).toBe('100–500 employees');
  });

  it('words one gap and one strength, or gaps alone, and tolerates partial data', () => {
    const input = makeReportInput();
    const bench = Object.fromEntries(input.visualData.radar.map((r) => [r.dimension, r.benchmark]));
    const at = (key: string, delta: number) => (bench[key] ?? 0) + delta;
    input.dimensions = input.dimensions.map((d) => ({
      ...d,
      score: d.key === 'process' ? at('process', -20) : d.key === 'people' ? at('people', 20) : at(d.key, 0),
    }));
    expect(composeReport(input).summary[1]).toMatch(
      /largest gaps are in Process maturity & documentation, while People & change readiness is ahead\.$/,
    );
    input.dimensions = input.dimensions.map((d) => ({ ...d, score: d.key === 'people' ? at('people', 0) : d.score }));
    expect(composeReport(input).summary[1]).toMatch(/largest gaps are in Process maturity & documentation\.$/);
    input.dimensions = input.dimensions.map((d) => ({ ...d, score: at(d.key, 0) }));
    expect(composeReport(input).summary[1]).toMatch(/in every assessed dimension\.$/);

    // A dimension the configuration and the radar no longer know, and an out-of-range answer.
    input.config.dimensions = input.config.dimensions.filter((d) => d.key !== 'data');
    input.visualData = { ...input.visualData, radar: input.visualData.radar.filter((r) => r.dimension !== 'data') };
    input.answers.maturity = { ...input.answers.maturity, [input.config.questions[0]!.key]: 9 };
    const report = composeReport(input);
    const data = report.dimensions.find((d) => d.key === 'data')!;
    expect(data).toMatchObject({ benchmark: 0, description: '' });
    expect(report.dimensions[0]!.evidence.find((e) => e.level === 9)?.answer).toBe('');
  });

  it('falls back to the head-count when the size is not in the catalogue', () => {
    const report = composeReport(makeReportInput({}, { companySize: { slug: '7-7', employees: 7 } }));
    expect(report.companySize).toBe('7 employees');
  });
});

describe('buildRoadmap', () => {
  it('puts quick wins first and heavy lifts last, between a baseline and a review', () => {
    const roadmap = buildRoadmap([
      rec('Heavy', 'high', 'high'),
      rec('Quick low', 'low', 'low'),
      rec('Quick high', 'high', 'low'),
      rec('Middle', 'medium', 'medium'),
    ]);
    expect(roadmap.map((p) => p.window)).toEqual(['Days 1-30', 'Days 31-60', 'Days 61-90']);
    expect(roadmap[0]!.actions.map((a) => a.title)).toEqual(['Baseline the KPIs', 'Quick high', 'Quick low']);
    expect(roadmap[1]!.actions.map((a) => a.title)).toEqual(['Middle']);
    expect(roadmap[2]!.actions.map((a) => a.title)).toEqual(['Heavy', 'Review and plan the next quarter']);
    expect(roadmap[0]!.actions[1]!.step).toBe('Start Quick high');
  });
});

describe('formatting', () => {
  it('formats money and months', () => {
    expect(formatMoney(152151.6, 'EUR')).toBe('€152,152');
    expect(formatMonths(5.5)).toBe('5.5 months');
    expect(formatMonths(null)).toBe('not within 3 years');
  });
});
