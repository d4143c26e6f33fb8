import { describe, expect, it } from 'vitest';
import { makeAnswers, makeConfig } from './fixtures.test-support';
import { scoreMaturity, tierFor } from './scoring';

const config = makeConfig();
const none = { painPoints: [], currentSystems: [], kpis: [] };

describe('scoreMaturity', () => {
  it('scores answered questions as 100 x points / maximum', () => {
    const result = scoreMaturity(
      config,
      makeAnswers({ ...none, maturity: { 'process-documentation': 2, 'process-standardisation': 3 } }),
    );
    const process = result.dimensions.find((d) => d.key === 'process')!;
    expect(process.score).toBe(63); // 5 of 8 points
    expect(process.evidence).toBe(2);
    expect(result.dimensions.filter((d) => !d.estimated)).toHaveLength(1);
    // The five others: manufacturing benchmark + 1/3 of the 11-point gap (2 answers, prior 4).
    expect(result.dimensions.find((d) => d.key === 'data')!.score).toBe(48);
    expect(result.overall).toBe(51);
    expect(result.tier.label).toBe('Standardized');
    expect(result.confidence).toMatchObject({ level: 'low', answered: 2, informedDimensions: 1 });
  });

  it('counts catalogue choices as half-weight signals and weights the dimensions', () => {
    const result = scoreMaturity(config, makeAnswers());
    expect(Object.fromEntries(result.dimensions.map((d) => [d.key, d.score]))).toEqual({
      process: 38,
      data: 50,
      technology: 58,
      strategy: 75,
      people: 45,
      governance: 75,
    });
    const people = result.dimensions.find((d) => d.key === 'people')!;
    expect(people).toMatchObject({ estimated: true, confidence: 'estimated', evidence: 0 });
    // (20*38 + 20*50 + 15*58 + 15*75 + 15*45 + 15*75) / 100, people estimated
    expect(result.overall).toBe(56);
    expect(result.tier.label).toBe('Standardized');
  });

  it('lets explicit answers outweigh signals', () => {
    const maturity = Object.fromEntries(config.questions.map((q) => [q.key, 4]));
    const result = scoreMaturity(config, makeAnswers({ maturity }));
    expect(result.dimensions.every((d) => d.score !== null && d.score >= 75)).toBe(true);
    expect(result.overall).toBe(87);
    expect(result.tier.label).toBe('Optimized');
    expect(result.confidence.level).toBe('high');
    expect(result.dimensions.every((d) => d.confidence === 'high' && !d.estimated)).toBe(true);
  });

  it('clamps out-of-range levels and ignores unknown question keys and free text', () => {
    const result = scoreMaturity(
      config,
      makeAnswers({
        ...none,
        painPoints: [{ slug: null, text: 'our own words' }],
        maturity: { 'kpi-measurement': 9, 'risk-controls': -3, 'not-a-question': 4 },
      }),
    );
    expect(result.dimensions.find((d) => d.key === 'governance')!.score).toBe(50);
    expect(result.dimensions.filter((d) => !d.estimated)).toHaveLength(1);
  });

  it('estimates every dimension as the industry benchmark when nothing informs any, never 0', () => {
    const result = scoreMaturity(config, makeAnswers(none));
    // Manufacturing: (20*52 + 20*44 + 15*48 + 15*42 + 15*40 + 15*46) / 100
    expect(result.overall).toBe(46);
    expect(result.dimensions.map((d) => d.score)).toEqual([52, 44, 48, 42, 40, 46]);
    expect(result.dimensions.every((d) => d.estimated && d.confidence === 'estimated')).toBe(true);
    expect(result.confidence).toMatchObject({ level: 'low', answered: 0, informedDimensions: 0 });
    expect(result.confidence.estimatedDimensions).toHaveLength(6);
  });

  it('uses the "other" benchmark for an industry outside the catalogue', () => {
    const result = scoreMaturity(config, makeAnswers({ ...none, industry: { slug: 'zoo', text: 'Zoo' } }));
    const other = config.industries.find((i) => i.slug === 'other')!.benchmark;
    expect(result.dimensions.find((d) => d.key === 'process')!.score).toBe(other.process);
  });

  it('ignores signals when their weight is zero', () => {
    const noSignals = makeConfig((c) => (c.signalWeight = 0));
    const result = scoreMaturity(noSignals, makeAnswers());
    expect(result.overall).toBe(46);
    expect(result.dimensions.every((d) => d.estimated)).toBe(true);
  });

  it('is medium with 4 answers over 4 dimensions', () => {
    const keys = ['process', 'data', 'technology', 'strategy'].map(
      (dimension) => config.questions.find((q) => q.dimension === dimension)!.key,
    );
    const result = scoreMaturity(
      config,
      makeAnswers({ ...none, maturity: Object.fromEntries(keys.map((k) => [k, 2])) }),
    );
    expect(result.confidence).toMatchObject({ level: 'medium', answered: 4, informedDimensions: 4 });
    expect(result.dimensions.filter((d) => d.confidence === 'medium')).toHaveLength(4);
  });

  it('is deterministic', () => {
    expect(scoreMaturity(config, makeAnswers())).toEqual(scoreMaturity(config, makeAnswers()));
  });
});

describe('tierFor', () => {
  it.each([
    [0, 'Initial'],
    [19, 'Initial'],
    [20, 'Developing'],
    [39, 'Developing'],
    [40, 'Standardized'],
    [59, 'Standardized'],
    [60, 'Scaled'],
    [79, 'Scaled'],
    [80, 'Optimized'],
    [100, 'Optimized'],
  ])('%i -> %s', (score, label) => {
    expect(tierFor(config, score).label).toBe(label);
  });

  it('falls back to the lowest tier below every cut point', () => {
    const odd = makeConfig(
      (c) =>
        (c.tiers = [
          { label: 'Low', min: 10, summary: 's' },
          { label: 'High', min: 50, summary: 's' },
        ]),
    );
    expect(tierFor(odd, 3).label).toBe('Low');
  });
});
