// Which models write the recommendations: the configured LLM chain (providers.ts) when the
// budgets allow, then the built-in model.
import 'server-only';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import { createOpenAI } from '@ai-sdk/openai';
import { env } from '@/env';
import { AppError } from '@/server/errors';
import { consume } from '@/server/rate-limit/limiters';
import { createOfflineModel, OFFLINE_MODEL_ID } from './offline-model';
import { llmChain, type LlmSpec } from './providers';

export interface ChosenModel {
  model: LanguageModelV4;
  id: string;
  remote: boolean;
  /** Why a remote model was not used, when one is configured. */
  note?: string;
}

/** The built-in model; `paced` streams at reading speed for a visitor who is watching. */
export function builtInModel(paced: boolean, note?: string): ChosenModel {
  return {
    model: createOfflineModel({ chunkDelayMs: paced ? env.AI_OFFLINE_CHUNK_DELAY_MS : 0 }),
    id: OFFLINE_MODEL_ID,
    remote: false,
    note,
  };
}

export function openAiModel(options: { apiKey: string; baseURL?: string; modelName: string }): ChosenModel {
  const provider = createOpenAI({ apiKey: options.apiKey, baseURL: options.baseURL });
  // Chat Completions: the API every OpenAI-compatible server implements.
  return { model: provider.chat(options.modelName), id: `openai:${options.modelName}`, remote: true };
}

/** One LLM of the configured chain as an AI SDK model (Chat Completions, as every compatible server speaks). */
export function remoteModel(spec: LlmSpec): ChosenModel {
  // A local OpenAI-compatible server may need no key; the SDK wants one all the same.
  const provider = createOpenAI({ apiKey: spec.apiKey ?? 'not-needed', baseURL: spec.baseURL });
  return { model: provider.chat(spec.model), id: `${spec.provider}:${spec.model}`, remote: true };
}

/** The model that classifies visitors' own words (the chain's primary), and its time-out. */
export function classifierModel(): { model: LanguageModelV4 | null; timeoutMs: number } {
  const [primary] = llmChain(env);
  return { model: primary ? remoteModel(primary).model : null, timeoutMs: env.AI_CLASSIFY_TIMEOUT_MS };
}

/**
 * The models to try in turn: the configured LLMs, then the built-in model. Over the LLM budget
 * (one call counted per run, whichever LLM answers), the built-in model alone, saying why.
 */
export async function chooseChain(clientIp: string, paced: boolean, specs = llmChain(env)): Promise<ChosenModel[]> {
  if (specs.length === 0) return [builtInModel(paced)];
  try {
    await consume('llmPerIp', clientIp);
    await consume('llmGlobal', 'all');
  } catch (error) {
    if (error instanceof AppError && error.code === 'RATE_LIMITED')
      return [builtInModel(paced, `LLM budget: ${error.message}`)];
    throw error;
  }
  return [...specs.map(remoteModel), builtInModel(paced)];
}
