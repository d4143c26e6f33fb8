// Maturity scoring: per dimension, 100 x points / maximum over what was actually answered
// (maturity questions at weight 1, catalogue signals at config.signalWeight); a dimension
// nothing informed is estimated from the industry benchmark (confidence.ts), never 0; overall,
// the weighted mean of all six; tier from the cut points; confidence by a written rule.
// Pure and deterministic: the configured benchmark is used, so a resubmission scores the same.
import type { AuditAnswers } from './answers';
import type { AuditConfig, DimensionKey } from './config';
import {
  dimensionConfidence,
  estimateDimension,
  summarizeConfidence,
  type DimensionConfidence,
  type Measured,
  type ScoreConfidence,
} from './confidence';

export const MAX_LEVEL = 4;

export interface DimensionScore {
  key: DimensionKey;
  label: string;
  weight: number;
  /** 0-100. Null only in results stored before estimates existed (nothing informed it). */
  score: number | null;
  /** How many answers and signals informed it. */
  evidence: number;
  /** Maturity answers and catalogue signals behind the score (absent in older results). */
  answers?: number;
  signals?: number;
  /** True when nothing informed it and the score is the estimate from the benchmark. */
  estimated?: boolean;
  confidence?: DimensionConfidence;
}

export interface MaturityScore {
  overall: number;
  tier: { label: string; min: number; summary: string };
  dimensions: DimensionScore[];
  confidence: ScoreConfidence;
}

interface Tally {
  points: number;
  max: number;
  answers: number;
  signals: number;
}

function tallyAnswers(config: AuditConfig, answers: AuditAnswers): Map<DimensionKey, Tally> {
  const tallies = new Map<DimensionKey, Tally>(
    config.dimensions.map((d) => [d.key, { points: 0, max: 0, answers: 0, signals: 0 }]),
  );
  const add = (dimension: DimensionKey, level: number, weight: number, kind: 'answers' | 'signals') => {
    const tally = tallies.get(dimension);
    if (!tally || weight <= 0) return;
    tally.points += weight * Math.min(Math.max(level, 0), MAX_LEVEL);
    tally.max += weight * MAX_LEVEL;
    tally[kind] += 1;
  };
  for (const question of config.questions) {
    const level = answers.maturity[question.key];
    if (level !== undefined) add(question.dimension, level, 1, 'answers');
  }
  const signals = [
    [answers.painPoints, config.painPoints],
    [answers.currentSystems, config.systems],
    [answers.kpis, config.kpis],
  ] as const;
  for (const [choices, catalogue] of signals) {
    for (const choice of choices) {
      const entry = catalogue.find((item) => item.slug === choice.slug);
      for (const signal of entry?.informs ?? []) add(signal.dimension, signal.level, config.signalWeight, 'signals');
    }
  }
  return tallies;
}

export function tierFor(config: AuditConfig, score: number): MaturityScore['tier'] {
  const sorted = [...config.tiers].sort((a, b) => b.min - a.min);
  const tier = sorted.find((candidate) => score >= candidate.min) ?? sorted[sorted.length - 1]!;
  return { label: tier.label, min: tier.min, summary: tier.summary };
}

/** The configured benchmark of the audit's industry ("other" when it is not in the catalogue). */
export function configuredBenchmark(config: AuditConfig, industrySlug: string): Partial<Record<DimensionKey, number>> {
  const industry =
    config.industries.find((i) => i.slug === industrySlug) ??
    config.industries.find((i) => i.slug === 'other') ??
    config.industries[0]!;
  return industry.benchmark;
}

export function scoreMaturity(config: AuditConfig, answers: AuditAnswers): MaturityScore {
  const tallies = tallyAnswers(config, answers);
  const benchmark = configuredBenchmark(config, answers.industry.slug);
  const measured = new Map<DimensionKey, Measured>();
  for (const dimension of config.dimensions) {
    const tally = tallies.get(dimension.key)!;
    if (tally.max === 0) continue;
    measured.set(dimension.key, {
      score: Math.round((100 * tally.points) / tally.max),
      benchmark: benchmark[dimension.key] ?? 0,
      weight: tally.max / MAX_LEVEL,
    });
  }
  const dimensions: DimensionScore[] = config.dimensions.map((dimension) => {
    const tally = tallies.get(dimension.key)!;
    const own = measured.get(dimension.key);
    return {
      key: dimension.key,
      label: dimension.label,
      weight: dimension.weight,
      score: own ? own.score : estimateDimension(benchmark[dimension.key] ?? 0, [...measured.values()]),
      evidence: tally.answers + tally.signals,
      answers: tally.answers,
      signals: tally.signals,
      estimated: !own,
      confidence: dimensionConfidence(tally.answers, tally.signals),
    };
  });
  const totalWeight = dimensions.reduce((sum, d) => sum + d.weight, 0);
  const overall = Math.round(dimensions.reduce((sum, d) => sum + d.weight * (d.score ?? 0), 0) / totalWeight);
  return {
    overall,
    tier: tierFor(config, overall),
    dimensions,
    confidence: summarizeConfidence(dimensions, config.questions.length),
  };
}
