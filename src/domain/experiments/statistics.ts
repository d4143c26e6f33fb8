// The statistics of /admin/experiments (docs/experiments.md has the formulas): conversion rate,
// the difference to the control with a 95% Wald interval, a pooled two-proportion z-test, and
// the sample size per variant needed to detect a stated effect.

/** z for a two-sided 95% interval / 5% significance, and for 80% power. */
export const Z_95 = 1.959963984540054;
export const Z_POWER_80 = 0.8416212335729143;
/** The minimum detectable effect the sample-size note is stated for: a 20% relative lift. */
export const MIN_DETECTABLE_LIFT = 0.2;

/** Standard normal CDF via erf (Abramowitz and Stegun 7.1.26, absolute error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

export interface Arm {
  visitors: number;
  conversions: number;
}

export function rate(arm: Arm): number | null {
  return arm.visitors > 0 ? arm.conversions / arm.visitors : null;
}

/** Pooled two-proportion z-test of H0 "same rate"; null when either arm is empty or all agree. */
export function twoProportionZTest(control: Arm, variant: Arm): { z: number; pValue: number } | null {
  if (control.visitors === 0 || variant.visitors === 0) return null;
  const pooled = (control.conversions + variant.conversions) / (control.visitors + variant.visitors);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / control.visitors + 1 / variant.visitors));
  if (se === 0) return null;
  const z = (variant.conversions / variant.visitors - control.conversions / control.visitors) / se;
  return { z, pValue: Math.min(1, 2 * (1 - normalCdf(Math.abs(z)))) };
}

export interface Uplift {
  /** Difference of rates (variant minus control), as a proportion. */
  absolute: number;
  low: number;
  high: number;
  /** The difference relative to the control's rate; null when the control converted nobody. */
  relative: number | null;
}

/** Variant minus control with the unpooled (Wald) 95% interval of the difference, kept in [-1, 1]. */
export function upliftOf(control: Arm, variant: Arm): Uplift | null {
  const pc = rate(control);
  const pv = rate(variant);
  if (pc === null || pv === null) return null;
  const se = Math.sqrt((pc * (1 - pc)) / control.visitors + (pv * (1 - pv)) / variant.visitors);
  const absolute = pv - pc;
  // A difference of two proportions lies in [-1, 1]; Wald's interval can overshoot on small samples.
  return {
    absolute,
    low: Math.max(-1, absolute - Z_95 * se),
    high: Math.min(1, absolute + Z_95 * se),
    relative: pc > 0 ? absolute / pc : null,
  };
}

/**
 * Visitors needed per variant to detect a change from `baseline` to baseline × (1 + lift) with
 * a two-sided 5% test and 80% power (the normal approximation for two proportions).
 */
export function sampleSizePerVariant(baseline: number, lift = MIN_DETECTABLE_LIFT): number | null {
  const target = baseline * (1 + lift);
  if (baseline <= 0 || baseline >= 1 || target >= 1 || lift === 0) return null;
  const mean = (baseline + target) / 2;
  const a = Z_95 * Math.sqrt(2 * mean * (1 - mean));
  const b = Z_POWER_80 * Math.sqrt(baseline * (1 - baseline) + target * (1 - target));
  return Math.ceil((a + b) ** 2 / (target - baseline) ** 2);
}

export interface VariantComparison extends Arm {
  key: string;
  rate: number | null;
  uplift: Uplift | null;
  test: { z: number; pValue: number } | null;
}

/** Every variant against the first (the control); the control's own row has no comparison. */
export function compareVariants(arms: ReadonlyArray<Arm & { key: string }>): VariantComparison[] {
  const control = arms[0];
  return arms.map((arm, index) => ({
    ...arm,
    rate: rate(arm),
    uplift: index === 0 || !control ? null : upliftOf(control, arm),
    test: index === 0 || !control ? null : twoProportionZTest(control, arm),
  }));
}
