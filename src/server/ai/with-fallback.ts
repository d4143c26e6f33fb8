// Writes recommendations with the chosen model; time-outs, provider errors, rate limits and
// malformed output fall back to the built-in model, and the result says which model wrote it.
import type { Recommendation } from '@/domain/audit/recommendation';
import type { Logger } from '@/server/logging/logger';
import type { RecommendationContext } from './context';
import { runRecommendationModel, type PartialRecommendation } from './generate';
import type { ChosenModel } from './models';

export interface FallbackRun {
  primary: ChosenModel;
  fallback: () => ChosenModel;
  context: RecommendationContext;
  timeoutMs: number;
  signal?: AbortSignal;
  onPartial?: (recommendations: PartialRecommendation[]) => void;
  log?: Pick<Logger, 'warn'>;
}

export async function recommendWithFallback(
  run: FallbackRun,
): Promise<{ recommendations: Recommendation[]; modelUsed: string }> {
  const { primary, context, timeoutMs, signal, onPartial } = run;
  try {
    const recommendations = await runRecommendationModel(primary.model, context, { timeoutMs, signal, onPartial });
    return { recommendations, modelUsed: primary.note ? `${primary.id} (${primary.note})` : primary.id };
  } catch (error) {
    if (signal?.aborted || !primary.remote) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : 'failed';
    run.log?.warn({ err: error, model: primary.id }, 'recommendation model failed; falling back to the built-in model');
    onPartial?.([]);
    const fallback = run.fallback();
    const recommendations = await runRecommendationModel(fallback.model, context, { timeoutMs, signal, onPartial });
    return { recommendations, modelUsed: `${fallback.id} (fallback from ${primary.id}: ${reason})` };
  }
}
