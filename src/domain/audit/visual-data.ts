// Radar chart data: each dimension's score beside the industry benchmark. The benchmark comes
// from the configuration until the industry has enough completed audits of its own.
import type { AuditConfig, DimensionKey } from './config';
import type { DimensionScore } from './scoring';

export const OBSERVED_BENCHMARK_MIN_AUDITS = 10;

export interface ObservedBenchmark {
  sampleSize: number;
  scores: Partial<Record<DimensionKey, number>>;
}

export interface VisualData {
  /** score is null only in results stored before estimates existed (shown as "not assessed"). */
  radar: Array<{
    dimension: DimensionKey;
    label: string;
    score: number | null;
    benchmark: number;
    /** True when nothing informed the dimension and its score is an estimate. */
    estimated?: boolean;
  }>;
  benchmark: { industry: string; source: 'configuration' | 'completed-audits'; sampleSize: number | null };
}

export function buildVisualData(
  config: AuditConfig,
  industrySlug: string,
  dimensions: DimensionScore[],
  observed?: ObservedBenchmark | null,
): VisualData {
  const industry =
    config.industries.find((i) => i.slug === industrySlug) ??
    config.industries.find((i) => i.slug === 'other') ??
    config.industries[0]!;
  const useObserved = observed != null && observed.sampleSize >= OBSERVED_BENCHMARK_MIN_AUDITS;
  return {
    radar: dimensions.map((d) => ({
      dimension: d.key,
      label: d.label,
      score: d.score,
      estimated: d.estimated === true,
      benchmark: Math.round((useObserved ? observed.scores[d.key] : undefined) ?? industry.benchmark[d.key] ?? 0),
    })),
    benchmark: {
      industry: industry.label,
      source: useObserved ? 'completed-audits' : 'configuration',
      sampleSize: useObserved ? observed.sampleSize : null,
    },
  };
}
