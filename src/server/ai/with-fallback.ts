// Writes recommendations with a chain of models, each tried in turn: time-outs, provider errors,
// rate limits and malformed output pass the run to the next (the built-in model last), and the
// result says which model wrote it and which failed before it.
import { recommendFromPlaybooks } from '@/domain/audit/playbooks';
import type { Recommendation } from '@/domain/audit/recommendation';
import type { Logger } from '@/server/logging/logger';
import type { RecommendationContext } from './context';
import { recommendationsOutput, runRecommendationModel, type PartialRecommendation } from './generate';
import type { ChosenModel } from './models';
import { composeRecommendations, OFFLINE_MODEL_ID } from './offline-model';

interface ChainRun {
  /** Tried in order; the last one's failure is thrown. */
  chain: ChosenModel[];
  context: RecommendationContext;
  timeoutMs: number;
  signal?: AbortSignal;
  onPartial?: (recommendations: PartialRecommendation[]) => void;
  log?: Pick<Logger, 'warn'>;
}

export interface FallbackRun extends Omit<ChainRun, 'chain'> {
  primary: ChosenModel;
  fallback: () => ChosenModel;
}

export interface ChainResult {
  recommendations: Recommendation[];
  /** The model that wrote them, with the ones that failed before it ("x (fallback from a: why; b: why)"). */
  modelUsed: string;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : 'failed');

export async function recommendWithChain(run: ChainRun): Promise<ChainResult> {
  const { chain, context, timeoutMs, signal, onPartial } = run;
  const failed: string[] = [];
  for (const [index, chosen] of chain.entries()) {
    const last = index === chain.length - 1;
    try {
      const recommendations = await runRecommendationModel(chosen.model, context, { timeoutMs, signal, onPartial });
      const notes = [chosen.note, failed.length ? `fallback from ${failed.join('; ')}` : undefined].filter(Boolean);
      return { recommendations, modelUsed: notes.length ? `${chosen.id} (${notes.join('; ')})` : chosen.id };
    } catch (error) {
      // A stop, or nothing left to try: the caller decides (a built-in model failure is a bug).
      if (signal?.aborted || last || !chosen.remote) throw error;
      run.log?.warn({ err: error, model: chosen.id, next: chain[index + 1]!.id }, 'recommendation model failed');
      failed.push(`${chosen.id}: ${reasonOf(error)}`);
      onPartial?.([]);
    }
  }
  throw new Error('no recommendation model to try');
}

/** One remote model, then the built-in model. */
export function recommendWithFallback(run: FallbackRun): Promise<ChainResult> {
  const { primary, fallback, ...rest } = run;
  return recommendWithChain({ ...rest, chain: primary.remote ? [primary, fallback()] : [primary] });
}

/** When even the built-in model failed (a bug): the plain playbook engine, saying so. */
export function playbooksAfterFailure(context: RecommendationContext): ChainResult {
  const recommendations = recommendFromPlaybooks(
    context.catalogue,
    context.answers,
    context.maturity.dimensions,
    context.benchmarks,
    context.wanted,
    context.roi.leadWithPilot ?? null,
  );
  return { recommendations, modelUsed: 'playbooks (after a model failure)' };
}

/**
 * The built-in model's answer when nobody watches (an API call): what it would stream, composed
 * directly. The SDK round trip (the context written into a prompt, read back, a JSON schema
 * derived for the output) cost more than the composing itself on the submit path; the output
 * is the same, checked by the same schema (offline-model.test.ts compares the two).
 */
export function builtInAnswer(chosen: ChosenModel, context: RecommendationContext): ChainResult {
  if (chosen.remote || chosen.id !== OFFLINE_MODEL_ID) throw new Error(`${chosen.id} is not the built-in model`);
  const { recommendations } = recommendationsOutput.parse({ recommendations: composeRecommendations(context) });
  return { recommendations, modelUsed: chosen.note ? `${chosen.id} (${chosen.note})` : chosen.id };
}
