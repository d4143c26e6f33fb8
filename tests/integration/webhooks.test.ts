// Outbound webhooks end to end: a real HTTP receiver on loopback (let in by the run's
// WEBHOOK_ALLOWED_PRIVATE_RANGES=127.0.0.1/32), deliveries signed per the documented recipe,
// retried on the backoff schedule after 500s (WEBHOOK_RETRY_BASE_SECONDS=1: 1, 2, 4 s), logged,
// resent, signed with a rotated secret, and private destinations refused at registration.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeClientIp, trpc, uniqueEmail, url } from '../support/app';
import { adminSession, asAdmin } from '../support/integrations';
import { waitFor } from '../support/wait';

interface Received {
  at: number;
  headers: Record<string, string>;
  body: string;
  json: any;
}

const received: Received[] = [];
/** How many times the receiver answers 500 to a message id before accepting it. */
const failFirst = new Map<string, number>();
/** contact.received for this address fails this many times (other files' events pass through). */
let failFor: { email: string; times: number } | null = null;
let server: Server;
let hookUrl = '';

/** The receiver's check, exactly as docs/api.md tells integrators to write it. */
function verify(secret: string, headers: Record<string, string>, body: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signed = `${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`;
  const expected = `v1,${createHmac('sha256', key).update(signed).digest('base64')}`;
  return (headers['webhook-signature'] ?? '').split(' ').some((candidate) => {
    return candidate.length === expected.length && timingSafeEqual(Buffer.from(candidate), Buffer.from(expected));
  });
}

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)]));
      const json = JSON.parse(body) as { type: string; data: { email?: string } };
      received.push({ at: Date.now(), headers, body, json });
      const id = headers['webhook-id']!;
      if (failFor && json.type === 'contact.received' && json.data.email === failFor.email && !failFirst.has(id)) {
        failFirst.set(id, failFor.times);
      }
      const left = failFirst.get(id) ?? 0;
      if (left > 0) {
        failFirst.set(id, left - 1);
        response.writeHead(500, { 'content-type': 'text/plain' }).end('receiver down for maintenance');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/xteam`;
});

const endpointIds: string[] = [];

afterAll(async () => {
  // Later test files must not queue deliveries to a receiver that is gone.
  for (const id of endpointIds) await asAdmin('mutation', 'deleteEndpoint', { id });
  await new Promise((resolve) => server.close(resolve));
});

const ofType = (type: string) => received.filter((r) => r.json.type === type);

async function submitContact(email: string) {
  const response = await fetch(url('/api/v1/contact/submit'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...fakeClientIp() },
    body: JSON.stringify({
      name: 'Grace Hopper',
      email,
      company: 'Compilers Ltd',
      message: 'Please call us about automating our reporting.',
      inquiryType: 'pricing',
    }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { inquiryId: string };
}

describe('webhook registration', () => {
  it.each([
    ['http://10.0.0.8/hook', 'private'],
    ['http://169.254.169.254/latest/meta-data', 'link-local metadata'],
    ['http://127.0.0.2:8080/hook', 'loopback outside the allow-list'],
    ['http://[::1]:8080/hook', 'IPv6 loopback'],
    ['http://192.168.1.10/hook', 'private'],
  ])('refuses %s (%s)', async (address) => {
    const { status, body } = await trpc(
      'mutation',
      'integrations.createEndpoint',
      { url: address, events: ['lead.created'] },
      await adminSession(),
    );
    expect(status).toBe(400);
    expect(body.error.json.data.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'url' } });
    expect(body.error.json.data.error.message).toMatch(/private or reserved/);
  });
});

describe('webhook deliveries', () => {
  let endpoint: { id: string; secret: string };

  beforeAll(async () => {
    endpoint = await asAdmin('mutation', 'createEndpoint', {
      url: hookUrl,
      description: 'test CRM',
      events: ['lead.created', 'contact.received', 'lead.erased'],
    });
    expect(endpoint.secret).toMatch(/^whsec_/);
    endpointIds.push(endpoint.id);
  });

  it('signs each delivery, retries a 500 on the 1-2-4 s schedule with the same id, and logs every attempt', async () => {
    const email = uniqueEmail('hook');
    failFor = { email, times: 3 };
    const { inquiryId } = await submitContact(email);

    const attempts = await waitFor(
      async () => {
        const list = ofType('contact.received').filter((r) => r.json.data.inquiryId === inquiryId);
        return list.length >= 4 ? list : null;
      },
      { timeoutMs: 40_000, what: 'four attempts of contact.received' },
    );
    for (const attempt of attempts) expect(verify(endpoint.secret, attempt.headers, attempt.body)).toBe(true);
    expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1);
    const gaps = attempts.slice(1).map((a, i) => (a.at - attempts[i]!.at) / 1000);
    // 1, 2 and 4 s after each failure (the worker polls every 0.5 s, and a busy machine adds some).
    [1, 2, 4].forEach((delay, i) => {
      expect(gaps[i]).toBeGreaterThanOrEqual(delay - 0.1);
      expect(gaps[i]).toBeLessThan(delay + 3);
    });

    // The payload is the documented minimum: ids, type and the email for contact.received.
    expect(attempts[0]!.json).toEqual({
      type: 'contact.received',
      timestamp: expect.any(String),
      data: { inquiryId, leadId: expect.any(String), inquiryType: 'pricing', email },
    });
    const lead = await waitFor(async () => ofType('lead.created').find((r) => r.json.data.email === email), {
      what: 'lead.created',
    });
    expect(Object.keys(lead.json.data).sort()).toEqual([
      'email',
      'kind',
      'leadId',
      'maturityScore',
      'priority',
      'status',
    ]);

    const log = await waitFor(
      async () => {
        const deliveries = (await asAdmin('query', 'deliveries', { endpointId: endpoint.id, limit: 50 })) as any[];
        const delivery = deliveries.find(
          (d) => d.eventType === 'contact.received' && d.payload.data.inquiryId === inquiryId,
        );
        return delivery?.status === 'succeeded' ? delivery : null;
      },
      { what: 'the delivery logged as succeeded' },
    );
    expect(log.attempts).toBe(4);
    expect(log.lastStatusCode).toBe(200);
    expect(log.log.map((entry: any) => entry.status)).toEqual([500, 500, 500, 200]);
    expect(log.log[0].response).toBe('receiver down for maintenance');
    expect(typeof log.log[0].latencyMs).toBe('number');
  });

  it('resends one delivery with its webhook-id, sends a test event and signs with a rotated secret', async () => {
    const deliveries = (await asAdmin('query', 'deliveries', { endpointId: endpoint.id, limit: 50 })) as any[];
    const original = deliveries.find((d) => d.status === 'succeeded')!;
    const before = received.filter((r) => r.headers['webhook-id'] === original.messageId).length;
    await asAdmin('mutation', 'resend', { id: original.id });
    await waitFor(async () => received.filter((r) => r.headers['webhook-id'] === original.messageId).length > before, {
      what: 'the resent delivery',
    });

    const rotated = await asAdmin('mutation', 'rotateSecret', { id: endpoint.id });
    expect(rotated.secret).not.toBe(endpoint.secret);
    await asAdmin('mutation', 'testEndpoint', { id: endpoint.id });
    const test = await waitFor(async () => ofType('webhook.test')[0], { what: 'the test event' });
    expect(verify(rotated.secret, test.headers, test.body)).toBe(true);
    expect(verify(endpoint.secret, test.headers, test.body)).toBe(false);
    endpoint = rotated;
  });

  it('tells the CRM of an erasure with lead.erased, carrying only the lead id', async () => {
    const email = uniqueEmail('erase');
    await submitContact(email);
    const created = await waitFor(async () => ofType('lead.created').find((r) => r.json.data.email === email), {
      what: 'lead.created',
    });
    const leadId = created.json.data.leadId as string;
    const { status } = await trpc(
      'mutation',
      'privacyAdmin.eraseLead',
      { leadId, confirmEmail: email },
      await adminSession(),
    );
    expect(status).toBe(200);
    const erased = await waitFor(async () => ofType('lead.erased').find((r) => r.json.data.leadId === leadId), {
      what: 'lead.erased',
    });
    expect(erased.json.data).toEqual({ leadId });
    expect(verify(endpoint.secret, erased.headers, erased.body)).toBe(true);
    // The earlier deliveries that named the person are erased from the log.
    const deliveries = (await asAdmin('query', 'deliveries', { endpointId: endpoint.id, limit: 200 })) as any[];
    expect(JSON.stringify(deliveries)).not.toContain(email);
  });
});
