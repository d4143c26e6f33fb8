// Errors in the seed's format (section 11.3) from REST and tRPC, and the procedure guards.
import { describe, expect, it } from 'vitest';
import { adminCredentials, signIn, trpc, url } from '../support/app';

function expectSeedError(error: unknown, code: string) {
  expect(error).toMatchObject({ code, message: expect.any(String), details: expect.any(Object) });
  const { timestamp } = error as { timestamp: string };
  expect(new Date(timestamp).toISOString()).toBe(timestamp);
}

describe('REST errors', () => {
  it('unknown API paths answer 404 in the seed format', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const response = await fetch(url('/api/definitely/not/here'), { method });
      expect(response.status).toBe(404);
      const body = await response.json();
      expectSeedError(body.error, 'NOT_FOUND');
      expect(body.error.details.path).toBe('/api/definitely/not/here');
    }
  });
});

describe('tRPC errors and guards', () => {
  it('refuses staff procedures to anonymous callers with 401', async () => {
    const { status, body } = await trpc('query', 'staff.list', undefined);
    expect(status).toBe(401);
    expectSeedError(body.error.json.data.error, 'UNAUTHORIZED');
  });

  it('gives validation errors in the seed format with the failing field', async () => {
    const { email, password } = adminCredentials();
    const cookie = await signIn(email, password);
    expect(cookie).toBeTruthy();
    const { status, body } = await trpc('mutation', 'staff.create', { email: 'not-an-email', role: 'editor' }, cookie!);
    expect(status).toBe(400);
    const error = body.error.json.data.error;
    expectSeedError(error, 'VALIDATION_ERROR');
    expect(error.details).toMatchObject({ field: 'email', reason: 'Enter a valid email address' });
    expect(JSON.stringify(body)).not.toContain('stack');
  });

  it('rejects unknown roles and leaves nothing behind', async () => {
    const { email, password } = adminCredentials();
    const cookie = (await signIn(email, password))!;
    const before = await trpc('query', 'staff.list', undefined, cookie);
    const { status, body } = await trpc(
      'mutation',
      'staff.create',
      { email: 'new.person@xteam.pro', role: 'root' },
      cookie,
    );
    expect(status).toBe(400);
    expect(body.error.json.data.error.details.field).toBe('role');
    const after = await trpc('query', 'staff.list', undefined, cookie);
    expect(after.body.result.data.json).toHaveLength(before.body.result.data.json.length);
  });

  it('refuses oversized request bodies with 413', async () => {
    const response = await fetch(url('/api/trpc/staff.create'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { email: 'x'.repeat(1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expectSeedError((await response.json()).error, 'PAYLOAD_TOO_LARGE');
  });
});
