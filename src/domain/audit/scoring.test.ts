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
    expect(result.dimensions.filter((d) => d.score !== null)).toHaveLength(1);
    expect(result.overall).toBe(63);
    expect(result.tier.label).toBe('Scaled');
  });

  it('counts catalogue choices as half-weight signals and weights the dimensions', () => {
    const result = scoreMaturity(config, makeAnswers());
    expect(Object.fromEntries(result.dimensions.map((d) => [d.key, d.score]))).toEqual({
      process: 38,
      data: 50,
      technology: 58,
      strategy: 75,
      people: null,
      governance: 75,
    });
    // (20*38 + 20*50 + 15*58 + 15*75 + 15*75) / 85, people left out
    expect(result.overall).toBe(57);
    expect(result.tier.label).toBe('Standardized');
  });

  it('lets explicit answers outweigh signals', () => {
    const maturity = Object.fromEntries(config.questions.map((q) => [q.key, 4]));
    const result = scoreMaturity(config, makeAnswers({ maturity }));
    expect(result.dimensions.every((d) => d.score !== null && d.score >= 75)).toBe(true);
    expect(result.overall).toBe(87);
    expect(result.tier.label).toBe('Optimized');
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
    expect(result.dimensions.filter((d) => d.score !== null)).toHaveLength(1);
  });

  it('scores 0 / Initial when nothing informs any dimension', () => {
    const result = scoreMaturity(config, makeAnswers(none));
    expect(result.overall).toBe(0);
    expect(result.tier.label).toBe('Initial');
    expect(result.dimensions.every((d) => d.score === null)).toBe(true);
  });

  it('ignores signals when their weight is zero', () => {
    const noSignals = makeConfig((c) => (c.signalWeight = 0));
    expect(scoreMaturity(noSignals, makeAnswers()).overall).toBe(0);
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
