import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { makeConfig } from '@/domain/audit/fixtures.test-support';
import { classifyOwnWords } from './own-words';
import { toAnswers } from './normalize';

const config = makeConfig();
const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 1, text: 1, reasoning: 0 },
};

/** A model that answers every classification with `answer(prompt)`, recording the prompts. */
function modelAnswering(answer: (prompt: string) => unknown, delayMs = 0) {
  const prompts: string[] = [];
  const model = new MockLanguageModelV4({
    doGenerate: async (call) => {
      const prompt = JSON.stringify(call.prompt);
      prompts.push(prompt);
      await new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, delayMs);
        call.abortSignal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(call.abortSignal?.reason);
        });
      });
      return {
        content: [{ type: 'text', text: JSON.stringify(answer(prompt)) }],
        finishReason: { unified: 'stop' as const, raw: 'stop' },
        usage,
        warnings: [],
      };
    },
  });
  return { model, prompts };
}

const request = {
  industry: 'Animal doctors',
  companySize: '50-100',
  painPoints: ['Manual data entry', 'typing freight bills into the ledger'],
  currentSystems: ['Lotus Notes'],
  kpis: ['fewer complaints'],
};

describe('classifyOwnWords', () => {
  it('lets the model classify the words the catalogue does not hold exactly, validated', async () => {
    const { model, prompts } = modelAnswering((prompt) =>
      prompt.includes('Catalogue of industries')
        ? { answers: [{ index: 0, slug: 'healthcare' }] }
        : prompt.includes('Catalogue of pain points')
          ? { answers: [{ index: 0, slug: 'invoice-processing' }] }
          : { answers: [{ index: 0, slug: null }] },
    );
    const given = await classifyOwnWords(config, request, { model, timeoutMs: 2000 });
    // "Manual data entry" is a label: no model needed for it.
    expect(prompts.find((p) => p.includes('Catalogue of pain points'))).not.toContain('0. \\"Manual data entry');
    const answers = toAnswers(config, request, given);
    expect(answers.industry).toMatchObject({ slug: 'healthcare', said: 'Animal doctors' });
    expect(answers.painPoints.map((c) => c.slug)).toEqual(['manual-data-entry', 'invoice-processing']);
    expect(answers.currentSystems).toEqual([{ slug: null, text: 'Lotus Notes' }]);
    expect(answers.kpis).toEqual([{ slug: null, text: 'fewer complaints' }]);
  });

  it('falls back to the offline matcher when the model invents a slug, times out or is absent', async () => {
    const warnings: unknown[] = [];
    const log = { warn: (...args: unknown[]) => warnings.push(args) };
    const inventing = modelAnswering(() => ({ answers: [{ index: 0, slug: 'vets' }] })).model;
    expect(
      await classifyOwnWords(config, { industry: 'Animal doctors' }, { model: inventing, timeoutMs: 2000, log }),
    ).toEqual({});
    const slow = modelAnswering(() => ({ answers: [] }), 5_000).model;
    expect(
      await classifyOwnWords(config, { kpis: ['fewer complaints'] }, { model: slow, timeoutMs: 200, log }),
    ).toEqual({});
    const outOfRange = modelAnswering(() => ({ answers: [{ index: 7, slug: null }] })).model;
    expect(
      await classifyOwnWords(config, { kpis: ['fewer complaints'] }, { model: outOfRange, timeoutMs: 2000, log }),
    ).toEqual({});
    expect(warnings).toHaveLength(3);
    expect(await classifyOwnWords(config, request, { model: null, timeoutMs: 2000 })).toEqual({});
    // Offline, the matcher still finds what it knows.
    expect(toAnswers(config, request).kpis[0]?.slug).toBe('customer-satisfaction');
  });
});
