// The real OpenAI provider path, end to end, against an OpenAI-compatible streaming server
// started here on loopback: the request it receives and the stream it sends back.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateAudit } from '@/domain/audit/evaluate';
import { makeAnswers, makeConfig } from '@/domain/audit/fixtures.test-support';
import { buildRecommendationContext } from '@/server/ai/context';
import { runRecommendationModel } from '@/server/ai/generate';
import { openAiModel } from '@/server/ai/models';
import { recommendWithFallback } from '@/server/ai/with-fallback';
import { createOfflineModel, OFFLINE_MODEL_ID } from '@/server/ai/offline-model';

const config = makeConfig();
const context = buildRecommendationContext(config, makeAnswers(), evaluateAudit(config, makeAnswers()));
const answer = JSON.stringify({
  recommendations: ['Automate invoice capture', 'Connect SAP and Salesforce', 'Weekly KPI dashboard'].map(
    (title, i) => ({
      title,
      rationale: `You told us “Manual data entry” is holding you back (${i}).`,
      dimension: 'process',
      impact: 'high',
      effort: 'medium',
      timeframe: '6 weeks',
      kpis: ['Revenue growth'],
      firstStep: 'Pick the most frequent document type.',
      playbook: null,
    }),
  ),
});

let server: http.Server;
let baseURL: string;
const received: Array<{ path: string; auth: string | undefined; body: any }> = [];
/** Requests still to answer with a 500 (the SDK retries once). */
let failures = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', async () => {
      received.push({ path: req.url ?? '', auth: req.headers.authorization, body: JSON.parse(raw || '{}') });
      if (failures > 0) {
        failures -= 1;
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { message: 'upstream exploded', type: 'server_error' } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const base = { id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 1764000000, model: 'test-model' };
      const send = (payload: unknown) => res.write(`data: ${JSON.stringify(payload)}\n\n`);
      send({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
      for (const piece of answer.match(/.{1,16}/gs)!) {
        send({ ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] });
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      send({
        ...base,
        choices: [{ index: 0, delta: {}, finish_reason: 'stop' }],
        usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
      });
      res.end('data: [DONE]\n\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('OpenAI-compatible provider', () => {
  it('streams structured recommendations from a Chat Completions server', async () => {
    const partials: number[] = [];
    const { model } = openAiModel({ apiKey: 'sk-test-key', baseURL, modelName: 'test-model' });
    const recommendations = await runRecommendationModel(model, context, {
      timeoutMs: 10_000,
      onPartial: (p) => partials.push(p.length),
    });
    expect(recommendations.map((r) => r.title)).toEqual([
      'Automate invoice capture',
      'Connect SAP and Salesforce',
      'Weekly KPI dashboard',
    ]);
    expect(partials).toEqual(expect.arrayContaining([1, 2, 3]));

    const request = received.at(-1)!;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.auth).toBe('Bearer sk-test-key');
    expect(request.body).toMatchObject({ model: 'test-model', stream: true });
    const prompt = JSON.stringify(request.body.messages);
    expect(prompt).toContain('<audit-context>');
    expect(prompt).toContain('Manual data entry');
    expect(prompt).toContain('Never invent figures');
  });

  it('falls back to the built-in model when the server errors', async () => {
    failures = 2;
    const primary = { ...openAiModel({ apiKey: 'sk-test-key', baseURL, modelName: 'test-model' }) };
    const result = await recommendWithFallback({
      primary: { ...primary, model: primary.model },
      fallback: () => ({ model: createOfflineModel(), id: OFFLINE_MODEL_ID, remote: false }),
      context,
      timeoutMs: 10_000,
    });
    expect(result.modelUsed).toContain('fallback from openai:test-model');
    expect(result.recommendations.length).toBe(5);
    expect(failures).toBe(0);
  });
});
