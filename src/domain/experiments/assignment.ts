// Which variant a visitor sees: a deterministic hash of (experiment id, visitor id) placed on
// the variants' cumulative weights, so the same visitor gets the same variant on every request
// without any stored assignment, and a new experiment reshuffles visitors independently.
import { createHash } from 'node:crypto';
import type { Experiment, Surface, Variant } from './types';

/** A number in [0, 1) from the first 52 bits of SHA-256(experimentId:visitorId). */
export function bucketOf(experimentId: string, visitorId: string): number {
  const hex = createHash('sha256').update(`${experimentId}:${visitorId}`).digest('hex');
  return parseInt(hex.slice(0, 13), 16) / 2 ** 52;
}

/** The variant whose weight band holds the bucket; weights need not sum to 100. */
export function pickByWeight<T extends Pick<Variant, 'weight'>>(variants: readonly T[], bucket: number): T | null {
  const usable = variants.filter((variant) => variant.weight > 0);
  const total = usable.reduce((sum, variant) => sum + variant.weight, 0);
  if (total <= 0) return null;
  let edge = 0;
  for (const variant of usable) {
    edge += variant.weight / total;
    if (bucket < edge) return variant;
  }
  return usable[usable.length - 1]!;
}

export function assignVariant(experiment: Pick<Experiment, 'id' | 'variants'>, visitorId: string): Variant | null {
  return pickByWeight(experiment.variants, bucketOf(experiment.id, visitorId));
}

export type Phase = 'off' | 'running' | 'concluded';

/** Running between its dates; stopped (or past its stop date) it is concluded. */
export function phaseOf(experiment: Pick<Experiment, 'status' | 'startAt' | 'stopAt'>, now: Date): Phase {
  if (experiment.status === 'draft') return 'off';
  if (experiment.status === 'stopped') return 'concluded';
  if (experiment.stopAt && experiment.stopAt <= now) return 'concluded';
  if (experiment.startAt && experiment.startAt > now) return 'off';
  return 'running';
}

export interface Serving {
  experiment: Experiment;
  variant: Variant;
  /** True when this view counts as an exposure (a running experiment and a countable visitor). */
  exposure: boolean;
}

/**
 * The experiment that applies to a surface: a test-link experiment named by the request first,
 * else the newest experiment for everyone (a running one before a concluded one).
 */
export function experimentFor(
  experiments: readonly Experiment[],
  surface: Surface,
  testLinkId: string | null,
  now: Date,
): Experiment | null {
  const live = experiments
    .filter((experiment) => experiment.surface === surface && phaseOf(experiment, now) !== 'off')
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
  if (testLinkId) {
    const linked = live.find((experiment) => experiment.audience === 'test-link' && experiment.id === testLinkId);
    if (linked) return linked;
  }
  const forEveryone = live.filter((experiment) => experiment.audience === 'everyone');
  return forEveryone.find((experiment) => phaseOf(experiment, now) === 'running') ?? forEveryone[0] ?? null;
}

/**
 * What one request sees on a surface. Visitors analytics may not count (declined, GPC, bots)
 * see the control and are not recorded; a concluded experiment serves its chosen variant.
 */
export function servingFor(
  experiments: readonly Experiment[],
  surface: Surface,
  visitor: { id: string | null; testLinkId: string | null },
  now: Date,
): Serving | null {
  const experiment = experimentFor(experiments, surface, visitor.testLinkId, now);
  if (!experiment) return null;
  if (phaseOf(experiment, now) === 'concluded') {
    const chosen = experiment.variants.find((variant) => variant.key === experiment.chosenVariant);
    return chosen ? { experiment, variant: chosen, exposure: false } : null;
  }
  const assigned = visitor.id ? assignVariant(experiment, visitor.id) : null;
  if (assigned) return { experiment, variant: assigned, exposure: true };
  const control = experiment.variants[0];
  return control ? { experiment, variant: control, exposure: false } : null;
}

/** The rewrite's token for one serving: `<experiment id>.<variant key>`. */
export function variantToken(serving: Pick<Serving, 'experiment' | 'variant'>): string {
  return `${serving.experiment.id}.${serving.variant.key}`;
}

export function parseVariantToken(token: string): { experimentId: string; variantKey: string } | null {
  const match = /^([A-Za-z0-9_-]{1,40})\.([a-z0-9][a-z0-9-]{0,39})$/.exec(token);
  return match ? { experimentId: match[1]!, variantKey: match[2]! } : null;
}
