// Finding 7: error responses are complete: a wrong method on a REST route is a 405 with Allow
// and the seed's body; tRPC's 429 carries Retry-After; tRPC's 415 is not an INTERNAL_ERROR.
import { describe, expect, it } from 'vitest';
import { fakeClientIp, trpc, url } from '../support/app';

const ROUTES: Array<[string, string[]]> = [
  ['/api/audit/submit', ['POST']],
  ['/api/contact/submit', ['POST']],
  ['/api/events', ['POST']],
  ['/api/calculator/roi', ['POST']],
  ['/api/health', ['GET', 'HEAD']],
  ['/api/audit/results/00000000-0000-4000-8000-000000000000', ['GET', 'HEAD']],
  ['/api/audit/results/00000000-0000-4000-8000-000000000000/report', ['GET', 'HEAD']],
  ['/api/admin/leads/export.csv', ['GET', 'HEAD']],
  ['/api/preview', ['GET', 'HEAD']],
  ['/api/trpc/system.health', ['GET', 'HEAD', 'POST']],
  ['/api/auth/session', ['GET', 'HEAD', 'POST']],
];

function expectSeedError(body: any, code: string) {
  expect(body.error).toMatchObject({ code, message: expect.any(String), details: expect.any(Object) });
  expect(new Date(body.error.timestamp).toISOString()).toBe(body.error.timestamp);
}

describe('wrong method on REST routes', () => {
  it.each(ROUTES)('%s answers 405 with Allow and the seed body', async (path, allowed) => {
    const wrong = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((method) => !allowed.includes(method));
    for (const method of wrong) {
      const response = await fetch(url(path), {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'GET' ? undefined : '{}',
      });
      expect(response.status, `${method} ${path}`).toBe(405);
      const allow = (response.headers.get('allow') ?? '').split(/,\s*/);
      for (const method of allowed) expect(allow).toContain(method);
      expectSeedError(await response.json(), 'METHOD_NOT_ALLOWED');
    }
  });
});

describe('tRPC error details', () => {
  it('a 429 carries Retry-After', async () => {
    const address = fakeClientIp();
    let limited: { status: number; retryAfter: string | null; body: any } | undefined;
    // booking.cancel spends the booking budget (10 per address per hour) before it looks up the token.
    for (let i = 0; i < 12 && !limited; i += 1) {
      const response = await fetch(url('/api/trpc/booking.cancel'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...address },
        body: JSON.stringify({ json: { token: 'x'.repeat(43) } }),
      });
      if (response.status === 429) {
        limited = {
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
          body: await response.json(),
        };
      }
    }
    expect(limited).toBeDefined();
    expect(Number(limited!.retryAfter)).toBeGreaterThan(0);
    expect(limited!.body.error.json.data.error).toMatchObject({
      code: 'RATE_LIMITED',
      details: { retryAfterSeconds: expect.any(Number) },
    });
  });

  it('an unsupported media type is a 415, never an internal error', async () => {
    const { status, body } = await trpc('mutation', 'system.health', {}, undefined, { 'content-type': 'text/plain' });
    expect(status).toBe(415);
    expect(JSON.stringify(body)).toContain('UNSUPPORTED_MEDIA_TYPE');
    expect(JSON.stringify(body)).not.toContain('INTERNAL_ERROR');
  });
});
