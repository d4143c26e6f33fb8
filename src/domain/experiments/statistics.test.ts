import { describe, expect, it } from 'vitest';
import { compareVariants, normalCdf, rate, sampleSizePerVariant, twoProportionZTest, upliftOf } from './statistics';

describe('normalCdf', () => {
  it('matches the standard normal table', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 5);
    expect(normalCdf(2.5758293)).toBeCloseTo(0.995, 6);
  });
});

describe('twoProportionZTest', () => {
  it('agrees with R prop.test(c(100, 130), c(1000, 1000), correct = FALSE): X² 4.4215, p 0.0355', () => {
    const result = twoProportionZTest({ visitors: 1000, conversions: 100 }, { visitors: 1000, conversions: 130 });
    expect(result!.z).toBeCloseTo(2.10274, 4);
    expect(result!.z ** 2).toBeCloseTo(4.4215, 3);
    expect(result!.pValue).toBeCloseTo(0.03549, 4);
  });

  it('is symmetric: a worse variant gets a negative z and the same p-value', () => {
    const result = twoProportionZTest({ visitors: 1000, conversions: 130 }, { visitors: 1000, conversions: 100 });
    expect(result!.z).toBeCloseTo(-2.10274, 4);
    expect(result!.pValue).toBeCloseTo(0.03549, 4);
  });

  it('gives p = 1 for identical rates and nothing without data or variance', () => {
    expect(
      twoProportionZTest({ visitors: 50, conversions: 5 }, { visitors: 100, conversions: 10 })!.pValue,
    ).toBeCloseTo(1, 6);
    expect(twoProportionZTest({ visitors: 0, conversions: 0 }, { visitors: 10, conversions: 1 })).toBeNull();
    expect(twoProportionZTest({ visitors: 10, conversions: 0 }, { visitors: 10, conversions: 0 })).toBeNull();
  });
});

describe('upliftOf', () => {
  it('gives the difference with its Wald 95% interval and the relative lift', () => {
    const uplift = upliftOf({ visitors: 1000, conversions: 100 }, { visitors: 1000, conversions: 130 })!;
    expect(uplift.absolute).toBeCloseTo(0.03, 10);
    // se = sqrt(0.1 × 0.9 / 1000 + 0.13 × 0.87 / 1000) = 0.0142513
    expect(uplift.low).toBeCloseTo(0.002068, 5);
    expect(uplift.high).toBeCloseTo(0.057932, 5);
    expect(uplift.relative).toBeCloseTo(0.3, 10);
  });

  it('keeps the interval within the possible differences on tiny samples', () => {
    // 0/2 vs 1/2: d = 0.5, se = 0.3536, Wald gives -0.193 to +1.193.
    const uplift = upliftOf({ visitors: 2, conversions: 0 }, { visitors: 2, conversions: 1 })!;
    expect(uplift.low).toBeCloseTo(-0.193, 4);
    expect(uplift.high).toBe(1);
    expect(upliftOf({ visitors: 2, conversions: 1 }, { visitors: 2, conversions: 0 })!.low).toBe(-1);
  });

  it('has no relative lift over a control that converted nobody, and nothing without visitors', () => {
    expect(upliftOf({ visitors: 10, conversions: 0 }, { visitors: 10, conversions: 2 })!.relative).toBeNull();
    expect(upliftOf({ visitors: 0, conversions: 0 }, { visitors: 10, conversions: 2 })).toBeNull();
  });
});

describe('sampleSizePerVariant', () => {
  it('is the classic 3,841 per arm for 10% → 12% at α 0.05 two-sided and 80% power', () => {
    expect(sampleSizePerVariant(0.1, 0.2)).toBe(3841);
  });

  it('grows as the baseline shrinks and uses a 20% lift by default', () => {
    expect(sampleSizePerVariant(0.1)).toBe(3841);
    expect(sampleSizePerVariant(0.02)!).toBeGreaterThan(20_000);
  });

  it('has no answer for a baseline of 0 or one whose target passes 100%', () => {
    expect(sampleSizePerVariant(0)).toBeNull();
    expect(sampleSizePerVariant(0.9, 0.2)).toBeNull();
    expect(sampleSizePerVariant(0.5, 0)).toBeNull();
  });
});

describe('compareVariants', () => {
  it('compares every variant with the first one', () => {
    const rows = compareVariants([
      { key: 'control', visitors: 1000, conversions: 100 },
      { key: 'b', visitors: 1000, conversions: 130 },
    ]);
    expect(rows[0]).toMatchObject({ key: 'control', rate: 0.1, uplift: null, test: null });
    expect(rows[1]!.rate).toBeCloseTo(0.13, 10);
    expect(rows[1]!.test!.pValue).toBeCloseTo(0.03549, 4);
    expect(rows[1]!.uplift!.absolute).toBeCloseTo(0.03, 10);
  });

  it('reports no rate for a variant without visitors', () => {
    expect(rate({ visitors: 0, conversions: 0 })).toBeNull();
    expect(compareVariants([])).toEqual([]);
  });
});
