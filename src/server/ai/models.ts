// Which model writes the recommendations: OpenAI (or any OpenAI-compatible endpoint) when a
// key is configured and the budgets allow, otherwise the built-in model.
import 'server-only';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import { createOpenAI } from '@ai-sdk/openai';
import { env } from '@/env';
import { AppError } from '@/server/errors';
import { consume } from '@/server/rate-limit/limiters';
import { createOfflineModel, OFFLINE_MODEL_ID } from './offline-model';

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

/** The model that classifies visitors' own words, and its time-out; no model without a key. */
export function classifierModel(): { model: LanguageModelV4 | null; timeoutMs: number } {
  const model = env.OPENAI_API_KEY
    ? openAiModel({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, modelName: env.OPENAI_MODEL }).model
    : null;
  return { model, timeoutMs: env.AI_CLASSIFY_TIMEOUT_MS };
}

export async function chooseModel(clientIp: string, paced: boolean): Promise<ChosenModel> {
  if (!env.OPENAI_API_KEY) return builtInModel(paced);
  try {
    await consume('llmPerIp', clientIp);
    await consume('llmGlobal', 'all');
  } catch (error) {
    if (error instanceof AppError && error.code === 'RATE_LIMITED')
      return builtInModel(paced, `LLM budget: ${error.message}`);
    throw error;
  }
  return openAiModel({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, modelName: env.OPENAI_MODEL });
}
