// The shape of one recommendation, whoever writes it (playbook engine or an LLM). The final
// object is validated with this schema; streamed partial objects are not.
import { z } from 'zod';
import '@/lib/zod-in-browser';
import { dimensionKey } from './config';

export const LEVELS = ['high', 'medium', 'low'] as const;

export const recommendationSchema = z.object({
  title: z.string().trim().min(3).max(140),
  rationale: z.string().trim().min(10).max(1200),
  dimension: dimensionKey,
  impact: z.enum(LEVELS),
  effort: z.enum(LEVELS),
  timeframe: z.string().trim().min(2).max(60),
  kpis: z.array(z.string().trim().min(1).max(120)).max(8),
  firstStep: z.string().trim().min(5).max(400),
  /** The playbook it was grounded on, when there was one. */
  playbook: z.string().max(80).nullable(),
});

export type Recommendation = z.infer<typeof recommendationSchema>;

/** The finished recommendations of a stored list (a stopped run keeps the card cut short too). */
export function completeRecommendations(stored: unknown): Recommendation[] {
  return (Array.isArray(stored) ? stored : []).filter(
    (item): item is Recommendation => recommendationSchema.safeParse(item).success,
  );
}
