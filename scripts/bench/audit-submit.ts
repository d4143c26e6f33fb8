// Audit submission latency and throughput, through the seed's REST endpoint and through the
// wizard's tRPC submit (drafts prepared beforehand, only the submit timed).
import { measure, type Measurement } from './stats';

/** The seed's example request (section 4.1), shared by the benchmarks that submit audits. */
export const example = {
  industry: 'manufacturing',
  companySize: '100-500',
  painPoints: ['manual data entry', 'disconnected systems'],
  currentSystems: ['SAP ERP', 'Salesforce CRM'],
  kpis: ['revenue growth', 'operational efficiency'],
  contactInfo: { email: 'cto@company.com', phone: '+1234567890', company: 'TechCorp Inc' },
};

const email = (i: number, kind: string) => `bench-${kind}-${i}-${Date.now()}@example.com`;
const ip = (i: number) => ({ 'x-forwarded-for': `198.19.${Math.floor(i / 250) % 250}.${(i % 250) + 1}` });

async function trpc(baseUrl: string, path: string, input: unknown, headers: Record<string, string>) {
  const response = await fetch(`${baseUrl}/api/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ json: input }),
  });
  const body = (await response.json()) as { result?: { data: { json: { draftId: string } } } };
  return { ok: response.ok, body };
}

async function prepareDraft(baseUrl: string, i: number): Promise<string> {
  const headers = ip(i);
  const first = await trpc(
    baseUrl,
    'audit.saveStep',
    { step: 'industry', data: { industry: example.industry } },
    headers,
  );
  const draftId = first.body.result!.data.json.draftId;
  for (const [step, data] of [
    ['companySize', { companySize: example.companySize }],
    ['painPoints', { painPoints: example.painPoints }],
    ['currentSystems', { currentSystems: example.currentSystems }],
    ['kpis', { kpis: example.kpis }],
    ['maturity', { maturity: { 'kpi-measurement': 2, 'process-documentation': 1 } }],
  ] as const) {
    await trpc(baseUrl, 'audit.saveStep', { step, data, draftId }, headers);
  }
  return draftId;
}

export async function benchAuditSubmit(baseUrl: string, count: number, concurrency: number): Promise<Measurement[]> {
  const rest = () =>
    measure('REST POST /api/audit/submit', count, concurrency, async (i) => {
      const response = await fetch(`${baseUrl}/api/audit/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...ip(i) },
        body: JSON.stringify({ ...example, contactInfo: { ...example.contactInfo, email: email(i, 'rest') } }),
      });
      await response.arrayBuffer();
      return response.status === 201;
    });
  await measure(
    'warm-up',
    20,
    4,
    async (i) =>
      (
        await fetch(`${baseUrl}/api/audit/submit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...ip(i) },
          body: JSON.stringify({ ...example, contactInfo: { email: email(i, 'warm') } }),
        })
      ).ok,
  );

  const restResult = await rest();
  const drafts: string[] = [];
  for (let i = 0; i < count; i += concurrency) {
    drafts.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(concurrency, count - i) }, (_, k) => prepareDraft(baseUrl, i + k)),
      )),
    );
  }
  const trpcResult = await measure('tRPC audit.submit (wizard)', count, concurrency, async (i) => {
    const { ok } = await trpc(
      baseUrl,
      'audit.submit',
      { draftId: drafts[i], contactInfo: { email: email(i, 'trpc') }, consentContact: true, consentPrivacy: true },
      ip(i),
    );
    return ok;
  });
  return [restResult, trpcResult];
}
