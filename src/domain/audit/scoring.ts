// Maturity scoring: per dimension, 100 x points / maximum over what was actually answered
// (maturity questions at weight 1, catalogue signals at config.signalWeight); overall, the
// weighted mean of the scored dimensions; tier from the cut points. Pure and deterministic.
import type { AuditAnswers } from './answers';
import type { AuditConfig, DimensionKey } from './config';

export const MAX_LEVEL = 4;

export interface DimensionScore {
  key: DimensionKey;
  label: string;
  weight: number;
  /** 0-100, or null when nothing informed this dimension. */
  score: number | null;
  /** How many answers and signals informed it. */
  evidence: number;
}

export interface MaturityScore {
  overall: number;
  tier: { label: string; min: number; summary: string };
  dimensions: DimensionScore[];
}

interface Tally {
  points: number;
  max: number;
  evidence: number;
}

function tallyAnswers(config: AuditConfig, answers: AuditAnswers): Map<DimensionKey, Tally> {
  const tallies = new Map<DimensionKey, Tally>(
    config.dimensions.map((d) => [d.key, { points: 0, max: 0, evidence: 0 }]),
  );
  const add = (dimension: DimensionKey, level: number, weight: number) => {
    const tally = tallies.get(dimension);
    if (!tally || weight <= 0) return;
    tally.points += weight * Math.min(Math.max(level, 0), MAX_LEVEL);
    tally.max += weight * MAX_LEVEL;
    tally.evidence += 1;
  };
  for (const question of config.questions) {
    const level = answers.maturity[question.key];
    if (level !== undefined) add(question.dimension, level, 1);
  }
  const signals = [
    [answers.painPoints, config.painPoints],
    [answers.currentSystems, config.systems],
    [answers.kpis, config.kpis],
  ] as const;
  for (const [choices, catalogue] of signals) {
    for (const choice of choices) {
      const entry = catalogue.find((item) => item.slug === choice.slug);
      for (const signal of entry?.informs ?? []) add(signal.dimension, signal.level, config.signalWeight);
    }
  }
  return tallies;
}

export function tierFor(config: AuditConfig, score: number): MaturityScore['tier'] {
  const sorted = [...config.tiers].sort((a, b) => b.min - a.min);
  const tier = sorted.find((candidate) => score >= candidate.min) ?? sorted[sorted.length - 1]!;
  return { label: tier.label, min: tier.min, summary: tier.summary };
}

export function scoreMaturity(config: AuditConfig, answers: AuditAnswers): MaturityScore {
  const tallies = tallyAnswers(config, answers);
  const dimensions: DimensionScore[] = config.dimensions.map((dimension) => {
    const tally = tallies.get(dimension.key)!;
    const score = tally.max > 0 ? Math.round((100 * tally.points) / tally.max) : null;
    return { key: dimension.key, label: dimension.label, weight: dimension.weight, score, evidence: tally.evidence };
  });
  const scored = dimensions.filter((d): d is DimensionScore & { score: number } => d.score !== null);
  const totalWeight = scored.reduce((sum, d) => sum + d.weight, 0);
  const overall =
    totalWeight > 0 ? Math.round(scored.reduce((sum, d) => sum + d.weight * d.score, 0) / totalWeight) : 0;
  return { overall, tier: tierFor(config, overall), dimensions };
}
