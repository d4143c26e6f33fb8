// The seed's example audit request (section 4.1) and helpers to submit audits.
import { fakeClientIp, trpc, url } from './app';

export const seedExampleRequest = {
  industry: 'manufacturing',
  companySize: '100-500',
  painPoints: ['manual data entry', 'disconnected systems'],
  currentSystems: ['SAP ERP', 'Salesforce CRM'],
  kpis: ['revenue growth', 'operational efficiency'],
  contactInfo: { email: 'cto@company.com', phone: '+1234567890', company: 'TechCorp Inc' },
};

export async function postAudit(body: unknown, headers: Record<string, string> = fakeClientIp()) {
  const response = await fetch(url('/api/audit/submit'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { response, body: (await response.json()) as any };
}

/** Runs the wizard's procedures: every step, then submit. */
export async function submitThroughWizard(
  answers: typeof seedExampleRequest & { maturity?: Record<string, number> },
  headers: Record<string, string> = fakeClientIp(),
) {
  const first = await trpc(
    'mutation',
    'audit.saveStep',
    { step: 'industry', data: { industry: answers.industry } },
    undefined,
    headers,
  );
  const draftId = first.body.result.data.json.draftId as string;
  const steps: Array<[string, unknown]> = [
    ['companySize', { companySize: answers.companySize }],
    ['painPoints', { painPoints: answers.painPoints }],
    ['currentSystems', { currentSystems: answers.currentSystems }],
    ['kpis', { kpis: answers.kpis }],
    ['maturity', { maturity: answers.maturity ?? {} }],
  ];
  for (const [step, data] of steps) {
    const saved = await trpc('mutation', 'audit.saveStep', { step, data, draftId }, undefined, headers);
    if (saved.status !== 200) throw new Error(`step ${step}: ${JSON.stringify(saved.body)}`);
  }
  const submitted = await trpc(
    'mutation',
    'audit.submit',
    { draftId, contactInfo: answers.contactInfo, consentContact: true, consentPrivacy: true },
    undefined,
    headers,
  );
  return { draftId, ...submitted };
}

/** Follows audit.recommendations over server-sent events until the run ends; returns every snapshot. */
export async function watchRecommendations(
  auditId: string,
): Promise<Array<{ status: string; recommendations: unknown[]; modelUsed: string | null }>> {
  const input = encodeURIComponent(JSON.stringify({ json: { id: auditId } }));
  const response = await fetch(url(`/api/trpc/audit.recommendations?input=${input}`), {
    headers: { accept: 'text/event-stream' },
    signal: AbortSignal.timeout(60_000),
  });
  if (!response.ok || !response.headers.get('content-type')?.includes('text/event-stream'))
    throw new Error(`not an event stream: ${response.status}`);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const snapshots: Array<{ status: string; recommendations: unknown[]; modelUsed: string | null }> = [];
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return snapshots;
    buffer += value;
    const events = buffer.split('\n\n');
    buffer = events.pop()!;
    for (const event of events) {
      const data = event.split('\n').find((line) => line.startsWith('data: '));
      if (!data) continue;
      const parsed = JSON.parse(data.slice(6));
      const snapshot = parsed.json?.data ?? parsed.json;
      if (!snapshot?.status) continue;
      snapshots.push(snapshot);
      if (snapshot.status !== 'streaming' && snapshot.status !== 'pending') {
        await reader.cancel();
        return snapshots;
      }
    }
  }
}
