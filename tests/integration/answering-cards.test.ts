// Cards that answer the visitor and the provider chain (issue 16, items 4-6): over real HTTP
// against the running app (built-in model), and the chain in-process against two loopback
// OpenAI-compatible servers, one failing and one answering.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateAudit } from '@/domain/audit/evaluate';
import { makeAnswers, makeConfig } from '@/domain/audit/fixtures.test-support';
import { buildRecommendationContext } from '@/server/ai/context';
import { builtInModel, remoteModel } from '@/server/ai/models';
import { llmChain } from '@/server/ai/providers';
import { recommendWithChain } from '@/server/ai/with-fallback';
import { fakeClientIp, uniqueEmail } from '../support/app';
import { sql } from '../support/db';
import { startInstance, type Instance } from '../support/instance';
import { postAudit, seedExampleRequest } from '../support/audit';
import { waitFor } from '../support/wait';

type Card = { title: string; rationale: string };
const firstFive = (text: string) => text.toLowerCase().split(/\s+/).slice(0, 5).join(' ');
/** How many times the card texts quote these words (curly quotes, any case). */
const quotes = (cards: Card[], words: string) =>
  cards
    .map((c) => c.rationale)
    .join(' ')
    .toLowerCase()
    .split(`“${words.toLowerCase()}”`).length - 1;

describe('cards that answer the visitor', () => {
  it('answers a typed pain point in a card, not in a later call', async () => {
    const typed = 'drivers phone the office for every delivery slot';
    const { response, body } = await postAudit({
      ...seedExampleRequest,
      painPoints: ['manual data entry', typed],
      contactInfo: { email: uniqueEmail('typed-card') },
    });
    expect(response.status).toBe(201);
    const cards = body.recommendations as Card[];
    expect(cards).toHaveLength(5);
    const answering = cards.filter((c) => `${c.title} ${c.rationale}`.includes(`“${typed}”`));
    expect(answering).toHaveLength(1);
    expect(answering[0]!.title).toBe(`Map and automate “${typed}”`);
    expect(JSON.stringify(cards)).not.toContain('review call');
  }, 60_000);

  it("on the seed's example: every card quotes the visitor, pain points once, openings and titles unique, the same again", async () => {
    const submit = () => postAudit({ ...seedExampleRequest, contactInfo: { email: uniqueEmail('seed-cards') } });
    const first = await submit();
    expect(first.response.status).toBe(201);
    // Offline, the REST answer carries the complete recommendations.
    expect(first.body.recommendationsStatus).toBe('complete');
    expect(first.body.modelUsed).toBe('offline:playbooks');
    const cards = first.body.recommendations as Card[];
    expect(cards).toHaveLength(5);
    const said = [...seedExampleRequest.painPoints, ...seedExampleRequest.currentSystems, ...seedExampleRequest.kpis];
    for (const card of cards) expect(said.some((words) => quotes([card], words) > 0)).toBe(true);
    for (const pain of seedExampleRequest.painPoints) expect(quotes(cards, pain)).toBe(1);
    expect(new Set(cards.map((c) => firstFive(c.rationale))).size).toBe(cards.length);
    expect(new Set(cards.map((c) => c.title)).size).toBe(cards.length);

    const second = await submit();
    expect(second.body.maturityScore).toBe(first.body.maturityScore);
    expect(second.body.dimensionScores).toEqual(first.body.dimensionScores);
    expect(second.body.recommendations).toEqual(first.body.recommendations);
  }, 90_000);

  it('leads with the cheapest pilot when the ROI is negative or pays back after three years', async () => {
    const { response, body } = await postAudit({
      ...seedExampleRequest,
      companySize: 12,
      timeSpent: { 'manual data entry': 1, 'disconnected systems': 1 },
      contactInfo: { email: uniqueEmail('pilot-first') },
    });
    expect(response.status).toBe(201);
    const roi = body.roiForecast;
    const payback = roi.paybackMonths.expected;
    expect(roi.threeYearRoiPercent.expected < 0 || payback === null || payback > 36).toBe(true);
    const [lead, ...rest] = body.recommendations as Array<Card & { effort: string }>;
    expect(lead!.title).toBe(`Start with one pilot: ${roi.pilot.name}`);
    expect(lead!.effort).toBe('low');
    expect(lead!.rationale).toContain('does not pay off on these numbers');
    expect(rest.some((c) => c.title.startsWith('Start with one pilot'))).toBe(false);
  }, 60_000);

  it('does not lead with a pilot when the plan pays', async () => {
    const { body } = await postAudit({
      ...seedExampleRequest,
      timeSpent: { 'manual data entry': 80, 'disconnected systems': 60 },
      contactInfo: { email: uniqueEmail('pays') },
    });
    expect(body.roiForecast.threeYearRoiPercent.expected).toBeGreaterThan(0);
    expect((body.recommendations as Card[])[0]!.title).not.toMatch(/^Start with one pilot/);
  }, 60_000);
});

// ---- the provider chain, in-process with its own configuration ----

const config = makeConfig();
const context = buildRecommendationContext(config, makeAnswers(), evaluateAudit(config, makeAnswers()));
const answer = JSON.stringify({
  recommendations: ['Automate order capture', 'Connect SAP and Salesforce', 'Weekly KPI dashboard'].map((title) => ({
    title,
    rationale: `You told us “Manual data entry” is holding you back: ${title.toLowerCase()}.`,
    dimension: 'process',
    impact: 'high',
    effort: 'medium',
    timeframe: '6 weeks',
    kpis: ['Revenue growth'],
    firstStep: 'Pick the most frequent document type.',
    playbook: null,
  })),
});

const servers: http.Server[] = [];
const hits = { failing: 0, working: 0 };
let failingURL = '';
let workingURL = '';
let slowURL = '';
/**
 * How long the slow server pauses after its first card: far beyond AI_API_WAIT_MS (2 s), so an
 * answer that waited for the model cannot pass even on a host busy enough to make a 2 s wait 9 s.
 */
const SLOW_PAUSE_MS = 20_000;
/** When the slow server sent the cards after its pause (0: not yet). */
let slowRestSentAt = 0;

async function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
}

beforeAll(async () => {
  failingURL = await listen((req, res) => {
    hits.failing += 1;
    req
      .resume()
      .on('end', () =>
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { message: 'primary exploded', type: 'server_error' } })),
      );
  });
  workingURL = await listen((req, res) => {
    hits.working += 1;
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', async () => {
      const base = { id: 'chatcmpl-chain', created: 1764000000, model: 'second' };
      // The REST path asks for one response; a watched run streams.
      if (!JSON.parse(raw || '{}').stream) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            ...base,
            object: 'chat.completion',
            choices: [{ index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop' }],
            usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
          }),
        );
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const chunk = { ...base, object: 'chat.completion.chunk' };
      const send = (payload: unknown) => res.write(`data: ${JSON.stringify(payload)}\n\n`);
      send({ ...chunk, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
      for (const piece of answer.match(/.{1,24}/gs)!) {
        send({ ...chunk, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] });
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      send({ ...chunk, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
      res.end('data: [DONE]\n\n');
    });
  });
  // Streams the first card at once, then thinks for SLOW_PAUSE_MS before the other two.
  slowURL = await listen((req, res) => {
    req.resume().on('end', async () => {
      const chunk = { id: 'chatcmpl-slow', created: 1764000000, model: 'slow', object: 'chat.completion.chunk' };
      const send = (content: string) =>
        res.write(
          `data: ${JSON.stringify({ ...chunk, choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`,
        );
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const secondCard = answer.indexOf('{"title":"Connect');
      send(answer.slice(0, secondCard));
      await new Promise((resolve) => setTimeout(resolve, SLOW_PAUSE_MS));
      slowRestSentAt = Date.now();
      send(answer.slice(secondCard));
      res.write(`data: ${JSON.stringify({ ...chunk, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
      res.end('data: [DONE]\n\n');
    });
  });
});
let instance: Instance | undefined;
let slowInstance: Instance | undefined;
afterAll(async () => {
  await Promise.all([instance?.stop(), slowInstance?.stop()]);
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
});

describe('the provider chain', () => {
  it('falls over from a failing primary to a working secondary, and records the chain', async () => {
    const specs = llmChain({
      OPENAI_MODEL: 'gpt-4o-mini',
      LLM_PRIMARY_PROVIDER: 'openai',
      LLM_PRIMARY_API_KEY: 'sk-primary',
      LLM_PRIMARY_BASE_URL: failingURL,
      LLM_PRIMARY_MODEL: 'first',
      LLM_SECONDARY_PROVIDER: 'openai-compatible',
      LLM_SECONDARY_BASE_URL: workingURL,
      LLM_SECONDARY_MODEL: 'second',
    });
    expect(specs.map((s) => `${s.role}:${s.provider}`)).toEqual(['primary:openai', 'secondary:openai-compatible']);
    const partials: number[] = [];
    const result = await recommendWithChain({
      chain: [...specs.map(remoteModel), builtInModel(false)],
      context,
      timeoutMs: 10_000,
      onPartial: (p) => partials.push(p.length),
    });
    expect(result.recommendations.map((r) => r.title)).toEqual([
      'Automate order capture',
      'Connect SAP and Salesforce',
      'Weekly KPI dashboard',
    ]);
    expect(result.modelUsed).toMatch(/^openai-compatible:second \(fallback from openai:first: .+\)$/);
    expect(hits.failing).toBeGreaterThanOrEqual(1);
    expect(hits.working).toBe(1);
    expect(partials.length).toBeGreaterThan(1);
  });

  it('ends with the built-in model when both LLMs fail', async () => {
    const specs = llmChain({
      OPENAI_MODEL: 'gpt-4o-mini',
      LLM_PRIMARY_API_KEY: 'sk-primary',
      LLM_PRIMARY_BASE_URL: failingURL,
      LLM_SECONDARY_PROVIDER: 'openai-compatible',
      LLM_SECONDARY_BASE_URL: failingURL,
      LLM_SECONDARY_MODEL: 'second',
    });
    const result = await recommendWithChain({
      chain: [...specs.map(remoteModel), builtInModel(false)],
      context,
      timeoutMs: 10_000,
    });
    expect(result.modelUsed).toMatch(
      /^offline:playbooks \(fallback from openai:gpt-4o-mini: .+; openai-compatible:second: .+\)$/,
    );
    expect(result.recommendations).toHaveLength(5);
  });

  it('records the chain per audit: an app configured with both answers through the secondary', async () => {
    instance = await startInstance({
      timeoutMs: 90_000,
      env: {
        LLM_PRIMARY_PROVIDER: 'openai',
        LLM_PRIMARY_API_KEY: 'sk-primary',
        LLM_PRIMARY_BASE_URL: failingURL,
        LLM_PRIMARY_MODEL: 'first',
        LLM_SECONDARY_PROVIDER: 'openai-compatible',
        LLM_SECONDARY_BASE_URL: workingURL,
        LLM_SECONDARY_MODEL: 'second',
      },
    });
    const response = await fetch(`${instance.baseUrl}/api/audit/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...fakeClientIp() },
      body: JSON.stringify({ ...seedExampleRequest, contactInfo: { email: uniqueEmail('chain') } }),
    });
    const body = await response.json();
    expect(response.status).toBe(201);
    expect(body.modelUsed).toMatch(/^openai-compatible:second \(fallback from openai:first: .+\)$/);
    expect(body.recommendations.map((r: Card) => r.title)).toEqual([
      'Automate order capture',
      'Connect SAP and Salesforce',
      'Weekly KPI dashboard',
    ]);
    const [row] = await sql<{ model_used: string }>('SELECT model_used FROM audit_results WHERE audit_id = $1', [
      body.auditId,
    ]);
    expect(row!.model_used).toBe(body.modelUsed);
  }, 150_000);

  it('answers an API call within AI_API_WAIT_MS when the LLM is slower, with what is written so far', async () => {
    slowInstance = await startInstance({
      timeoutMs: 90_000,
      env: {
        LLM_PRIMARY_PROVIDER: 'openai-compatible',
        LLM_PRIMARY_BASE_URL: slowURL,
        LLM_PRIMARY_MODEL: 'slow',
        AI_API_WAIT_MS: '2000',
      },
    });
    const started = Date.now();
    const response = await fetch(`${slowInstance.baseUrl}/api/audit/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...fakeClientIp() },
      body: JSON.stringify({ ...seedExampleRequest, contactInfo: { email: uniqueEmail('slow-llm') } }),
    });
    const body = await response.json();
    expect(response.status).toBe(201);
    // Answered while the model was still thinking: an order of events, not a stopwatch.
    expect({ restSentBeforeAnswer: slowRestSentAt !== 0, elapsedMs: Date.now() - started }).toMatchObject({
      restSentBeforeAnswer: false,
    });
    expect(body.recommendationsStatus).toBe('streaming');
    expect(body.recommendations.map((r: Card) => r.title)).toEqual(['Automate order capture']);
    expect(body.resultsUrl).toContain(body.auditId);
    // The run goes on after the answer; the results API follows it to the end.
    const finished = await waitFor(
      async () => {
        const results = await (await fetch(`${slowInstance!.baseUrl}/api/audit/results/${body.auditId}`)).json();
        return results.analysis.recommendationsStatus === 'complete' ? results.analysis : null;
      },
      { timeoutMs: SLOW_PAUSE_MS + 40_000, what: 'the slow run to finish' },
    );
    expect(finished.modelUsed).toBe('openai-compatible:slow');
    expect(finished.recommendations.map((r: Card) => r.title)).toEqual([
      'Automate order capture',
      'Connect SAP and Salesforce',
      'Weekly KPI dashboard',
    ]);
  }, 150_000);
});
