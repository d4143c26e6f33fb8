import { describe, expect, it } from 'vitest';
import {
  describeConfidence,
  dimensionConfidence,
  estimateDimension,
  overallConfidence,
  SHRINKAGE_PRIOR,
  summarizeConfidence,
  type DimensionEvidence,
} from './confidence';

describe('overallConfidence', () => {
  it.each([
    [12, 6, 'high'],
    [8, 6, 'high'],
    [8, 5, 'medium'],
    [4, 4, 'medium'],
    [4, 3, 'low'],
    [3, 6, 'low'],
    [0, 0, 'low'],
  ] as const)('%i answers over %i dimensions -> %s', (answered, informed, level) => {
    expect(overallConfidence(answered, informed, 6)).toBe(level);
  });
});

describe('dimensionConfidence', () => {
  it.each([
    [2, 0, 'high'],
    [1, 0, 'medium'],
    [0, 3, 'medium'],
    [0, 2, 'low'],
    [0, 1, 'low'],
    [0, 0, 'estimated'],
  ] as const)('%i answers, %i signals -> %s', (answers, signals, level) => {
    expect(dimensionConfidence(answers, signals)).toBe(level);
  });
});

describe('estimateDimension', () => {
  it('is the benchmark without any evidence', () => {
    expect(estimateDimension(44, [])).toBe(44);
  });

  it('shrinks toward the weighted gap of the informed dimensions', () => {
    // gap = (1 x 20 + 3 x -4) / 4 = 2, lambda = 4 / (4 + 4) = 0.5
    expect(SHRINKAGE_PRIOR).toBe(4);
    expect(
      estimateDimension(40, [
        { score: 70, benchmark: 50, weight: 1 },
        { score: 46, benchmark: 50, weight: 3 },
      ]),
    ).toBe(41);
  });

  it('believes strong evidence more, and never says 0 or more than 100', () => {
    expect(estimateDimension(50, [{ score: 100, benchmark: 50, weight: 36 }])).toBe(95);
    expect(estimateDimension(5, [{ score: 0, benchmark: 60, weight: 100 }])).toBe(1);
    expect(estimateDimension(0, [])).toBe(1);
    expect(estimateDimension(90, [{ score: 100, benchmark: 40, weight: 100 }])).toBe(100);
  });
});

describe('summarizeConfidence and describeConfidence', () => {
  const dims = (estimated: number): DimensionEvidence[] =>
    (['process', 'data', 'technology', 'strategy', 'people', 'governance'] as const).map((key, index) => ({
      key,
      label: key[0]!.toUpperCase() + key.slice(1),
      score: 50,
      answers: 2,
      estimated: index < estimated,
    }));

  it('counts answers and informed dimensions', () => {
    const confidence = summarizeConfidence(dims(0), 12);
    expect(confidence).toMatchObject({ level: 'high', answered: 12, informedDimensions: 6, estimatedDimensions: [] });
    expect(describeConfidence(confidence, dims(0))).toBe(
      'High confidence: this score rests on 12 of 12 maturity answers and evidence in 6 of 6 dimensions.',
    );
  });

  it('names the estimated dimensions', () => {
    const one = dims(1).map((d) => (d.estimated ? { ...d, answers: 0 } : d));
    expect(describeConfidence(summarizeConfidence(one, 12), one)).toContain(
      'One dimension (process) is estimated from the industry benchmark.',
    );
    const three = dims(3).map((d) => (d.estimated ? { ...d, answers: 0 } : d));
    const summary = summarizeConfidence(three, 12);
    expect(summary.level).toBe('low'); // 6 answers but only 3 dimensions informed
    expect(describeConfidence(summary, three)).toContain('3 dimensions (process, data and technology) are estimated');
  });

  it('reads results stored before estimates (null score, no answer counts) as low', () => {
    const old: DimensionEvidence[] = [{ key: 'process', label: 'Process', score: null }];
    expect(summarizeConfidence(old, 12)).toMatchObject({ level: 'low', answered: 0, informedDimensions: 0 });
  });
});
