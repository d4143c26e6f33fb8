// The public API v1 against its own document: every operation of /api/openapi.json is called
// over real HTTP (the list comes from the document, so a new operation needs a case here), and
// each answer, success or error, is validated with ajv against the schema the document gives.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedExampleRequest } from '../support/audit';
import { fakeClientIp, uniqueEmail, url } from '../support/app';
import { ALL_SCOPES, asAdmin, createApiKey } from '../support/integrations';

interface Doc {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, any> }>>;
  components: { schemas: Record<string, object> };
}

let doc: Doc;
let key: string;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const validators = new Map<string, ValidateFunction>();

function validatorFor(operationId: string, status: number): ValidateFunction {
  for (const [, methods] of Object.entries(doc.paths)) {
    for (const op of Object.values(methods)) {
      if (op.operationId !== operationId) continue;
      const response = op.responses[String(status)];
      if (!response) throw new Error(`${operationId} does not document ${status}`);
      const ref = response.content['application/json'].schema.$ref as string;
      const name = ref.split('/').at(-1)!;
      if (!validators.has(name)) validators.set(name, ajv.compile(doc.components.schemas[name]!));
      return validators.get(name)!;
    }
  }
  throw new Error(`no operation ${operationId}`);
}

/** Calls one operation and checks the status and the body against the document. */
async function call(
  operationId: string,
  path: string,
  init: RequestInit,
  expected: number,
  bearer: string | null = key,
) {
  const headers: Record<string, string> = { ...fakeClientIp(), ...(init.headers as Record<string, string>) };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const response = await fetch(url(path), { ...init, headers });
  const body = (await response.json()) as any;
  expect(response.status, `${operationId} ${path}: ${JSON.stringify(body).slice(0, 300)}`).toBe(expected);
  const validate = validatorFor(operationId, expected);
  expect(validate(body), `${operationId} ${expected}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  expect(response.headers.get('api-version')).toBe('v1');
  return { response, body };
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

let auditId = '';
let webhookId = '';
let readOnlyKey = '';

/** One success and one documented error per operation, keyed by operationId. */
const CASES: Record<string, () => Promise<void>> = {
  async submitAudit() {
    const request = {
      ...seedExampleRequest,
      contactInfo: { ...seedExampleRequest.contactInfo, email: uniqueEmail('v1') },
    };
    const { body } = await call('submitAudit', '/api/v1/audit/submit', json(request), 201);
    auditId = body.auditId;
    const bad = await call('submitAudit', '/api/v1/audit/submit', json({ ...request, painPoints: [] }), 400);
    expect(bad.body.error.details.field).toBe('painPoints');
  },
  async getAuditResults() {
    if (!auditId) await CASES.submitAudit!();
    const { body } = await call('getAuditResults', `/api/v1/audit/results/${auditId}`, {}, 200);
    expect(body.auditData.id).toBe(auditId);
    await call('getAuditResults', '/api/v1/audit/results/00000000-0000-4000-8000-000000000000', {}, 404);
    await call('getAuditResults', '/api/v1/audit/results/not-an-id', {}, 400);
  },
  async submitContact() {
    const request = {
      name: 'Ada Lovelace',
      email: uniqueEmail('v1-contact'),
      company: 'Analytical Engines',
      message: 'We would like to automate our invoice processing.',
      inquiryType: 'consultation',
    };
    await call('submitContact', '/api/v1/contact/submit', json(request), 201, null);
    await call('submitContact', '/api/v1/contact/submit', json({ ...request, email: 'nope' }), 400, null);
  },
  async calculateRoi() {
    const request = { employees: 250, processes: ['invoice processing'], timeSpent: { 'invoice processing': 20 } };
    const { body } = await call('calculateRoi', '/api/v1/calculator/roi', json(request), 200, null);
    expect(body.potentialSavings).toBeGreaterThan(0);
    await call('calculateRoi', '/api/v1/calculator/roi', json({ ...request, employees: 0 }), 400, null);
  },
  async createWebhook() {
    // Loopback is let in by the run's WEBHOOK_ALLOWED_PRIVATE_RANGES; nothing listens there.
    const request = { url: 'http://127.0.0.1:9/contract', events: ['lead.created'] };
    const { body } = await call('createWebhook', '/api/v1/webhooks', json(request), 201);
    expect(body.secret).toMatch(/^whsec_/);
    webhookId = body.id;
    const refused = await call('createWebhook', '/api/v1/webhooks', json({ ...request, url: 'http://10.0.0.1/' }), 400);
    expect(refused.body.error.details.field).toBe('url');
    await call('createWebhook', '/api/v1/webhooks', json(request), 403, readOnlyKey);
  },
  async listWebhooks() {
    if (!webhookId) await CASES.createWebhook!();
    const { body } = await call('listWebhooks', '/api/v1/webhooks', {}, 200);
    expect(body.data.map((e: { id: string }) => e.id)).toContain(webhookId);
    expect(JSON.stringify(body)).not.toContain('whsec_');
    await call('listWebhooks', '/api/v1/webhooks', {}, 401, null);
  },
  async deleteWebhook() {
    if (!webhookId) await CASES.createWebhook!();
    await call('deleteWebhook', `/api/v1/webhooks/${webhookId}`, { method: 'DELETE' }, 200);
    await call('deleteWebhook', `/api/v1/webhooks/${webhookId}`, { method: 'DELETE' }, 404);
    await call('deleteWebhook', '/api/v1/webhooks/not-an-id', { method: 'DELETE' }, 400);
  },
  async listLeads() {
    const { body } = await call('listLeads', '/api/v1/leads?limit=2', {}, 200);
    expect(body.data.length).toBeGreaterThan(0);
    await call('listLeads', '/api/v1/leads', {}, 401, null);
    await call('listLeads', '/api/v1/leads?limit=0', {}, 400);
    await call('listLeads', '/api/v1/leads?updated_since=yesterday', {}, 400);
  },
};

beforeAll(async () => {
  const response = await fetch(url('/api/openapi.json'));
  expect(response.status).toBe(200);
  doc = (await response.json()) as Doc;
  key = (await createApiKey(ALL_SCOPES, 'contract test')).key;
  readOnlyKey = (await createApiKey(['leads:read'], 'contract test, read only')).key;
});

describe('the public API v1 against /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document with a case for every operation', () => {
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.values(doc.paths).flatMap((methods) =>
      Object.values(methods).map((op) => op.operationId),
    );
    expect(documented.sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const operationId of [
    'submitAudit',
    'getAuditResults',
    'submitContact',
    'calculateRoi',
    'listLeads',
    'createWebhook',
    'listWebhooks',
    'deleteWebhook',
  ]) {
    it(`${operationId} answers as documented`, async () => {
      await CASES[operationId]!();
    });
  }

  it('answers the seed’s unversioned paths with the same handlers', async () => {
    const request = { employees: 40, processes: ['manual data entry'] };
    const [v1, seed] = await Promise.all(
      ['/api/v1/calculator/roi', '/api/calculator/roi'].map(async (path) => {
        const response = await fetch(url(path), json(request));
        return { status: response.status, body: await response.json() };
      }),
    );
    expect(seed).toEqual(v1);
  });
});

describe('integration keys', () => {
  it('refuses an unknown key, a key without the scope and a revoked key, and counts each use', async () => {
    await call('listLeads', '/api/v1/leads', {}, 401, 'xtp_not-a-real-key');
    const narrow = await createApiKey(['audits:read'], 'narrow');
    const forbidden = await call('listLeads', '/api/v1/leads', {}, 403, narrow.key);
    expect(forbidden.body.error.details.scope).toBe('leads:read');

    const reader = await createApiKey(['leads:read'], 'reader');
    await call('listLeads', '/api/v1/leads?limit=1', {}, 200, reader.key);
    await call('listLeads', '/api/v1/leads?limit=1', {}, 200, reader.key);
    const listed = ((await asAdmin('query', 'keys', undefined)) as any[]).find((k) => k.id === reader.id);
    expect(listed.useCount).toBe(2);
    expect(listed.lastUsedAt).toBeTruthy();
    expect(JSON.stringify(listed)).not.toContain(reader.key);

    const rotated = await asAdmin('mutation', 'rotateKey', { id: reader.id });
    await call('listLeads', '/api/v1/leads?limit=1', {}, 401, reader.key);
    await call('listLeads', '/api/v1/leads?limit=1', {}, 200, rotated.key);
    await asAdmin('mutation', 'revokeKey', { id: reader.id });
    await call('listLeads', '/api/v1/leads?limit=1', {}, 401, rotated.key);
  });

  it('pages leads with a cursor, oldest change first, and syncs from updated_since', async () => {
    // Other test files may create or update leads meanwhile (they run beside this one): a lead
    // updated during the paging moves to the end, so only leads older than the start must be unique.
    const started = new Date().toISOString();
    const seen: Array<{ id: string; updatedAt: string }> = [];
    let cursor: string | null = null;
    let previous = '';
    do {
      const path: string = `/api/v1/leads?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const { body } = await call('listLeads', path, {}, 200);
      for (const lead of body.data) {
        expect(lead.updatedAt >= previous).toBe(true);
        previous = lead.updatedAt;
        seen.push(lead);
      }
      cursor = body.nextCursor;
    } while (cursor && seen.length < 1000);
    const stable = seen.filter((lead) => lead.updatedAt < started).map((lead) => lead.id);
    expect(new Set(stable).size).toBe(stable.length);
    expect(stable.length).toBeGreaterThan(2);

    const since = new Date().toISOString();
    const email = uniqueEmail('v1-sync');
    const response = await fetch(url('/api/v1/contact/submit'), {
      ...json({ name: 'Sync Test', email, message: 'Please sync this inquiry to our CRM.', inquiryType: 'project' }),
      headers: { 'content-type': 'application/json', ...fakeClientIp() },
    });
    expect(response.status).toBe(201);
    const { inquiryId } = (await response.json()) as { inquiryId: string };
    const after = await call(
      'listLeads',
      `/api/v1/leads?updated_since=${encodeURIComponent(since)}&kind=inquiry&limit=200`,
      {},
      200,
    );
    const synced = after.body.data.find((lead: { inquiryId: string }) => lead.inquiryId === inquiryId);
    expect(synced).toMatchObject({ kind: 'inquiry', email, status: 'new' });
    for (const lead of after.body.data) expect(lead.updatedAt >= since).toBe(true);
    const older = await call(
      'listLeads',
      `/api/v1/leads?kind=audit&limit=200&updated_since=${encodeURIComponent(since)}`,
      {},
      200,
    );
    expect(older.body.data.some((lead: { inquiryId: string | null }) => lead.inquiryId === inquiryId)).toBe(false);
  });
});
