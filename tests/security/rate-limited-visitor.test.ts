// Finding 8: budgets fit an office behind one address. Thirty colleagues finishing the wizard
// within the hour from one address all get their results (the wizard counts per draft and on
// its own per-address budget), while requests without a draft keep the API's per-address
// budget (audit-api.test.ts). A refusal says when to come back, and offers to leave the email to
// get the results later (a deferred audit, processed by the worker, the link emailed).
import { describe, expect, it } from 'vitest';
import { fakeClientIp, trpc, uniqueEmail, url } from '../support/app';
import { seedExampleRequest, submitThroughWizard } from '../support/audit';
import { sql } from '../support/db';
import { waitFor } from '../support/wait';

/** Every wizard step of the example answers for a new draft; returns its id (not submitted). */
async function answeredDraft(headers: Record<string, string>): Promise<string> {
  const first = await trpc(
    'mutation',
    'audit.saveStep',
    { step: 'industry', data: { industry: 'Veterinary clinics' } },
    undefined,
    headers,
  );
  const draftId = first.body.result.data.json.draftId as string;
  const steps: Array<[string, unknown]> = [
    ['companySize', { companySize: '50-100' }],
    ['painPoints', { painPoints: ['freight invoices keyed by hand'] }],
    ['currentSystems', { currentSystems: seedExampleRequest.currentSystems }],
    ['kpis', { kpis: seedExampleRequest.kpis }],
    ['maturity', { maturity: {} }],
  ];
  for (const [step, data] of steps) {
    const saved = await trpc('mutation', 'audit.saveStep', { step, data, draftId }, undefined, headers);
    if (saved.status !== 200) throw new Error(`step ${step}: ${JSON.stringify(saved.body)}`);
  }
  return draftId;
}

const contactStep = (email: string) => ({
  contactInfo: { email, company: 'Later Ltd' },
  consentContact: true,
  consentPrivacy: true,
});

// After the last step a refused submit offers "leave your email to get the results later": the
// answers are stored as a deferred audit, a job scores it, and the results link arrives by email.
// First in the file: the thirty audits below queue thirty PDF renders ahead of this one's email.
describe('leaving the email to get the results later', () => {
  it('stores the refused audit, processes it in the background and emails the results link', async () => {
    const email = uniqueEmail('later');
    // AUDIT_SUBMITS_PER_EMAIL_PER_DAY (5) audits for one email, each from its own address.
    for (let i = 0; i < 5; i += 1) {
      const done = await submitThroughWizard({
        ...seedExampleRequest,
        contactInfo: { ...seedExampleRequest.contactInfo, email },
      });
      expect(done.status).toBe(200);
    }
    const visitor = fakeClientIp();
    const draftId = await answeredDraft(visitor);

    // A draft whose submit was never refused cannot take the queued path.
    const early = await trpc('mutation', 'audit.submitLater', { draftId, ...contactStep(email) }, undefined, visitor);
    expect(early.status).toBe(409);
    expect(early.body.error.json.data.error.code).toBe('CONFLICT');

    const refused = await trpc('mutation', 'audit.submit', { draftId, ...contactStep(email) }, undefined, visitor);
    expect(refused.status).toBe(429);
    expect(refused.body.error.json.data.error.code).toBe('RATE_LIMITED');

    // Cross-site, refused like every other state change.
    const forged = await trpc('mutation', 'audit.submitLater', { draftId, ...contactStep(email) }, undefined, {
      ...visitor,
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(forged.status).toBe(403);

    const later = await trpc('mutation', 'audit.submitLater', { draftId, ...contactStep(email) }, undefined, visitor);
    expect(later.status).toBe(200);
    expect(later.body.result.data.json).toEqual({ auditId: draftId, email });

    // Stored with its answers and contact, with a job to process it (same transaction).
    const [stored] = await sql<{
      status: string;
      contact_email: string;
      industry: string;
      industry_text: string;
      pain_points: Array<{ slug: string }>;
    }>('SELECT status, contact_email, industry, industry_text, pain_points FROM audits WHERE id = $1', [draftId]);
    expect(['deferred', 'pending', 'processing', 'completed']).toContain(stored!.status);
    expect(stored!.contact_email).toBe(email);
    expect(stored!.industry).toBe('healthcare');
    expect(stored!.industry_text).toBe('Veterinary clinics');
    expect(stored!.pain_points[0]!.slug).toBe('invoice-processing');
    const jobs = await sql(
      `SELECT 1 FROM pgboss.job WHERE name = 'audit.submit-deferred' AND singleton_key = $1
       UNION ALL SELECT 1 FROM pgboss.archive WHERE name = 'audit.submit-deferred' AND singleton_key = $1`,
      [draftId],
    );
    expect(jobs.length).toBe(1);

    // Processed by the worker: scored, and the report email with the results link in the outbox.
    const [report] = await waitFor(
      async () => {
        const rows = await sql<{ to_address: string; text: string; html: string }>(
          `SELECT to_address, text, html FROM email_messages WHERE audit_id = $1 AND kind = 'audit_report'`,
          [draftId],
        );
        return rows.length ? rows : null;
      },
      { timeoutMs: 150_000, intervalMs: 1000, what: 'the results email of the deferred audit' },
    );
    expect(report!.to_address).toBe(email);
    expect(report!.text).toContain(url(`/audit/results/${draftId}`));
    const [done] = await sql<{ status: string }>('SELECT status FROM audits WHERE id = $1', [draftId]);
    expect(done!.status).toBe('completed');
    const results = await trpc('query', 'audit.results', { id: draftId });
    expect(results.status).toBe(200);
    expect(results.body.result.data.json.auditData.industry).toBe('Veterinary clinics');

    // Sent once: leaving it for later again is a conflict, not a second audit.
    const again = await trpc('mutation', 'audit.submitLater', { draftId, ...contactStep(email) }, undefined, visitor);
    expect(again.status).toBe(409);
  }, 240_000);

  it('is limited per email, so it is no way around the limits', async () => {
    const email = uniqueEmail('later-limit');
    for (let i = 0; i < 5; i += 1) {
      const done = await submitThroughWizard({
        ...seedExampleRequest,
        contactInfo: { ...seedExampleRequest.contactInfo, email },
      });
      expect(done.status).toBe(200);
    }
    const statuses: number[] = [];
    // AUDIT_DEFERRED_PER_EMAIL_PER_DAY (3) left for later; the fourth is refused.
    for (let i = 0; i < 4; i += 1) {
      const visitor = fakeClientIp();
      const draftId = await answeredDraft(visitor);
      expect(
        (await trpc('mutation', 'audit.submit', { draftId, ...contactStep(email) }, undefined, visitor)).status,
      ).toBe(429);
      const later = await trpc('mutation', 'audit.submitLater', { draftId, ...contactStep(email) }, undefined, visitor);
      statuses.push(later.status);
      if (later.status === 429) {
        expect(later.body.error.json.data.error.details.reason).toBe('deferredPerEmail');
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  }, 240_000);
});

describe('an office behind one address', () => {
  it('thirty colleagues finish the wizard within the hour', async () => {
    const office = fakeClientIp();
    const statuses: number[] = [];
    for (let colleague = 0; colleague < 30; colleague += 1) {
      const { status } = await submitThroughWizard(
        {
          ...seedExampleRequest,
          contactInfo: { email: uniqueEmail('colleague'), phone: '+4930123456', company: 'Office' },
        },
        office,
      );
      statuses.push(status);
    }
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
  }, 180_000);
});
