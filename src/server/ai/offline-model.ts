// The built-in recommendation model: an AI SDK language model (LanguageModelV4) that reads the
// audit context from its prompt, composes recommendations with the playbook engine, and
// streams them as JSON text in small chunks, exactly as an LLM would. The rest of the app cannot
// tell it from a remote model, so the offline path is the production code path.
import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Prompt,
  LanguageModelV4StreamPart,
} from '@ai-sdk/provider';
import { recommendFromPlaybooks } from '@/domain/audit/playbooks';
import { extractContext, type RecommendationContext } from './context';

export const OFFLINE_MODEL_ID = 'offline:playbooks';
const CHUNK_CHARACTERS = 12;
/**
 * The longest a paced answer takes to stream, however long it is: a visitor watches cards
 * arrive, not a typewriter (five long recommendations at 25 ms a chunk would take 15 s).
 */
export const PACED_STREAM_MAX_MS = 6000;

/**
 * When each chunk is due, from the start of the stream: evenly spread, never slower than
 * `chunkDelayMs` a chunk and never longer than `maxMs` in all. Due times (not sleeps one after
 * another) keep a busy event loop's late timers from adding up.
 */
export function chunkSchedule(chunks: number, chunkDelayMs: number, maxMs = PACED_STREAM_MAX_MS): number[] {
  if (chunkDelayMs <= 0 || chunks === 0) return Array.from({ length: chunks }, () => 0);
  const step = Math.min(chunkDelayMs, maxMs / chunks);
  return Array.from({ length: chunks }, (_, i) => Math.round((i + 1) * step));
}

function promptText(prompt: LanguageModelV4Prompt): string {
  return prompt
    .map((message) =>
      typeof message.content === 'string'
        ? message.content
        : message.content.map((part) => ('text' in part && typeof part.text === 'string' ? part.text : '')).join(''),
    )
    .join('\n');
}

/** What the built-in model writes for an audit: the playbook engine's recommendations. */
export function composeRecommendations(context: RecommendationContext) {
  const benchmarks = context.benchmarks as Parameters<typeof recommendFromPlaybooks>[3];
  return recommendFromPlaybooks(
    context.catalogue,
    context.answers,
    context.maturity.dimensions,
    benchmarks,
    context.wanted,
    context.roi.leadWithPilot ?? null,
  );
}

/** The JSON the model answers with for a prompt: deterministic for the same prompt. */
export function composeAnswer(prompt: LanguageModelV4Prompt): string {
  const context = extractContext(promptText(prompt));
  if (!context) throw new Error('The built-in model only answers audit prompts (no <audit-context> block).');
  return JSON.stringify({ recommendations: composeRecommendations(context) });
}

/** Splits text into word-sized chunks (whitespace kept with the word before it). */
export function chunkText(text: string, size = CHUNK_CHARACTERS): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const piece of text.split(/(?<=[\s,:])/)) {
    current += piece;
    if (current.length >= size) {
      chunks.push(current);
      current = '';
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Waits between chunks; aborting rejects at once. Removes its listener either way. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const reason = () => (signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
    if (signal?.aborted) return reject(reason());
    if (ms <= 0) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      reject(reason());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const usage = (input: number, output: number) => ({
  inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: output, text: output, reasoning: 0 },
});

export function createOfflineModel(options: { chunkDelayMs?: number } = {}): LanguageModelV4 {
  const chunkDelayMs = options.chunkDelayMs ?? 0;
  return {
    specificationVersion: 'v4',
    provider: 'xteam',
    modelId: OFFLINE_MODEL_ID,
    supportedUrls: {},
    async doGenerate(call: LanguageModelV4CallOptions) {
      call.abortSignal?.throwIfAborted();
      const text = composeAnswer(call.prompt);
      return {
        content: [{ type: 'text', text }],
        finishReason: { unified: 'stop', raw: 'stop' },
        usage: usage(promptText(call.prompt).length / 4, text.length / 4),
        warnings: [],
      };
    },
    async doStream(call: LanguageModelV4CallOptions) {
      const text = composeAnswer(call.prompt);
      const chunks = chunkText(text);
      const dueAt = chunkSchedule(chunks.length, chunkDelayMs);
      const signal = call.abortSignal;
      const stream = new ReadableStream<LanguageModelV4StreamPart>({
        async start(controller) {
          try {
            controller.enqueue({ type: 'stream-start', warnings: [] });
            controller.enqueue({
              type: 'response-metadata',
              id: `offline-${Date.now()}`,
              modelId: OFFLINE_MODEL_ID,
              timestamp: new Date(),
            });
            controller.enqueue({ type: 'text-start', id: 'text-0' });
            const started = performance.now();
            for (const [i, delta] of chunks.entries()) {
              await sleep(started + dueAt[i]! - performance.now(), signal);
              controller.enqueue({ type: 'text-delta', id: 'text-0', delta });
            }
            controller.enqueue({ type: 'text-end', id: 'text-0' });
            controller.enqueue({
              type: 'finish',
              finishReason: { unified: 'stop', raw: 'stop' },
              usage: usage(promptText(call.prompt).length / 4, chunks.length),
            });
            controller.close();
          } catch (error) {
            controller.error(error);
          }
        },
      });
      return { stream };
    },
  };
}
