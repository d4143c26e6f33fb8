import { describe, expect, it } from 'vitest';
import {
  assignVariant,
  bucketOf,
  experimentFor,
  parseVariantToken,
  phaseOf,
  pickByWeight,
  servingFor,
  variantToken,
} from './assignment';
import type { Experiment, Variant } from './types';

const NOW = new Date('2026-11-30T12:00:00Z');

function variant(key: string, weight: number): Variant {
  return { key, label: key, weight, headline: `Headline ${key}`, subheadline: null, ctaLabel: `CTA ${key}` };
}

function experiment(overrides: Partial<Experiment> = {}): Experiment {
  return {
    id: '7',
    name: 'Hero test',
    surface: 'home-hero',
    status: 'running',
    audience: 'everyone',
    goal: 'audit_started',
    startAt: null,
    stopAt: null,
    chosenVariant: null,
    variants: [variant('control', 50), variant('b', 50)],
    updatedAt: new Date('2026-11-29T00:00:00Z'),
    ...overrides,
  };
}

describe('bucketOf', () => {
  it('is deterministic, in [0, 1), and depends on both the experiment and the visitor', () => {
    const bucket = bucketOf('7', 'visitor-a');
    expect(bucketOf('7', 'visitor-a')).toBe(bucket);
    expect(bucket).toBeGreaterThanOrEqual(0);
    expect(bucket).toBeLessThan(1);
    expect(bucketOf('8', 'visitor-a')).not.toBe(bucket);
    expect(bucketOf('7', 'visitor-b')).not.toBe(bucket);
  });

  it('spreads visitors evenly (10,000 ids land within 3% of each half)', () => {
    let low = 0;
    for (let i = 0; i < 10_000; i += 1) if (bucketOf('7', `visitor-${i}`) < 0.5) low += 1;
    expect(low).toBeGreaterThan(4700);
    expect(low).toBeLessThan(5300);
  });
});

describe('pickByWeight', () => {
  const variants = [variant('a', 1), variant('b', 3)];

  it('places the bucket on the cumulative weights', () => {
    expect(pickByWeight(variants, 0)!.key).toBe('a');
    expect(pickByWeight(variants, 0.2499)!.key).toBe('a');
    expect(pickByWeight(variants, 0.25)!.key).toBe('b');
    expect(pickByWeight(variants, 0.9999999)!.key).toBe('b');
  });

  it('skips variants weighted 0 and returns nothing when no weight is left', () => {
    expect(pickByWeight([variant('a', 0), variant('b', 5)], 0)!.key).toBe('b');
    expect(pickByWeight([variant('a', 0)], 0.3)).toBeNull();
    expect(pickByWeight([], 0.3)).toBeNull();
  });

  it('falls back to the last variant when rounding leaves the bucket past the last edge', () => {
    const thirds = [variant('a', 1), variant('b', 1), variant('c', 1)];
    expect(pickByWeight(thirds, 1)!.key).toBe('c');
  });

  it('gives each variant its share of visitors (weights 20/80)', () => {
    const exp = experiment({ variants: [variant('control', 20), variant('b', 80)] });
    let control = 0;
    for (let i = 0; i < 10_000; i += 1) if (assignVariant(exp, `v${i}`)!.key === 'control') control += 1;
    expect(control).toBeGreaterThan(1800);
    expect(control).toBeLessThan(2200);
  });
});

describe('phaseOf', () => {
  it('follows the status and the dates', () => {
    expect(phaseOf(experiment({ status: 'draft' }), NOW)).toBe('off');
    expect(phaseOf(experiment({ status: 'stopped' }), NOW)).toBe('concluded');
    expect(phaseOf(experiment(), NOW)).toBe('running');
    expect(phaseOf(experiment({ startAt: new Date('2026-12-01T00:00:00Z') }), NOW)).toBe('off');
    expect(phaseOf(experiment({ startAt: new Date('2026-11-01T00:00:00Z') }), NOW)).toBe('running');
    expect(phaseOf(experiment({ stopAt: NOW }), NOW)).toBe('concluded');
  });
});

describe('experimentFor', () => {
  const everyone = experiment({ id: '1' });
  const linked = experiment({ id: '2', audience: 'test-link', updatedAt: new Date('2026-11-30T00:00:00Z') });

  it('serves the newest running experiment for everyone, never a test-link one without its link', () => {
    expect(experimentFor([everyone, linked], 'home-hero', null, NOW)!.id).toBe('1');
    expect(experimentFor([linked], 'home-hero', null, NOW)).toBeNull();
    expect(experimentFor([everyone], 'audit-cta', null, NOW)).toBeNull();
  });

  it('serves the test-link experiment the request names', () => {
    expect(experimentFor([everyone, linked], 'home-hero', '2', NOW)!.id).toBe('2');
    expect(experimentFor([everyone, linked], 'home-hero', '99', NOW)!.id).toBe('1');
  });

  it('prefers a running experiment to a newer concluded one', () => {
    const stopped = experiment({ id: '3', status: 'stopped', updatedAt: new Date('2026-11-30T06:00:00Z') });
    expect(experimentFor([stopped, everyone], 'home-hero', null, NOW)!.id).toBe('1');
    expect(experimentFor([stopped], 'home-hero', null, NOW)!.id).toBe('3');
  });
});

describe('servingFor', () => {
  it('assigns a countable visitor sticky and counts the view as an exposure', () => {
    const first = servingFor([experiment()], 'home-hero', { id: 'visitor-a', testLinkId: null }, NOW)!;
    const again = servingFor([experiment()], 'home-hero', { id: 'visitor-a', testLinkId: null }, NOW)!;
    expect(first.exposure).toBe(true);
    expect(again.variant.key).toBe(first.variant.key);
  });

  it('shows both variants across visitors', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 50; i += 1) {
      keys.add(servingFor([experiment()], 'home-hero', { id: `visitor-${i}`, testLinkId: null }, NOW)!.variant.key);
    }
    expect([...keys].sort()).toEqual(['b', 'control']);
  });

  it('shows the control, uncounted, to a visitor analytics may not count', () => {
    const serving = servingFor([experiment()], 'home-hero', { id: null, testLinkId: null }, NOW)!;
    expect(serving).toMatchObject({ exposure: false, variant: { key: 'control' } });
    expect(servingFor([experiment({ variants: [] })], 'home-hero', { id: null, testLinkId: null }, NOW)).toBeNull();
    expect(
      servingFor([experiment({ variants: [variant('control', 0)] })], 'home-hero', { id: 'v', testLinkId: null }, NOW),
    ).toMatchObject({ exposure: false, variant: { key: 'control' } });
  });

  it('serves the chosen variant to everyone once stopped, and the default page without a choice', () => {
    const stopped = experiment({ status: 'stopped', chosenVariant: 'b' });
    for (const id of ['visitor-a', 'visitor-b', null]) {
      expect(servingFor([stopped], 'home-hero', { id, testLinkId: null }, NOW)).toMatchObject({
        exposure: false,
        variant: { key: 'b' },
      });
    }
    expect(servingFor([experiment({ status: 'stopped' })], 'home-hero', { id: 'v', testLinkId: null }, NOW)).toBeNull();
    expect(servingFor([], 'home-hero', { id: 'v', testLinkId: null }, NOW)).toBeNull();
  });
});

describe('variant tokens', () => {
  it('round-trip and refuse anything else', () => {
    const serving = { experiment: experiment({ id: '42' }), variant: variant('bold-cta', 1) };
    expect(parseVariantToken(variantToken(serving))).toEqual({ experimentId: '42', variantKey: 'bold-cta' });
    expect(parseVariantToken('42')).toBeNull();
    expect(parseVariantToken('42.<script>')).toBeNull();
  });
});
