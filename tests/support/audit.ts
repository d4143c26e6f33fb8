// The seed's example audit request (section 4.1) and helpers to submit audits.
import { APP_URL, fakeClientIp, trpc, url } from './app';
import { followRecommendations, type Snapshot } from './instance';

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
export function watchRecommendations(auditId: string): Promise<Snapshot[]> {
  return followRecommendations(APP_URL, auditId);
}

/**
 * One poll of the results page's report state, as the page does every 2 s: it asks for the
 * audit's render as urgent, ahead of renders other tests queued (their bursts share one worker).
 */
export async function pollResultsPage(auditId: string) {
  return (await trpc('query', 'audit.report', { id: auditId })).body.result.data.json as { status: string };
}
