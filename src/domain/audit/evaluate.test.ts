import { describe, expect, it } from 'vitest';
import { evaluateAudit } from './evaluate';
import { makeAnswers, makeConfig } from './fixtures.test-support';
import { buildVisualData, OBSERVED_BENCHMARK_MIN_AUDITS } from './visual-data';
import { scoreMaturity } from './scoring';

const config = makeConfig();

describe('evaluateAudit', () => {
  it('combines score, ROI, radar data and recommendations', () => {
    const evaluation = evaluateAudit(config, makeAnswers());
    expect(evaluation.maturity.overall).toBe(56);
    expect(evaluation.roi.annualSavings.expected).toBe(152152);
    expect(evaluation.visualData.radar).toHaveLength(6);
    expect(evaluation.visualData.radar[0]).toEqual({
      dimension: 'process',
      label: 'Process maturity & documentation',
      score: 38,
      benchmark: 52,
      estimated: false,
    });
    expect(evaluation.visualData.benchmark).toEqual({
      industry: 'Manufacturing',
      source: 'configuration',
      sampleSize: null,
    });
    expect(evaluation.recommendations[0]!.rationale).toContain('(industry benchmark 52)');
  });

  it('gives the same result for the same input and configuration', () => {
    expect(JSON.stringify(evaluateAudit(config, makeAnswers()))).toBe(
      JSON.stringify(evaluateAudit(config, makeAnswers())),
    );
  });
});

describe('buildVisualData', () => {
  const dimensions = scoreMaturity(config, makeAnswers()).dimensions;

  it('marks estimated dimensions', () => {
    expect(buildVisualData(config, 'manufacturing', dimensions).radar.find((p) => p.dimension === 'people')).toEqual({
      dimension: 'people',
      label: 'People & change readiness',
      score: 45,
      benchmark: 40,
      estimated: true,
    });
  });

  it('switches to completed audits once there are enough of them', () => {
    const observed = { sampleSize: OBSERVED_BENCHMARK_MIN_AUDITS, scores: { process: 61.4 } };
    const data = buildVisualData(config, 'manufacturing', dimensions, observed);
    expect(data.benchmark).toEqual({ industry: 'Manufacturing', source: 'completed-audits', sampleSize: 10 });
    expect(data.radar[0]!.benchmark).toBe(61);
    expect(data.radar[1]!.benchmark).toBe(44); // no observed score for data: configuration
  });

  it('keeps the configured benchmark below the threshold', () => {
    const data = buildVisualData(config, 'manufacturing', dimensions, { sampleSize: 9, scores: { process: 90 } });
    expect(data.benchmark.source).toBe('configuration');
    expect(data.radar[0]!.benchmark).toBe(52);
  });

  it('uses "other" for industries without a benchmark', () => {
    expect(buildVisualData(config, 'unknown', dimensions).benchmark.industry).toBe('Other');
    const noOther = makeConfig((c) => (c.industries = c.industries.filter((i) => i.slug !== 'other')));
    expect(buildVisualData(noOther, 'unknown', dimensions).benchmark.industry).toBe('Manufacturing');
  });
});
