// What a recommendation model is told about one audit: the visitor's answers, the engine's
// figures (scores, benchmarks, ROI) and the CMS playbooks. The LLM reads it in its prompt; the
// built-in model reads the same block back and composes from it.
import { z } from 'zod';
import type { AuditAnswers } from '@/domain/audit/answers';
import type { AuditConfig } from '@/domain/audit/config';
import type { AuditEvaluation } from '@/domain/audit/evaluate';
import { pilotToLead } from '@/domain/roi/verdict';

export const RECOMMENDATIONS_WANTED = 5;

export function buildRecommendationContext(config: AuditConfig, answers: AuditAnswers, evaluation: AuditEvaluation) {
  const { roi, maturity, visualData } = evaluation;
  return {
    wanted: RECOMMENDATIONS_WANTED,
    answers,
    maturity: { overall: maturity.overall, tier: maturity.tier.label, dimensions: maturity.dimensions },
    benchmarks: Object.fromEntries(visualData.radar.map((point) => [point.dimension, point.benchmark])),
    roi: {
      currency: roi.currency,
      annualSavings: roi.annualSavings,
      paybackMonths: roi.paybackMonths,
      threeYearRoiPercent: roi.threeYearRoiPercent,
      processes: roi.processes.map((p) => ({ name: p.name, weeklyHours: p.weeklyHours, hoursSaved: p.hoursSaved })),
      /** Set when the whole plan does not pay within three years: the first card is this pilot. */
      leadWithPilot: pilotToLead(roi),
    },
    catalogue: { painPoints: config.painPoints, kpis: config.kpis, playbooks: config.playbooks },
  };
}

export type RecommendationContext = ReturnType<typeof buildRecommendationContext>;

const CONTEXT_TAG = /<audit-context>([\s\S]*?)<\/audit-context>/;

export function embedContext(context: RecommendationContext): string {
  return `<audit-context>${JSON.stringify(context)}</audit-context>`;
}

/** The context block of a prompt, or null when there is none (not an audit prompt). */
export function extractContext(text: string): RecommendationContext | null {
  const match = CONTEXT_TAG.exec(text);
  if (!match) return null;
  try {
    const parsed = z
      .object({ wanted: z.number(), answers: z.object({}).passthrough(), catalogue: z.object({}).passthrough() })
      .passthrough()
      .parse(JSON.parse(match[1]!));
    return parsed as unknown as RecommendationContext;
  } catch {
    return null;
  }
}
