// How much a maturity score rests on: a confidence level per dimension and overall, by a
// written rule, and the estimate of a dimension nothing informed (the industry benchmark
// shrunk toward what the informed dimensions say). Pure; documented in docs/audit.md.
import type { DimensionKey } from './config';

export type ConfidenceLevel = 'high' | 'medium' | 'low';
export type DimensionConfidence = ConfidenceLevel | 'estimated';

export const CONFIDENCE_RULE =
  'High: at least 8 maturity answers and every dimension informed. Medium: at least 4 maturity answers and at least 4 dimensions informed. Low: otherwise.';

export const DIMENSION_CONFIDENCE_RULE =
  'High: at least 2 maturity answers. Medium: 1 maturity answer, or at least 3 signals from catalogue choices. Low: 1 or 2 signals only. Estimated: nothing informed it.';

/** Prior strength of the benchmark, in answers: with K of evidence, half the gap is believed. */
export const SHRINKAGE_PRIOR = 4;

export interface ScoreConfidence {
  level: ConfidenceLevel;
  /** Maturity questions answered, of how many. */
  answered: number;
  questions: number;
  /** Dimensions with any evidence (answers or signals), of how many. */
  informedDimensions: number;
  dimensions: number;
  estimatedDimensions: DimensionKey[];
  rule: string;
}

export function dimensionConfidence(answers: number, signals: number): DimensionConfidence {
  if (answers >= 2) return 'high';
  if (answers === 1 || signals >= 3) return 'medium';
  if (signals > 0) return 'low';
  return 'estimated';
}

export function overallConfidence(answered: number, informed: number, dimensions: number): ConfidenceLevel {
  if (answered >= 8 && informed >= dimensions) return 'high';
  if (answered >= 4 && informed >= 4) return 'medium';
  return 'low';
}

export interface Measured {
  score: number;
  benchmark: number;
  /** Evidence weight: maturity answers count 1, signals their configured weight. */
  weight: number;
}

/**
 * Estimate for an uninformed dimension with benchmark `b`:
 *   gap  = sum(w_i x (score_i - benchmark_i)) / sum(w_i) over informed dimensions
 *   lambda = W / (W + K), W = sum(w_i), K = SHRINKAGE_PRIOR
 *   estimate = clamp(round(b + lambda x gap), 1, 100)
 * No evidence anywhere gives the benchmark itself; the floor of 1 keeps "no evidence" from
 * ever reading as a score of 0.
 */
export function estimateDimension(benchmark: number, measured: readonly Measured[]): number {
  const total = measured.reduce((sum, m) => sum + m.weight, 0);
  const gap = total > 0 ? measured.reduce((sum, m) => sum + m.weight * (m.score - m.benchmark), 0) / total : 0;
  const lambda = total / (total + SHRINKAGE_PRIOR);
  return Math.min(100, Math.max(1, Math.round(benchmark + lambda * gap)));
}

/** The part of a dimension score the summary needs (stored results carry it too). */
export interface DimensionEvidence {
  key: DimensionKey;
  label: string;
  score: number | null;
  answers?: number;
  estimated?: boolean;
}

/** Overall confidence from the dimensions (each maturity question belongs to one dimension). */
export function summarizeConfidence(dimensions: readonly DimensionEvidence[], questions: number): ScoreConfidence {
  const answered = dimensions.reduce((sum, d) => sum + (d.answers ?? 0), 0);
  const informed = dimensions.filter((d) => d.score !== null && !d.estimated);
  return {
    level: overallConfidence(answered, informed.length, dimensions.length),
    answered,
    questions,
    informedDimensions: informed.length,
    dimensions: dimensions.length,
    estimatedDimensions: dimensions.filter((d) => d.estimated).map((d) => d.key),
    rule: CONFIDENCE_RULE,
  };
}

const LEVEL_WORDS: Record<ConfidenceLevel, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** One plain sentence for the results page, the PDF, the email and the lead page. */
export function describeConfidence(confidence: ScoreConfidence, dimensions: readonly DimensionEvidence[]): string {
  const estimated = dimensions.filter((d) => d.estimated).map((d) => d.label.toLowerCase());
  const base = `${LEVEL_WORDS[confidence.level]} confidence: this score rests on ${confidence.answered} of ${confidence.questions} maturity answers and evidence in ${confidence.informedDimensions} of ${confidence.dimensions} dimensions.`;
  if (estimated.length === 0) return base;
  const list = estimated.length === 1 ? estimated[0] : `${estimated.slice(0, -1).join(', ')} and ${estimated.at(-1)}`;
  return `${base} ${estimated.length === 1 ? 'One dimension' : `${estimated.length} dimensions`} (${list}) ${estimated.length === 1 ? 'is' : 'are'} estimated from the industry benchmark.`;
}
