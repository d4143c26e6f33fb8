// The audit contracts over real HTTP: the seed's REST endpoints and the wizard's tRPC flow.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeClientIp, trpc, uniqueEmail, url } from '../support/app';
import { postAudit, seedExampleRequest, submitThroughWizard, watchRecommendations } from '../support/audit';

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});
afterAll(() => db.end());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const countAudits = async () => Number((await db.query('SELECT count(*) FROM audits')).rows[0].count);

function expectSubmitContract(body: any, { streaming = false } = {}) {
  expect(body.auditId).toMatch(UUID);
  expect(Number.isInteger(body.maturityScore)).toBe(true);
  expect(body.maturityScore).toBeGreaterThanOrEqual(0);
  expect(body.maturityScore).toBeLessThanOrEqual(100);
  for (const key of [
    'annualSavings',
    'implementationCost',
    'paybackMonths',
    'efficiencyPercent',
    'threeYearRoiPercent',
    'annualHoursSaved',
  ]) {
    expect(body.roiForecast[key], key).toHaveProperty('expected');
    expect(body.roiForecast[key], key).toHaveProperty('conservative');
  }
  expect(body.roiForecast.assumptions.length).toBeGreaterThan(3);
  if (streaming) {
    // The wizard's visitor watches them stream in on the results page.
    expect(body).toMatchObject({ recommendations: [], recommendationsStatus: 'streaming' });
  } else {
    expect(body).toMatchObject({ recommendationsStatus: 'complete', modelUsed: 'offline:playbooks' });
    expect(body.recommendations.length).toBeGreaterThanOrEqual(3);
  }
  for (const recommendation of body.recommendations) {
    expect(recommendation).toMatchObject({
      title: expect.any(String),
      rationale: expect.any(String),
      impact: expect.any(String),
      effort: expect.any(String),
      timeframe: expect.any(String),
      firstStep: expect.any(String),
    });
  }
  expect(body).toHaveProperty('reportUrl');
  expect(body.resultsUrl).toContain(`/audit/results/${body.auditId}`);
}

describe('POST /api/audit/submit', () => {
  it('accepts the seed example as written and answers every documented field', async () => {
    const { response, body } = await postAudit({
      ...seedExampleRequest,
      contactInfo: { ...seedExampleRequest.contactInfo, email: uniqueEmail('cto') },
    });
    expect(response.status).toBe(201);
    expectSubmitContract(body);
    expect(body.maturityScore).toBe(56);
    expect(body.tier).toBe('Standardized');
    const { rows } = await db.query(
      'SELECT status, source, config_version, industry, company_size FROM audits WHERE id = $1',
      [body.auditId],
    );
    expect(rows[0]).toMatchObject({
      status: 'completed',
      source: 'api',
      industry: 'manufacturing',
      company_size: '100-500',
    });
    const snapshot = await db.query('SELECT 1 FROM audit_config_snapshots WHERE id = $1', [rows[0].config_version]);
    expect(snapshot.rowCount).toBe(1);
  });

  it('stores the audit, its result with the answered recommendations, its lead and its follow-up together', async () => {
    const email = uniqueEmail('together');
    const { response, body } = await postAudit({
      ...seedExampleRequest,
      contactInfo: { ...seedExampleRequest.contactInfo, email },
    });
    expect(response.status).toBe(201);
    const { rows } = await db.query(
      `SELECT a.status, a.created_at, a.submitted_at, r.maturity_score, r.tier, r.recommendations,
              r.recommendations_status, r.model_used, r.recommendations_at, r.run_owner,
              l.kind, l.email, l.company, l.maturity_score AS lead_score, l.roi_annual_value, l.created_at AS lead_at
         FROM audits a JOIN audit_results r ON r.audit_id = a.id JOIN leads l ON l.audit_id = a.id
        WHERE a.id = $1`,
      [body.auditId],
    );
    const row = rows[0];
    expect(row).toMatchObject({
      status: 'completed',
      maturity_score: body.maturityScore,
      tier: body.tier,
      recommendations_status: 'complete',
      model_used: body.modelUsed,
      run_owner: null,
      kind: 'audit',
      email,
      company: 'TechCorp Inc',
      lead_score: body.maturityScore,
      roi_annual_value: Math.round(body.roiForecast.annualSavings.expected),
    });
    // What the integrator was answered is what is stored, and what the PDF and emails will show.
    expect(row.recommendations).toEqual(body.recommendations);
    expect(row.recommendations_at).toEqual(row.created_at);
    expect(row.lead_at).toEqual(row.created_at);
    expect(row.submitted_at).toEqual(row.created_at);
    // The report, the emails and the webhooks follow from one job, committed with the rows.
    const jobs = await db.query(
      `SELECT name FROM pgboss.job WHERE singleton_key = $1 AND name = 'audit.follow-up'
       UNION ALL SELECT name FROM pgboss.archive WHERE singleton_key = $1 AND name = 'audit.follow-up'`,
      [body.auditId],
    );
    expect(jobs.rowCount).toBe(1);
  });

  it("maps integrators' own words and keeps them verbatim", async () => {
    const { response, body } = await postAudit({
      ...seedExampleRequest,
      industry: 'Space Mining',
      companySize: 250,
      painPoints: ['MANUAL DATA ENTRY', 'Chasing signatures on contracts'],
      contactInfo: { email: uniqueEmail() },
    });
    expect(response.status).toBe(201);
    const results = await (await fetch(url(`/api/audit/results/${body.auditId}`))).json();
    expect(results.auditData).toMatchObject({
      industry: 'Space Mining',
      industrySlug: 'other',
      companySize: '100-500',
      employeeCount: 250,
      painPoints: ['Manual data entry', 'Chasing signatures on contracts'],
    });
    expect(results.auditData.contactInfo.phone).toBeNull();
  });

  it.each([
    ['a missing field', { ...seedExampleRequest, kpis: undefined }, 'kpis'],
    ['a wrong type', { ...seedExampleRequest, painPoints: 'manual data entry' }, 'painPoints'],
    ['an empty array', { ...seedExampleRequest, currentSystems: [] }, 'currentSystems'],
    ['a 1 MB string', { ...seedExampleRequest, industry: 'x'.repeat(1024 * 1024) }, 'industry'],
    ['an invalid email', { ...seedExampleRequest, contactInfo: { email: 'not-an-email' } }, 'contactInfo.email'],
    ['an unknown company size', { ...seedExampleRequest, companySize: 'lots' }, 'companySize'],
    [
      'an unknown maturity question',
      { ...seedExampleRequest, maturity: { 'no-such-question': 2 } },
      'maturity.no-such-question',
    ],
    [
      'a maturity level out of range',
      { ...seedExampleRequest, maturity: { 'kpi-measurement': 7 } },
      'maturity.kpi-measurement',
    ],
  ])('refuses %s with 400 and creates nothing', async (_name, request, field) => {
    const before = await countAudits();
    const { response, body } = await postAudit(request);
    expect(response.status).toBe(400);
    expect(body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field } });
    expect(typeof body.error.timestamp).toBe('string');
    expect(await countAudits()).toBe(before);
  });

  it('refuses malformed JSON and non-JSON bodies', async () => {
    const before = await countAudits();
    const malformed = await postAudit('{"industry": "manufacturing",');
    expect(malformed.response.status).toBe(400);
    expect(malformed.body.error.code).toBe('VALIDATION_ERROR');
    const form = await fetch(url('/api/audit/submit'), {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...fakeClientIp() },
      body: 'industry=x',
    });
    expect(form.status).toBe(415);
    expect((await form.json()).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await countAudits()).toBe(before);
  });

  it('limits submissions per email (429 with Retry-After)', async () => {
    const email = uniqueEmail('limited');
    for (let i = 0; i < 5; i++)
      expect((await postAudit({ ...seedExampleRequest, contactInfo: { email } })).response.status).toBe(201);
    const { response, body } = await postAudit({ ...seedExampleRequest, contactInfo: { email } });
    expect(response.status).toBe(429);
    expect(body.error).toMatchObject({ code: 'RATE_LIMITED', details: { reason: 'submitPerEmail' } });
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('limits submissions per client address', async () => {
    const ip = fakeClientIp();
    for (let i = 0; i < 20; i++)
      expect(
        (await postAudit({ ...seedExampleRequest, contactInfo: { email: uniqueEmail() } }, ip)).response.status,
      ).toBe(201);
    const email = uniqueEmail('refused-by-address');
    for (let i = 0; i < 6; i++) {
      const { response, body } = await postAudit({ ...seedExampleRequest, contactInfo: { email } }, ip);
      expect(response.status).toBe(429);
      expect(body.error.details.reason).toBe('submitPerIp');
    }
    // Refused for its address, a request spent nothing of its email's budget (5 a day).
    expect((await postAudit({ ...seedExampleRequest, contactInfo: { email } })).response.status).toBe(201);
  });
});

describe('GET /api/audit/results/{id}', () => {
  it('answers auditData, analysis, visualData and pdfUrl with the contact masked', async () => {
    const email = uniqueEmail('masked');
    const submitted = await postAudit({
      ...seedExampleRequest,
      contactInfo: { ...seedExampleRequest.contactInfo, email },
    });
    const response = await fetch(url(`/api/audit/results/${submitted.body.auditId}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['analysis', 'auditData', 'pdfUrl', 'visualData']);
    expect(body.auditData.contactInfo.email).toMatch(/^m\*\*\*@example\.com$/);
    expect(body.auditData.contactInfo.phone).toBe('+12******90');
    expect(JSON.stringify(body)).not.toContain(email);
    expect(JSON.stringify(body)).not.toContain('+1234567890');
    expect(body.analysis).toMatchObject({
      maturityScore: 56,
      tier: 'Standardized',
      recommendations: submitted.body.recommendations,
    });
    expect(body.visualData.radar).toHaveLength(6);
    expect(body.visualData.radar[0]).toMatchObject({
      dimension: 'process',
      label: 'Process maturity & documentation',
      score: 38,
    });
    // The configured benchmark, or (measured, cached for a minute) the completed audits' average.
    expect(body.visualData.benchmark.industry).toBe('Manufacturing');
    expect(['configuration', 'completed-audits']).toContain(body.visualData.benchmark.source);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const unknown = await fetch(url('/api/audit/results/3f0e3c8e-1c2b-4c1e-9a55-2f7d0c3b9e11'));
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('NOT_FOUND');
    const malformed = await fetch(url('/api/audit/results/not-a-uuid'));
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.details.field).toBe('id');
  });
});

describe('the wizard over tRPC', () => {
  it('gives the same result as REST for the seed example, saving every step', async () => {
    const { status, body, draftId } = await submitThroughWizard({
      ...seedExampleRequest,
      contactInfo: { ...seedExampleRequest.contactInfo, email: uniqueEmail() },
    });
    expect(status).toBe(200);
    const result = body.result.data.json;
    expectSubmitContract(result, { streaming: true });
    expect(result.auditId).toBe(draftId);
    expect(result.maturityScore).toBe(56);
    // Watching the stream (as the results page does) starts the run and follows it to the end.
    const snapshots = await watchRecommendations(draftId);
    expect(snapshots.length).toBeGreaterThan(5);
    const lengths = snapshots.map((snapshot) => snapshot.recommendations.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(snapshots.at(-1)).toMatchObject({ status: 'complete', modelUsed: 'offline:playbooks' });
    const analysis = (await trpc('query', 'audit.results', { id: draftId })).body.result.data.json.analysis;
    expect(analysis).toMatchObject({ recommendationsStatus: 'complete', modelUsed: 'offline:playbooks' });
    expect(analysis.recommendations).toHaveLength(5);
    const { rows } = await db.query(
      'SELECT step_number, question FROM audit_responses WHERE audit_id = $1 ORDER BY step_number',
      [draftId],
    );
    expect(rows.map((row) => row.step_number)).toEqual([1, 2, 3, 4, 5, 7]);
    const audit = await db.query('SELECT status, source, contact_info FROM audits WHERE id = $1', [draftId]);
    expect(audit.rows[0]).toMatchObject({ status: 'completed', source: 'wizard' });
    expect(audit.rows[0].contact_info.consent).toMatchObject({ contact: true, privacy: true });
  });

  it('resumes a draft and refuses to submit it twice', async () => {
    const headers = fakeClientIp();
    const first = await trpc(
      'mutation',
      'audit.saveStep',
      {
        step: 'industry',
        data: { industry: 'Insurance' },
        utm: { source: 'linkedin' },
        referrer: 'https://example.org/post',
      },
      undefined,
      headers,
    );
    const draftId = first.body.result.data.json.draftId;
    await trpc(
      'mutation',
      'audit.saveStep',
      { step: 'companySize', data: { companySize: '11-50' }, draftId },
      undefined,
      headers,
    );
    await trpc(
      'mutation',
      'audit.saveStep',
      { step: 'maturity', data: { maturity: { 'kpi-measurement': 3 } }, draftId },
      undefined,
      headers,
    );
    const draft = await trpc('query', 'audit.draft', { id: draftId });
    expect(draft.body.result.data.json).toMatchObject({
      submitted: false,
      currentStep: 7,
      answers: { industry: 'insurance', companySize: '11-50', maturity: { 'kpi-measurement': 3 } },
    });
    const stored = await db.query('SELECT status, utm, referrer FROM audits WHERE id = $1', [draftId]);
    expect(stored.rows[0]).toEqual({
      status: 'draft',
      utm: { source: 'linkedin' },
      referrer: 'https://example.org/post',
    });

    const incomplete = await trpc(
      'mutation',
      'audit.submit',
      { draftId, contactInfo: { email: uniqueEmail() }, consentContact: true, consentPrivacy: true },
      undefined,
      headers,
    );
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.json.data.error.details.field).toBe('painPoints');

    for (const [step, data] of [
      ['painPoints', { painPoints: ['slow-approvals'] }],
      ['currentSystems', { currentSystems: ['excel'] }],
      ['kpis', { kpis: ['compliance'] }],
    ] as const) {
      await trpc('mutation', 'audit.saveStep', { step, data, draftId }, undefined, headers);
    }
    const submit = { draftId, contactInfo: { email: uniqueEmail() }, consentContact: true, consentPrivacy: true };
    expect((await trpc('mutation', 'audit.submit', submit, undefined, headers)).status).toBe(200);
    const again = await trpc('mutation', 'audit.submit', submit, undefined, headers);
    expect(again.status).toBe(409);
    expect(again.body.error.json.data.error).toMatchObject({ code: 'CONFLICT', details: { auditId: draftId } });
    expect((await trpc('query', 'audit.draft', { id: draftId })).body.result.data.json).toEqual({
      id: draftId,
      submitted: true,
    });
  });

  it('requires consent and a first step before anything else', async () => {
    const noConsent = await trpc('mutation', 'audit.submit', {
      draftId: '3f0e3c8e-1c2b-4c1e-9a55-2f7d0c3b9e11',
      contactInfo: { email: uniqueEmail() },
      consentContact: true,
      consentPrivacy: false,
    });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.error.json.data.error.details.field).toBe('consentPrivacy');
    const noDraft = await trpc('mutation', 'audit.saveStep', { step: 'kpis', data: { kpis: ['compliance'] } });
    expect(noDraft.status).toBe(400);
    expect(noDraft.body.error.json.data.error.details.field).toBe('draftId');
  });
});

describe('reproducibility', () => {
  it('re-scores an audit from the configuration snapshot it names', async () => {
    const { evaluateAudit } = await import('@/domain/audit/evaluate');
    const { auditConfigSchema } = await import('@/domain/audit/config');
    const { body } = await postAudit({ ...seedExampleRequest, contactInfo: { email: uniqueEmail() } });
    const { rows } = await db.query(
      `SELECT a.industry, a.company_size, a.employee_count, a.pain_points, a.current_systems, a.kpis, a.maturity_answers, s.config, r.maturity_score
       FROM audits a JOIN audit_config_snapshots s ON s.id = a.config_version JOIN audit_results r ON r.audit_id = a.id
       WHERE a.id = $1`,
      [body.auditId],
    );
    const row = rows[0];
    const evaluation = evaluateAudit(auditConfigSchema.parse(row.config), {
      industry: { slug: row.industry, text: row.industry },
      companySize: { slug: row.company_size, employees: row.employee_count },
      painPoints: row.pain_points,
      currentSystems: row.current_systems,
      kpis: row.kpis,
      maturity: row.maturity_answers,
    });
    expect(evaluation.maturity.overall).toBe(row.maturity_score);
    expect(evaluation.roi.annualSavings).toEqual(body.roiForecast.annualSavings);
  });
});
