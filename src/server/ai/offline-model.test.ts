import { streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { evaluateAudit } from '@/domain/audit/evaluate';
import { makeAnswers, makeConfig } from '@/domain/audit/fixtures.test-support';
import { buildRecommendationContext } from './context';
import { runRecommendationModel, type PartialRecommendation } from './generate';
import { chunkSchedule, chunkText, createOfflineModel, OFFLINE_MODEL_ID, PACED_STREAM_MAX_MS } from './offline-model';
import { recommendationPrompt } from './prompt';
import { builtInAnswer } from './with-fallback';

const config = makeConfig();
const answers = makeAnswers({
  painPoints: [...makeAnswers().painPoints, { slug: null, text: 'Drivers phone the office' }],
});
const context = buildRecommendationContext(config, answers, evaluateAudit(config, answers));

// As models.ts builds it (that module reads the environment, which unit tests do not have).
const builtInModel = (paced: boolean, note?: string) => ({
  model: createOfflineModel({ chunkDelayMs: paced ? 25 : 0 }),
  id: OFFLINE_MODEL_ID,
  remote: false,
  note,
});

describe('the built-in model', () => {
  it('answers an unwatched call directly with exactly what it writes through the AI SDK', async () => {
    // A five-person company (a pilot may lead) and the usual one: both must agree.
    const small = makeAnswers({ companySize: { slug: '1-10', employees: 5 } });
    for (const ownContext of [context, buildRecommendationContext(config, small, evaluateAudit(config, small))]) {
      const throughSdk = await runRecommendationModel(createOfflineModel(), ownContext, { timeoutMs: 5000 });
      expect(builtInAnswer(builtInModel(false), ownContext)).toEqual({
        recommendations: throughSdk,
        modelUsed: 'offline:playbooks',
      });
    }
    expect(builtInAnswer(builtInModel(false, 'LLM budget: Daily AI budget reached.'), context).modelUsed).toBe(
      'offline:playbooks (LLM budget: Daily AI budget reached.)',
    );
  });

  it('streams its answer in many chunks through the AI SDK', async () => {
    const result = streamText({ model: createOfflineModel(), prompt: recommendationPrompt(context) });
    const chunks: string[] = [];
    for await (const delta of result.textStream) chunks.push(delta);
    expect(chunks.length).toBeGreaterThan(50);
    expect(JSON.parse(chunks.join('')).recommendations).toHaveLength(5);
  });

  it('fills recommendations one after another, then validates the final object', async () => {
    const seen: number[] = [];
    const recommendations = await runRecommendationModel(createOfflineModel(), context, {
      timeoutMs: 5000,
      onPartial: (partial: PartialRecommendation[]) => seen.push(partial.length),
    });
    expect(recommendations).toHaveLength(5);
    // Each card appears while the next is still to come: the counts grow 1, 2, ... 5, never shrink.
    expect(seen).toEqual(expect.arrayContaining([1, 2, 3, 4, 5]));
    expect(seen.every((count, i) => i === 0 || count >= seen[i - 1]!)).toBe(true);
    expect(seen.filter((n) => n < 5).length).toBeGreaterThan(10);
  });

  it("is deterministic and cites the visitor's own words", async () => {
    const first = await runRecommendationModel(createOfflineModel(), context, { timeoutMs: 5000 });
    const second = await runRecommendationModel(createOfflineModel(), context, { timeoutMs: 5000 });
    const streamed = await runRecommendationModel(createOfflineModel(), context, {
      timeoutMs: 5000,
      onPartial: () => {},
    });
    expect(second).toEqual(first);
    expect(streamed).toEqual(first);
    const text = first.map((r) => r.rationale).join(' ');
    expect(text).toContain('“Manual data entry”');
    expect(text).toContain('“SAP ERP”');
    expect(text).toContain('“Operational efficiency”');
    expect(text).toContain('“Drivers phone the office”');
    expect(text).not.toContain('review call');
  });

  it('paces its chunks when asked, and stops when aborted', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(new Error('stop')), 150);
    await expect(
      runRecommendationModel(createOfflineModel({ chunkDelayMs: 20 }), context, {
        timeoutMs: 5000,
        signal: controller.signal,
        onPartial: () => {},
      }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('spreads a paced answer evenly and never beyond its longest streaming time', () => {
    // Short answers keep the per-chunk pace...
    expect(chunkSchedule(4, 25)).toEqual([25, 50, 75, 100]);
    // ...long ones are sped up to end within the limit, still one chunk after another.
    const long = chunkSchedule(1000, 25);
    expect(long.at(-1)).toBe(PACED_STREAM_MAX_MS);
    expect(long.every((due, i) => i === 0 || due >= long[i - 1]!)).toBe(true);
    expect(chunkSchedule(3, 0)).toEqual([0, 0, 0]);
  });

  it('streams a long paced answer within the limit', async () => {
    const started = Date.now();
    await runRecommendationModel(createOfflineModel({ chunkDelayMs: 1000 }), context, {
      timeoutMs: 20_000,
      onPartial: () => {},
    });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(PACED_STREAM_MAX_MS - 50);
    expect(elapsed).toBeLessThan(PACED_STREAM_MAX_MS + 3000);
  }, 15_000);

  it('refuses prompts that carry no audit context', async () => {
    const result = streamText({ model: createOfflineModel(), prompt: 'Hello', onError: () => {} });
    await expect(result.text).rejects.toThrow();
  });

  it('splits text into word-sized chunks without losing a character', () => {
    const text = '{"title": "Connect your ERP and CRM", "impact": "high"}';
    const chunks = chunkText(text, 8);
    expect(chunks.join('')).toBe(text);
    expect(chunks.length).toBeGreaterThan(3);
  });
});
