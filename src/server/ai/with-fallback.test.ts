import { MockLanguageModelV4, simulateReadableStream } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { evaluateAudit } from '@/domain/audit/evaluate';
import { makeAnswers, makeConfig } from '@/domain/audit/fixtures.test-support';
import { buildRecommendationContext } from './context';
import { createOfflineModel, OFFLINE_MODEL_ID } from './offline-model';
import { recommendWithFallback } from './with-fallback';

const config = makeConfig();
const context = buildRecommendationContext(config, makeAnswers(), evaluateAudit(config, makeAnswers()));
const builtIn = () => ({ model: createOfflineModel(), id: OFFLINE_MODEL_ID, remote: false });
const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 1, text: 1, reasoning: 0 },
};

function textModel(text: string) {
  return new MockLanguageModelV4({
    doStream: async () => ({
      stream: simulateReadableStream({
        chunks: [
          { type: 'text-start', id: '0' },
          ...text.match(/.{1,10}/gs)!.map((delta) => ({ type: 'text-delta' as const, id: '0', delta })),
          { type: 'text-end', id: '0' },
          { type: 'finish', finishReason: { unified: 'stop' as const, raw: 'stop' }, usage },
        ],
      }),
    }),
  });
}

describe('recommendWithFallback', () => {
  it('uses the remote model when it answers well', async () => {
    const answer = JSON.stringify({
      recommendations: [1, 2, 3].map((n) => ({
        title: `Remote idea ${n}`,
        rationale: 'You told us “Manual data entry” hurts; automate it first.',
        dimension: 'process',
        impact: 'high',
        effort: 'low',
        timeframe: '4 weeks',
        kpis: ['Revenue growth'],
        firstStep: 'Collect ten sample documents.',
        playbook: 'document-capture',
      })),
    });
    const result = await recommendWithFallback({
      primary: { model: textModel(answer), id: 'openai:test', remote: true },
      fallback: builtIn,
      context,
      timeoutMs: 5000,
      onPartial: () => {},
    });
    expect(result.modelUsed).toBe('openai:test');
    expect(result.recommendations.map((r) => r.title)).toEqual(['Remote idea 1', 'Remote idea 2', 'Remote idea 3']);
  });

  it('falls back to the built-in model when the provider fails', async () => {
    const failing = new MockLanguageModelV4({
      doStream: async () => {
        throw new Error('429 rate limit exceeded');
      },
    });
    const partials: number[] = [];
    const result = await recommendWithFallback({
      primary: { model: failing, id: 'openai:test', remote: true },
      fallback: builtIn,
      context,
      timeoutMs: 5000,
      onPartial: (p) => partials.push(p.length),
    });
    expect(result.recommendations).toHaveLength(5);
    expect(result.modelUsed).toMatch(/^offline:playbooks \(fallback from openai:test: .*rate limit/);
    expect(partials[0]).toBe(0);
  });

  it('falls back when the output is malformed or does not match the schema', async () => {
    for (const answer of ['{"recommendations": [{"title": "Half', '{"recommendations": [{"title": "Only a title"}]}']) {
      const result = await recommendWithFallback({
        primary: { model: textModel(answer), id: 'openai:test', remote: true },
        fallback: builtIn,
        context,
        timeoutMs: 5000,
        onPartial: () => {},
      });
      expect(result.modelUsed).toContain('fallback from openai:test');
      expect(result.recommendations).toHaveLength(5);
    }
  });

  it('falls back when the provider times out', async () => {
    const slow = new MockLanguageModelV4({
      doStream: async () => ({
        stream: simulateReadableStream({ chunks: [{ type: 'text-start', id: '0' }], initialDelayInMs: 5000 }),
      }),
    });
    const started = Date.now();
    const result = await recommendWithFallback({
      primary: { model: slow, id: 'openai:test', remote: true },
      fallback: builtIn,
      context,
      timeoutMs: 200,
      onPartial: () => {},
    });
    expect(result.modelUsed).toContain('fallback from openai:test');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('does not fall back when the visitor stopped it', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    await expect(
      recommendWithFallback({
        primary: builtIn(),
        fallback: builtIn,
        context,
        timeoutMs: 5000,
        onPartial: () => {},
        signal: controller.signal,
      }),
    ).rejects.toThrow();
  });
});
