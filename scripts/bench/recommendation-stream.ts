// Time to the first recommendation token and to the complete result, as a visitor on the
// results page sees them: wizard audits with the built-in model, watched over SSE.
import { percentile } from './stats';

const ip = (i: number) => ({ 'x-forwarded-for': `198.20.${Math.floor(i / 250) % 250}.${(i % 250) + 1}` });

async function trpc(baseUrl: string, path: string, input: unknown, headers: Record<string, string>) {
  const response = await fetch(`${baseUrl}/api/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ json: input }),
  });
  return (await response.json()) as { result: { data: { json: { draftId: string } } } };
}

async function wizardAudit(baseUrl: string, i: number): Promise<string> {
  const headers = ip(i);
  const draftId = (
    await trpc(baseUrl, 'audit.saveStep', { step: 'industry', data: { industry: 'logistics' } }, headers)
  ).result.data.json.draftId;
  const steps: Array<[string, unknown]> = [
    ['companySize', { companySize: '51-99' }],
    ['painPoints', { painPoints: ['scheduling-by-hand', 'manual-data-entry'] }],
    ['currentSystems', { currentSystems: ['spreadsheets'] }],
    ['kpis', { kpis: ['operational-efficiency'] }],
    ['maturity', { maturity: {} }],
  ];
  for (const [step, data] of steps) await trpc(baseUrl, 'audit.saveStep', { step, data, draftId }, headers);
  await trpc(
    baseUrl,
    'audit.submit',
    { draftId, contactInfo: { email: `stream-bench-${i}@example.com` }, consentContact: true, consentPrivacy: true },
    headers,
  );
  return draftId;
}

/** Watches one audit's stream; returns [ms to first token, ms to complete]. */
async function watch(baseUrl: string, auditId: string): Promise<[number, number]> {
  const started = performance.now();
  const input = encodeURIComponent(JSON.stringify({ json: { id: auditId } }));
  const response = await fetch(`${baseUrl}/api/trpc/audit.recommendations?input=${input}`, {
    headers: { accept: 'text/event-stream' },
    signal: AbortSignal.timeout(60_000),
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let firstToken = NaN;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const events = buffer.split('\n\n');
    buffer = events.pop()!;
    for (const event of events) {
      const data = event.split('\n').find((line) => line.startsWith('data: '));
      if (!data) continue;
      const snapshot = JSON.parse(data.slice(6)).json?.data ?? JSON.parse(data.slice(6)).json;
      if (Number.isNaN(firstToken) && snapshot?.recommendations?.[0]?.title) firstToken = performance.now() - started;
      if (snapshot?.status === 'complete') {
        await reader.cancel();
        return [firstToken, performance.now() - started];
      }
    }
  }
  throw new Error('stream ended before completion');
}

export async function benchRecommendationStream(baseUrl: string, count: number, concurrency: number) {
  const firsts: number[] = [];
  const completes: number[] = [];
  for (let i = 0; i < count; i += concurrency) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(concurrency, count - i) }, async (_, k) =>
        watch(baseUrl, await wizardAudit(baseUrl, i + k)),
      ),
    );
    for (const [first, complete] of batch) {
      firsts.push(first);
      completes.push(complete);
    }
  }
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `p50 ${Math.round(percentile(sorted, 50))} ms, p95 ${Math.round(percentile(sorted, 95))} ms`;
  };
  console.log(`\nBuilt-in model, streamed to a watching visitor (${count} audits, ${concurrency} at a time):`);
  console.log(`  time to first recommendation token: ${stats(firsts)}`);
  console.log(`  time to complete recommendations:   ${stats(completes)}\n`);
}
