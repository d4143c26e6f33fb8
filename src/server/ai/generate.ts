// Runs one recommendation model through the AI SDK (streamText with structured output):
// partial objects are reported as they stream (not validated), the final object is validated.
import type { LanguageModelV4 } from '@ai-sdk/provider';
import { generateText, Output, streamText } from 'ai';
import { z } from 'zod';
import { recommendationSchema, type Recommendation } from '@/domain/audit/recommendation';
import type { RecommendationContext } from './context';
import { recommendationPrompt, SYSTEM_PROMPT } from './prompt';

export const recommendationsOutput = z.object({ recommendations: z.array(recommendationSchema).min(3).max(8) });

/** A recommendation still being written: any field may be missing or cut short. */
export type PartialRecommendation = Partial<Recommendation>;

export interface ModelRun {
  signal?: AbortSignal;
  timeoutMs: number;
  onPartial?: (recommendations: PartialRecommendation[]) => void;
}

export async function runRecommendationModel(
  model: LanguageModelV4,
  context: RecommendationContext,
  run: ModelRun,
): Promise<Recommendation[]> {
  const timeout = AbortSignal.timeout(run.timeoutMs);
  const abortSignal = run.signal ? AbortSignal.any([run.signal, timeout]) : timeout;
  // The same call either way; only the delivery differs.
  const call = {
    model,
    system: SYSTEM_PROMPT,
    prompt: recommendationPrompt(context),
    output: Output.object({ schema: recommendationsOutput }),
    abortSignal,
    maxRetries: 1,
    temperature: 0.3,
  };
  if (!run.onPartial) {
    // Nobody watches (an API call): one response, no partial parsing.
    const { output } = await generateText(call);
    return recommendationsOutput.parse(output).recommendations;
  }
  let streamError: unknown;
  const result = streamText({
    ...call,
    onError: ({ error }) => {
      streamError = error;
    },
  });
  for await (const partial of result.partialOutputStream) {
    const items = (partial as { recommendations?: PartialRecommendation[] }).recommendations;
    if (Array.isArray(items)) run.onPartial?.(items.filter((item) => item && typeof item === 'object'));
  }
  if (streamError) throw streamError;
  const output = await result.output;
  return recommendationsOutput.parse(output).recommendations;
}
